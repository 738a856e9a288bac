using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Grading;

/// <summary>
/// SEAM for the grading lane: grade request.Submissions; return <see cref="ExitCodes.Ok"/> when every
/// submission could be read and graded, <see cref="ExitCodes.BadInput"/> (via CliInputException) otherwise.
/// </summary>
public static class GradeAction
{
    public static int Run(GradeRequest request, CliConsole console) =>
        throw new NotAvailableException("grade (the grader)");
}
