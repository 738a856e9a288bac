using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Check;

/// <summary>
/// SEAM for the check lane (src/Checking): replace the body of <see cref="Run"/>. Contract: read
/// request.File ("-" = console input), report in request.Format on console.Out, return
/// <see cref="ExitCodes.Ok"/> when every step holds and <see cref="ExitCodes.CheckFailed"/> otherwise;
/// throw a LocatedParseException (with the file name) for LaTeX that cannot be read.
/// </summary>
public static class CheckAction
{
    public static int Run(CheckRequest request, CliConsole console) =>
        throw new NotAvailableException("check (the LaTeX derivation checker)");
}
