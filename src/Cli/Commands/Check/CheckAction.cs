using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Cli.Commands.Check;

/// <summary>
/// The check command's work, done by <see cref="CheckRun"/> (src/Checking): read request.File ("-" = console
/// input), report in request.Format on console.Out, return 0 when every checked step holds, 1 when a step
/// is invalid or undecided, 2 for input errors (each unreadable formula is reported at its place in the
/// report, and the rest of the file is still checked, so no exception is thrown for it).
/// With request.Pdf, the LaTeX report is also compiled (sandboxed TeX) and its PDF written there atomically;
/// a TeX failure is reported on the error stream with TeX's message, exit code 2, the previous PDF kept.
/// </summary>
public static class CheckAction
{
    public static int Run(CheckRequest request, CliConsole console) =>
        CheckRun.Run(request.File, request.Format, request.Assume, Console.In, console.Out, console.Error,
            request.Pdf is { } pdf ? report => WritePdf(report, pdf, console) : null);

    private static int? WritePdf(CheckReport report, string path, CliConsole console)
    {
        try
        {
            var written = LatexBuilder.BuildPdf(TexReportFormatter.Format(report), path, "check-report");
            console.Error.WriteLine($"ift6135-sym check: wrote {written}");
            return null;
        }
        catch (Exception e) when (e is LatexBuildException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"ift6135-sym check: the PDF report could not be built: {e.Message}");
            return 2;
        }
    }
}
