using Ift6135.Sym.Render;
using Ift6135.Sym.Tests.Render;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// TeX runs in a scratch directory without shell escape and with kpathsea's paranoid file access:
/// a document (ours, or one carrying text a user supplied) cannot run programs, read files outside
/// the TeX distribution and its directory, or write anywhere but its directory.
/// </summary>
public sealed class TexSandboxTests : IDisposable
{
    private readonly List<string> dirs = [];
    private readonly string marker = "ift6135-sandbox-" + Guid.NewGuid().ToString("N");

    private string NewDir()
    {
        var d = Directory.CreateTempSubdirectory("ift6135-sym-test-").FullName;
        dirs.Add(d);
        return d;
    }

    public void Dispose()
    {
        foreach (var d in dirs.Where(Directory.Exists)) Directory.Delete(d, recursive: true);
        foreach (var f in Directory.GetFiles(Path.GetTempPath(), marker + "*")) File.Delete(f);
    }

    private static string Document(string body) =>
        "\\documentclass{article}\n\\begin{document}\nText.\n" + body + "\n\\end{document}\n";

    private LatexBuildException FailedBuild(string body)
    {
        var e = Assert.Throws<LatexBuildException>(() => LatexBuilder.Build(Document(body), NewDir(), "doc", pdf: true));
        var scratch = e.Message.Split("Scratch files: ")[1].Trim();
        dirs.Add(scratch);
        return e;
    }

    [RequiresLatexFact]
    public void Reading_an_absolute_path_is_refused()
    {
        var e = FailedBuild("\\input{/etc/hostname}");
        Assert.Contains("doc.tex:4:", e.Message);   // the body is on line 4
        Assert.Contains("Not reading from /etc/hostname (openin_any = p)", e.Message);
    }

    [RequiresLatexFact]
    public void Writing_into_the_parent_directory_is_refused()
    {
        var e = FailedBuild($"\\immediate\\openout5=../{marker}.txt\\immediate\\write5{{x}}\\immediate\\closeout5");
        Assert.Contains($"I can't write on file `../{marker}.txt'", e.Message);
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), marker + "*"));
    }

    [RequiresLatexFact]
    public void Writing_a_dot_file_is_refused()
    {
        var e = FailedBuild("\\immediate\\openout5=.latexmkrc\\immediate\\write5{x}\\immediate\\closeout5");
        Assert.Contains("I can't write on file `.latexmkrc", e.Message);
    }

    [RequiresLatexFact]
    public void Shell_escape_runs_nothing()
    {
        var target = Path.Combine(Path.GetTempPath(), marker + ".touched");
        var outDir = NewDir();
        LatexBuilder.Build(Document($"\\immediate\\write18{{touch {target}}}"), outDir, "doc", pdf: true);
        Assert.True(File.Exists(Path.Combine(outDir, "doc.pdf")));
        Assert.False(File.Exists(target));
    }

    [RequiresLatexFact]
    public void Files_in_its_own_directory_are_allowed()
    {
        var outDir = NewDir();
        LatexBuilder.Build(Document("\\immediate\\openout5=notes.txt\\immediate\\write5{x}\\immediate\\closeout5\\input{notes.txt}"), outDir, "doc", pdf: true);
        Assert.True(File.Exists(Path.Combine(outDir, "doc.pdf")));
    }
}
