using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

/// <summary>
/// Every formula of the solutions fits the page: pdflatex, run on the written solutions.tex, reports no
/// overfull \hbox wider than 1pt (a formula or a table cell running into the margin).
/// </summary>
public sealed partial class OverfullBoxTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ift6135-sym-overfull-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [RequiresLatexFact]
    public void NoFormulaOrTableCellIsWiderThanThePage()
    {
        SolutionsWriter.Write(AssignmentParameters.Default, dir, new SolveOptions { BuildPdf = false });
        var log = Pdflatex(dir, "solutions");
        var overfull = OverfullHbox().Matches(log)
            .Where(m => double.Parse(m.Groups["pt"].Value, CultureInfo.InvariantCulture) > 1.0)
            .Select(m => m.Value).ToArray();
        Assert.True(overfull.Length == 0, "overfull boxes in solutions.log:\n" + string.Join("\n", overfull));
    }

    /// <summary>One pdflatex pass (box widths do not depend on a second pass); returns the log.</summary>
    private static string Pdflatex(string workDir, string name)
    {
        var start = new ProcessStartInfo("pdflatex") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", name + ".tex" }) start.ArgumentList.Add(a);
        // Unwrapped log lines, so that a message and its line number stay on one line.
        start.Environment["max_print_line"] = "10000";
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(3)), "pdflatex did not finish within 3 minutes");
        Assert.True(p.ExitCode == 0, "pdflatex failed:\n" + stdout.Result + stderr.Result);
        return File.ReadAllText(Path.Combine(workDir, name + ".log"));
    }

    [GeneratedRegex(@"Overfull \\hbox \((?<pt>[0-9.]+)pt too wide\)[^\n]*")]
    private static partial Regex OverfullHbox();
}
