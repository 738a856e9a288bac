using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Grading;

namespace Ift6135.Sym.Cli.Commands.Grading;

/// <summary>`template`: the answer template students fill in, answers-template.tex under request.Out.</summary>
public static class TemplateAction
{
    public static int Run(KitRequest request, CliConsole console)
    {
        var key = KitRun.Key(request.Params);
        var file = KitWriter.WriteTemplate(key, KitWriter.Variant(request.Params?.ToString()), request.Out.FullName);
        console.Line($"wrote {file}");
        return ExitCodes.Ok;
    }
}
