using System.Diagnostics;
using System.Text.RegularExpressions;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

public sealed class PdfBuildTests : IDisposable
{
    private readonly List<string> dirs = [];

    private string NewDir()
    {
        var d = Directory.CreateTempSubdirectory("ift6135-sym-test-").FullName;
        dirs.Add(d);
        return d;
    }

    public void Dispose()
    {
        foreach (var d in dirs) Directory.Delete(d, recursive: true);
    }

    /// <summary>The text of a PDF (pdftotext), whitespace collapsed.</summary>
    internal static string PdfText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        using var p = Process.Start(start)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return Regex.Replace(text, @"\s+", " ");
    }

    [RequiresLatexFact]
    public void SolveWritesAPdfWhoseTextHasTheAnswers()
    {
        var dir = NewDir();
        var report = SolutionsWriter.Write(AssignmentParameters.Default, dir);
        Assert.True(File.Exists(Path.Combine(dir, "solutions.pdf")));
        var text = PdfText(Path.Combine(dir, "solutions.pdf"));
        // Hand-derived fields (see Q1ReceptiveFieldTests).
        Assert.Contains("32, 42, 43, 44, 52, 53, 54, 55", text);
        Assert.Contains("32, 33, 34, 42, 43, 44, 45, 52, 53, 54, 55", text);
        // Every sub-question is derived now, 5.4 (the radial flow) last.
        Assert.DoesNotContain("Not yet derived", text);
        Assert.Contains("over a positive scalar: the radial", text);
        Assert.Equal(2, report.Files.Count);
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [RequiresLatexFact]
    public void TwoRunsGiveByteIdenticalTexAndPdf()
    {
        var a = NewDir();
        var b = NewDir();
        SolutionsWriter.Write(AssignmentParameters.Default, a);
        SolutionsWriter.Write(AssignmentParameters.Default, b);
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "solutions.tex")), File.ReadAllBytes(Path.Combine(b, "solutions.tex")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "solutions.pdf")), File.ReadAllBytes(Path.Combine(b, "solutions.pdf")));
    }

    [RequiresLatexFact]
    public void AFailedBuildNamesTheLineAndKeepsThePreviousPdf()
    {
        var dir = NewDir();
        SolutionsWriter.Write(AssignmentParameters.Default, dir);
        var before = File.ReadAllBytes(Path.Combine(dir, "solutions.pdf"));

        var templates = NewDir();
        foreach (var f in Directory.GetFiles(Path.Combine(RepoRoot(), "templates"))) File.Copy(f, Path.Combine(templates, Path.GetFileName(f)));
        var guide = Path.Combine(templates, "reading-guide.tex.scriban");
        File.WriteAllText(guide, File.ReadAllText(guide) + "\n\\thiscommanddoesnotexist\n");

        var e = Assert.Throws<LatexBuildException>(() => SolutionsWriter.Write(AssignmentParameters.Default, dir, new SolveOptions { TemplateDirectory = templates }));
        Assert.Matches(@"^solutions\.tex:\d+: Undefined control sequence", e.Message);
        Assert.Contains(@"\thiscommanddoesnotexist", e.Message);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(dir, "solutions.pdf")));
        // The failed build's scratch directory is kept for the user; this test removes it.
        var scratch = e.Message.Split("Scratch files: ")[1].Trim();
        Assert.True(Directory.Exists(scratch));
        dirs.Add(scratch);
    }

    private static string RepoRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !Directory.Exists(Path.Combine(d.FullName, "templates"))) d = d.Parent;
        return d?.FullName ?? throw new DirectoryNotFoundException("templates/ not found above the test binaries");
    }
}
