using System.Text.Json;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Tests.Render;

namespace Ift6135.Sym.Tests.Cli;

/// <summary>`solve` end to end through the command line: outputs, --json, and the --print-params round trip.</summary>
public sealed class SolveCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ift6135-solve-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string At(string name) => Path.Combine(dir, name);

    [Fact]
    public void TheDefaultsWriteTheTexAndEveryAnswerAsJson()
    {
        var run = CliHarness.Run("solve", "--out", At("out"), "--no-pdf", "--json");
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.Contains(@"\begin{document}", File.ReadAllText(At("out/solutions.tex")));
        using var json = JsonDocument.Parse(File.ReadAllText(At("out/solutions.json")));
        var parts = json.RootElement.GetProperty("parts").EnumerateArray().ToArray();
        // The statement's sub-questions: Q1 4, Q2 4, Q3 3, Q4 2, Q5 4, Q6 3.
        Assert.Equal(20, parts.Length);
        Assert.All(parts, p =>
        {
            Assert.Equal("derived", p.GetProperty("status").GetString());
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("answer").GetString()), p.GetProperty("id").GetString());
        });
        // Two answers checked by hand: the field of 34 for A then A, and A = [[1, alpha], [-alpha, 1]].
        Assert.StartsWith("field: 32 42 43 44 52 53 54 55;", Answer(parts, "q1.1"));
        Assert.Equal("[[1, alpha], [-alpha, 1]]", Answer(parts, "q6.1"));
    }

    [Fact]
    public void ANumericCheckThatFailsForAVariantSaysWhatToChange()
    {
        // A proposal N(100, 9/4) for the posterior N(1/2, 1/2): the quadrature resolves both (the parameter check passes), but 2000 draws
        // of z_2 cannot show that q_2 has mass 1. The step is reported with what to do, exit 1, and nothing is written.
        File.WriteAllText(At("far.json"), "{ \"q4\": { \"proposalMean\": 100 } }");
        var run = CliHarness.Run("solve", "--params", At("far.json"), "--out", At("out"), "--no-pdf");
        Assert.True(run.ExitCode == ExitCodes.CheckFailed, run.ToString());
        Assert.Contains("derivation stopped: q4.2: ", run.Error);
        Assert.Contains("holds for the default parameters, not for the model of", run.Error);
        Assert.Contains("solve --print-params", run.Error);
        Assert.False(File.Exists(At("out/solutions.tex")));
    }

    private static string Answer(JsonElement[] parts, string id) =>
        parts.Single(p => p.GetProperty("id").GetString() == id).GetProperty("answer").GetString()!;

    [Fact]
    public void PrintedParametersReadBackGiveTheSameSolutionsByteForByte()
    {
        var print = CliHarness.Run("solve", "--print-params");
        Assert.Equal(ExitCodes.Ok, print.ExitCode);
        File.WriteAllText(At("params.json"), print.Out);
        Assert.Equal(ExitCodes.Ok, CliHarness.Run("solve", "--out", At("defaults"), "--no-pdf").ExitCode);
        var viaFile = CliHarness.Run("solve", "--out", At("via-file"), "--no-pdf", "--params", At("params.json"));
        Assert.True(viaFile.ExitCode == ExitCodes.Ok, viaFile.ToString());
        Assert.Equal(File.ReadAllBytes(At("defaults/solutions.tex")), File.ReadAllBytes(At("via-file/solutions.tex")));
    }

    [Fact]
    public void PrintedParametersAreReadableJsonWithoutNullsOrEscapes()
    {
        var text = CliHarness.Run("solve", "--print-params").Out;
        Assert.Contains("\"i = 2 and j < 2\"", text);
        Assert.DoesNotContain("null", text);
        Assert.DoesNotContain("\\u", text);
    }

    [Fact]
    public void AVariantFileGivesItsOwnAnswersInSolutionsJson()
    {
        // V = 2 d g at rate 1/10: A = [[1, 1/5], [-1/5, 1]]; target 22 with A then A reads 31 32 41 42 43 44 (see Q1VariantTests).
        File.WriteAllText(At("variant.json"), """
            { "q1": { "target": { "row": 2, "column": 2 } },
              "q6": { "value": "2*d*g", "learningRate": "1/10" } }
            """);
        var run = CliHarness.Run("solve", "--out", At("out"), "--no-pdf", "--json", "--params", At("variant.json"));
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(At("out/solutions.json")));
        var parts = json.RootElement.GetProperty("parts").EnumerateArray().ToArray();
        Assert.StartsWith("field: 31 32 41 42 43 44;", Answer(parts, "q1.1"));
        Assert.Equal("[[1, 1/5], [-1/5, 1]]", Answer(parts, "q6.1"));
        Assert.Contains("behaviour: diverges", Answer(parts, "q6.3"));
    }

    [RequiresLatexFact]
    public void TheDefaultsBuildThePdf()
    {
        var run = CliHarness.Run("solve", "--out", At("out"));
        Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
        Assert.True(new FileInfo(At("out/solutions.pdf")).Length > 0);
        Assert.True(File.Exists(At("out/solutions.tex")));
    }

    [Fact]
    public void TheStudentEditionIsWrittenBesideTheFullOneUnderItsOwnName()
    {
        var student = CliHarness.Run("solve", "--out", At("out"), "--no-pdf", "--edition", "student");
        Assert.True(student.ExitCode == ExitCodes.Ok, student.ToString());
        Assert.True(File.Exists(At("out/solutions-student.tex")));
        Assert.False(File.Exists(At("out/solutions.tex")));
        var both = CliHarness.Run("solve", "--out", At("out"), "--no-pdf", "--edition", "both");
        Assert.True(both.ExitCode == ExitCodes.Ok, both.ToString());
        Assert.Contains("Appendix A", File.ReadAllText(At("out/solutions.tex")));
        Assert.DoesNotContain("Appendix A", File.ReadAllText(At("out/solutions-student.tex")));
    }

    [Fact]
    public void AnUnknownEditionIsBadInput()
    {
        var run = CliHarness.Run("solve", "--out", At("out"), "--no-pdf", "--edition", "teacher");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("teacher", run.Error);
        Assert.False(Directory.Exists(At("out")));
    }

    [Fact]
    public void HelpDescribesTheParameterFile()
    {
        var help = CliHarness.Run("solve", "--help");
        Assert.Equal(ExitCodes.Ok, help.ExitCode);
        foreach (var key in new[] { "--print-params", "--edition", "solutions-student.pdf", "target", "masks", "FlippedConvolution", "workedDimension", "sigmoidComponents", "learningRate", "Extragradient" })
            Assert.Contains(key, help.Out);
    }
}
