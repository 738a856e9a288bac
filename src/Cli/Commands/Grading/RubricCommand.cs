using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Grading;

/// <summary>What `rubric` and `template` were asked to do.</summary>
public sealed record KitRequest(FileInfo? Params, DirectoryInfo Out);

/// <summary>`ift6135-sym rubric`: the marking rubric, from the same derivations as the solutions.</summary>
public static class RubricCommand
{
    public static Command Create(CliConsole console)
    {
        var (parameters, outDir) = KitOptions.Create("rubric");
        var command = new Command("rubric",
            "Write the marking rubric (the points of each question and what earns them), derived from the same " +
            "parameters as the solutions.\nExample: ift6135-sym rubric --out out/kit")
        {
            parameters, outDir,
        };
        command.SetAction(parse => RubricAction.Run(KitOptions.Read(parse, parameters, outDir), console));
        return command;
    }
}

/// <summary>`ift6135-sym template`: the answer template students fill in.</summary>
public static class TemplateCommand
{
    public static Command Create(CliConsole console)
    {
        var (parameters, outDir) = KitOptions.Create("template");
        var command = new Command("template",
            "Write the LaTeX answer template students fill in, one environment per answer, so that `grade` " +
            "can find each answer.\nExample: ift6135-sym template --out out/kit")
        {
            parameters, outDir,
        };
        command.SetAction(parse => TemplateAction.Run(KitOptions.Read(parse, parameters, outDir), console));
        return command;
    }
}

/// <summary>The two options rubric and template share.</summary>
internal static class KitOptions
{
    public static (Option<FileInfo?> Params, Option<DirectoryInfo> Out) Create(string what) =>
    (
        new Option<FileInfo?>("--params")
        {
            Description = $"A JSON file of problem parameters (as `solve --print-params` prints) for the {what}. Example: --params params.json",
            HelpName = "FILE",
        },
        OutputFolderOption.Create($"Directory to write the {what} into. Example: --out out/kit")
    );

    public static KitRequest Read(ParseResult parse, Option<FileInfo?> parameters, Option<DirectoryInfo> outDir) =>
        new(parse.GetValue(parameters), parse.GetValue(outDir) ?? new DirectoryInfo("out"));
}
