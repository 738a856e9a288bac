using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Grading;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Cli.Commands.Grading;

/// <summary>`rubric`: the answer key rendered as rubric.tex and rubric.pdf under request.Out.</summary>
public static class RubricAction
{
    public static int Run(KitRequest request, CliConsole console)
    {
        var key = KitRun.Key(request.Params);
        var variant = KitWriter.Variant(request.Params?.ToString());
        IReadOnlyList<string> files;
        try { files = KitWriter.WriteRubric(key, variant, request.Out.FullName, pdf: true); }
        catch (LatexBuildException e) when (e.ToolMissing)
        {
            files = KitWriter.WriteRubric(key, variant, request.Out.FullName, pdf: false);
            console.ErrorLine($"{e.Message} Only rubric.tex was written.");
        }
        foreach (var f in files) console.Line($"wrote {f}");
        return ExitCodes.Ok;
    }
}

/// <summary>What rubric, template and grade share: parameters in, answer key out, errors as one line.</summary>
internal static class KitRun
{
    public static AnswerKey Key(FileInfo? parameters)
    {
        try { return AnswerKey.Build(KitWriter.LoadParameters(parameters?.ToString())); }
        catch (ParametersException e) { throw new CliInputException(e.Message); }
        catch (KitException e) { throw new CliInputException($"the answer key cannot be built for these parameters: {e.Message}"); }
        catch (DerivationFailedException e) { throw new CliInputException($"the solution cannot be derived for these parameters: {e.Message}"); }
    }
}
