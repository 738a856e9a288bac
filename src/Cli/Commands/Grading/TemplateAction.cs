using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Grading;

/// <summary>SEAM for the grading lane: write the answer template under request.Out.</summary>
public static class TemplateAction
{
    public static int Run(KitRequest request, CliConsole console) =>
        throw new NotAvailableException("template (the grading kit)");
}
