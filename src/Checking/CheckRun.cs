using System.Text.RegularExpressions;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

/// <summary>
/// The whole `check` command behind the CLI seam: read the file (or standard input for "-"), check it
/// with the extra assumptions, write the report as text, JSON or an annotated LaTeX copy, and return the
/// exit code (0 every checked step valid, 1 some step invalid or unknown, 2 input error).
/// </summary>
public static partial class CheckRun
{
    /// <param name="afterReport">
    /// More work with the finished report (the CLI builds the PDF of --pdf here); its exit code, when not null,
    /// replaces a successful one (a failed PDF build is an error of the run, exit code 2).
    /// </param>
    public static int Run(string file, string format, string? assume, TextReader input, TextWriter output, TextWriter error,
        Func<CheckReport, int?>? afterReport = null)
    {
        string text;
        var name = file == "-" ? "<stdin>" : file;
        CheckReport? refused = null;
        // Through the input guard: size limit, binary data, NUL and control characters, byte-order mark, CRLF.
        try { text = file == "-" ? Symbolic.Safety.InputGuard.CheckText(input.ReadToEnd()) : Symbolic.Safety.InputGuard.ReadFile(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"ift6135-sym check: cannot read {name}: {e.Message}");
            return 2;
        }
        catch (Exception e) when (Checker.Refusal(name, e) is { } refusal) { text = ""; refused = refusal; }
        var extra = assume is null ? null : InfixToLatex(assume);
        var report = refused ?? Checker.WithUnsafeCommands(new DerivationChecker(Checker.DefaultDecider()).Check(text, name, extra), text);
        output.Write(format switch
        {
            "json" => JsonReportFormatter.Format(report) + Environment.NewLine,
            "tex" => TexReportFormatter.Format(report),
            _ => TextReportFormatter.Format(report, text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray()),
        });
        // A file with no derivation in it is an input error too: nothing was checked.
        var code = report.Chains.Count == 0 && report.Errors.Count == 0 ? 2 : report.ExitCode;
        return afterReport?.Invoke(report) is { } failed && failed > code ? failed : code;
    }

    /// <summary>
    /// Command-line assumptions are infix ("sigma>0, 0<w<1, beta >= -alpha"): Greek names become commands,
    /// &gt;= &lt;= != become \ge \le \ne, ** becomes ^, x[1] becomes x_{1}; the result is read as a % assume: line.
    /// </summary>
    public static string InfixToLatex(string infix)
    {
        var s = infix.Replace("**", "^").Replace(">=", @" \ge ").Replace("<=", @" \le ").Replace("!=", @" \ne ");
        s = IndexPattern().Replace(s, m => $"{m.Groups[1].Value}_{{{m.Groups[2].Value}}}");
        return WordPattern().Replace(s, m => CommandTable.IsGreek(m.Value) ? "\\" + m.Value + " " : m.Value);
    }

    [GeneratedRegex(@"([A-Za-z]+)\[([^\]]+)\]")]
    private static partial Regex IndexPattern();

    [GeneratedRegex(@"(?<![\\A-Za-z])[A-Za-z]{2,}")]
    private static partial Regex WordPattern();
}
