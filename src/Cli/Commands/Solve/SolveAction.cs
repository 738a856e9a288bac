using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Solve;

/// <summary>
/// SEAM for the solve lane (src/Assignment, src/Render): replace the body of <see cref="Run"/> with the
/// real work. Contract: write results under request.Out; return <see cref="ExitCodes.Ok"/>; throw
/// <see cref="CliInputException"/> for bad parameters (shown on one line, exit 2).
/// </summary>
public static class SolveAction
{
    public static int Run(SolveRequest request, CliConsole console) =>
        throw new NotAvailableException("solve (the assignment derivations and the renderer)");
}
