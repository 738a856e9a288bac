using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Grading;

/// <summary>
/// SEAM for the grading lane (src/Grading): replace the body of <see cref="Run"/>. Contract: write the
/// rubric under request.Out and return <see cref="ExitCodes.Ok"/>.
/// </summary>
public static class RubricAction
{
    public static int Run(KitRequest request, CliConsole console) =>
        throw new NotAvailableException("rubric (the grading kit)");
}
