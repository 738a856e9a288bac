using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Ift6135.Sym.Render;

/// <summary>A LaTeX build that failed; the message names solutions.tex:line and TeX's complaint.</summary>
public sealed class LatexBuildException(string message, bool toolMissing = false) : Exception(message)
{
    /// <summary>latexmk or pdflatex is not installed (not a fault of the document).</summary>
    public bool ToolMissing { get; } = toolMissing;
}

/// <summary>
/// Compiles a LaTeX document with latexmk/pdflatex in a scratch directory (shell escape off, file
/// access restricted to that directory),
/// then moves the results into the output directory atomically (temporary file + rename), so a
/// failed build leaves the previous PDF untouched.
/// </summary>
public static partial class LatexBuilder
{
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether latexmk and pdflatex are on the PATH.</summary>
    public static bool IsAvailable => FindOnPath("latexmk") is not null && FindOnPath("pdflatex") is not null;

    /// <summary>Writes <paramref name="name"/>.tex (and, if <paramref name="pdf"/>, .pdf) into <paramref name="outDir"/>.</summary>
    public static IReadOnlyList<string> Build(string tex, string outDir, string name, bool pdf)
    {
        // Without a PDF there is nothing to compile: the document goes straight into place, not through a scratch directory.
        if (!pdf)
        {
            Directory.CreateDirectory(outDir);
            return [AtomicFile.Write(Path.Combine(outDir, name + ".tex"), tex)];
        }
        var (scratch, texPath) = Scratch(tex, name);
        Compile(scratch, name, tex);
        Directory.CreateDirectory(outDir);
        string[] written =
        [
            AtomicFile.CopyInto(texPath, Path.Combine(outDir, name + ".tex")),
            AtomicFile.CopyInto(Path.Combine(scratch, name + ".pdf"), Path.Combine(outDir, name + ".pdf")),
        ];
        TryDelete(scratch);
        return written;
    }

    /// <summary>
    /// Compiles <paramref name="tex"/> and writes its PDF, only, to <paramref name="pdfPath"/> (atomically: a failed
    /// build throws <see cref="LatexBuildException"/> and leaves the previous file as it was).
    /// </summary>
    public static string BuildPdf(string tex, string pdfPath, string name = "report")
    {
        var (scratch, _) = Scratch(tex, name);
        Compile(scratch, name, tex);
        var destination = Path.GetFullPath(pdfPath);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var written = AtomicFile.CopyInto(Path.Combine(scratch, name + ".pdf"), destination);
        TryDelete(scratch);
        return written;
    }

    /// <summary>A fresh scratch directory with the document written into it as <paramref name="name"/>.tex.</summary>
    private static (string Directory, string TexPath) Scratch(string tex, string name)
    {
        var scratch = Directory.CreateTempSubdirectory("ift6135-sym-").FullName;
        var texPath = Path.Combine(scratch, name + ".tex");
        File.WriteAllText(texPath, tex);
        return (scratch, texPath);
    }

    private static void Compile(string scratch, string name, string tex)
    {
        if (!IsAvailable) throw new LatexBuildException("latexmk and pdflatex are needed to build the PDF and were not found on the PATH (install TeX Live, or ask for the .tex only).", toolMissing: true);
        var start = new ProcessStartInfo("latexmk")
        {
            WorkingDirectory = scratch,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "-pdf", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "-file-line-error",
                     "-pdflatex=pdflatex -no-shell-escape -interaction=nonstopmode -halt-on-error -file-line-error %O %S", name + ".tex" })
            start.ArgumentList.Add(a);
        // Restricted files (kpathsea's "paranoid" mode): TeX may neither read nor write absolute paths,
        // parent directories or dot files, so a document can only touch its scratch directory and
        // the TeX distribution; with shell escape off, that is all a hostile document can reach.
        start.Environment["openin_any"] = "p";
        start.Environment["openout_any"] = "p";
        // TeX wraps its log at 79 columns; unwrapped lines keep an error message (and a file name in it) whole.
        start.Environment["max_print_line"] = "10000";
        // Reproducible PDFs: fixed dates, and the trailer id is blanked in the preamble.
        start.Environment["SOURCE_DATE_EPOCH"] = "0";
        start.Environment["FORCE_SOURCE_DATE"] = "1";
        using var process = Process.Start(start) ?? throw new LatexBuildException("could not start latexmk");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new LatexBuildException($"latexmk did not finish within {Timeout.TotalSeconds:0} s; the scratch directory {scratch} was kept.");
        }
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(Path.Combine(scratch, name + ".pdf")))
            throw new LatexBuildException(Diagnose(scratch, name, tex, stdout.Result + stderr.Result));
    }

    /// <summary>The first TeX error of the log as "name.tex:line: message", with the offending source line.</summary>
    private static string Diagnose(string scratch, string name, string tex, string output)
    {
        var logPath = Path.Combine(scratch, name + ".log");
        var log = File.Exists(logPath) ? File.ReadAllText(logPath) : output;
        var located = FileLineError().Match(log);
        string where;
        if (located.Success)
        {
            var line = int.Parse(located.Groups[2].Value);
            var source = tex.Split('\n').ElementAtOrDefault(line - 1)?.Trim() ?? "";
            where = $"{Path.GetFileName(located.Groups[1].Value)}:{line}: {located.Groups[3].Value.Trim()}\n  {source}";
        }
        else
        {
            var bang = log.Split('\n').FirstOrDefault(l => l.StartsWith('!'));
            where = bang is null ? "latexmk failed without a TeX error in the log" : $"{name}.tex: {bang.TrimStart('!', ' ')}";
        }
        var refused = RefusedFileAccess().Match(output);
        if (refused.Success) where += $"\n  (TeX may only read and write files in its scratch directory: {refused.Value.Trim()})";
        return $"{where}\nThe LaTeX build failed; the previous PDF was kept. Scratch files: {scratch}";
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (IOException) { /* a leftover scratch directory is harmless */ }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

    [GeneratedRegex(@"^(\S+\.tex):(\d+): (.*)$", RegexOptions.Multiline)]
    private static partial Regex FileLineError();

    /// <summary>kpathsea's refusal under openin_any/openout_any = p, e.g. "Not reading from /etc/hostname (openin_any = p)."</summary>
    [GeneratedRegex(@"Not (reading|writing) (from|to) \S+ \(open(in|out)_any = p\)")]
    private static partial Regex RefusedFileAccess();
}
