using Ift6135.Sym.Checking;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Check;

/// <summary>
/// The check command's work, done by <see cref="CheckRun"/> (src/Checking): read request.File ("-" = console
/// input), report in request.Format on console.Out, return 0 when every checked step holds, 1 when a step
/// is invalid or undecided, 2 for input errors (each unreadable formula is reported at its place in the
/// report, and the rest of the file is still checked, so no exception is thrown for it).
/// </summary>
public static class CheckAction
{
    public static int Run(CheckRequest request, CliConsole console) =>
        CheckRun.Run(request.File, request.Format, request.Assume, Console.In, console.Out, console.Error);
}
