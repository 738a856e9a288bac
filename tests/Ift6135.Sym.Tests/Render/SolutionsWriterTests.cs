using System.Text.Json;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

public sealed class SolutionsWriterTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ift6135-sym-writer-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void TexOnlyRunsAreByteIdentical()
    {
        var a = Path.Combine(dir, "a");
        var b = Path.Combine(dir, "b");
        SolutionsWriter.Write(AssignmentParameters.Default, a, new SolveOptions { BuildPdf = false });
        SolutionsWriter.Write(AssignmentParameters.Default, b, new SolveOptions { BuildPdf = false });
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "solutions.tex")), File.ReadAllBytes(Path.Combine(b, "solutions.tex")));
        Assert.False(File.Exists(Path.Combine(a, "solutions.pdf")));
    }

    [Fact]
    public void JsonListsEverySubQuestionWithItsAnswer()
    {
        var report = SolutionsWriter.Write(AssignmentParameters.Default, dir, new SolveOptions { BuildPdf = false, WriteJson = true });
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "solutions.json")));
        var parts = json.RootElement.GetProperty("parts").EnumerateArray().ToArray();
        Assert.Equal(20, parts.Length);
        Assert.Equal(100, parts.Sum(p => p.GetProperty("points").GetInt32()));
        var q14 = parts.Single(p => p.GetProperty("id").GetString() == "q1.4");
        Assert.Equal("field: 32 33 34 42 43 44 45 52 53 54 55; autoregressive: false", q14.GetProperty("answer").GetString());
        Assert.Equal(report.DerivedParts, parts.Count(p => p.GetProperty("status").GetString() == "derived"));
    }

    [Fact]
    public void DefaultParametersJsonReadsBack() =>
        Assert.Equal(SolutionsWriter.DefaultParametersJson(), ParametersLoader.Serialize(ParametersLoader.Parse(SolutionsWriter.DefaultParametersJson(), "d.json")));
}
