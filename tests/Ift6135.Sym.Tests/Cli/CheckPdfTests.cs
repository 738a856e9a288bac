using Ift6135.Sym.Tests.Render;

namespace Ift6135.Sym.Tests.Cli;

/// <summary>`check FILE --pdf REPORT.pdf`: the LaTeX report compiled, read back with pdftotext.</summary>
public sealed class CheckPdfTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ift6135-sym-checkpdf-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Document()
    {
        // One valid step ((a+b)^2 expanded) and one invalid ((a+b)^2 = a^2 + b^2 misses 2ab).
        var path = Path.Combine(dir, "answers.tex");
        File.WriteAllText(path, "\\begin{align*}\n(a+b)^2 &= a^2 + 2ab + b^2 \\\\\n &= a^2 + b^2\n\\end{align*}\n");
        return path;
    }

    [RequiresLatexFact]
    public void ThePdfHoldsTheVerdictsAndTheCounterexample()
    {
        var pdf = Path.Combine(dir, "out", "report.pdf");
        var run = CliHarness.Run("check", Document(), "--pdf", pdf);
        // The step a^2 + 2ab + b^2 = a^2 + b^2 is invalid: exit code 1, not 2 (the PDF was built).
        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(pdf), run.ToString());
        Assert.Contains("wrote", run.Error);
        var text = PdfBuildTests.PdfText(pdf);
        Assert.Contains("valid", text);
        Assert.Contains("INVALID", text);
        Assert.Contains("Counterexample", text);
        // The text report still goes to standard output.
        Assert.Contains("INVALID", run.Out);
    }

    [Fact]
    public void APdfThatCannotBeWrittenIsAnErrorWithExitCodeTwo()
    {
        // The destination's folder is a file: nothing can be written there (before or after TeX runs).
        var blocker = Path.Combine(dir, "blocker");
        File.WriteAllText(blocker, "not a folder");
        var run = CliHarness.Run("check", Document(), "--pdf", Path.Combine(blocker, "report.pdf"));
        Assert.Equal(2, run.ExitCode);
        // Refused before checking, naming the file in the way (see A_file_in_the_way_of_the_pdf_is_named).
        Assert.Contains($"'{blocker}' is a file, not a folder", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    // A file where a folder of the PDF's path should be gave .NET's own words ("The file '...' already exists",
    // "Could not find a part of the path"): the option now names the file in the way, as --out does, before checking.
    [Theory]
    [InlineData("report.pdf")]
    [InlineData("sub/report.pdf")]
    public void A_file_in_the_way_of_the_pdf_is_named(string under)
    {
        var blocker = Path.Combine(dir, "blocker");
        File.WriteAllText(blocker, "not a folder");
        var run = CliHarness.Run("check", Document(), "--pdf", Path.Combine(blocker, under));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{blocker}' is a file, not a folder", run.Error);
        Assert.DoesNotContain("already exists", run.Error);
        Assert.DoesNotContain("Could not find a part of the path", run.Error);
    }

    [Fact]
    public void A_folder_given_as_the_pdf_is_named()
    {
        var run = CliHarness.Run("check", Document(), "--pdf", dir);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder", run.Error);
    }
}
