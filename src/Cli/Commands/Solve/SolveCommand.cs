using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Solve;

/// <summary>What `solve` was asked to do, read from the command line.</summary>
public sealed record SolveRequest(DirectoryInfo Out, FileInfo? Params, bool PrintParams, bool Json, bool NoPdf);

/// <summary>`ift6135-sym solve`: the options; the work is in <see cref="SolveAction"/>.</summary>
public static class SolveCommand
{
    public static Command Create(CliConsole console)
    {
        var outDir = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Directory for solutions.tex, solutions.pdf and the figures. Example: --out build/a3",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
            HelpName = "DIR",
        };
        var parameters = new Option<FileInfo?>("--params")
        {
            Description = "A JSON file of problem parameters overriding the defaults (see --print-params). Example: --params params.json",
            HelpName = "FILE",
        };
        var printParams = new Option<bool>("--print-params") { Description = "Print the default parameters as JSON and stop. Example: solve --print-params > params.json" };
        var json = new Option<bool>("--json") { Description = "Also write the solution model as JSON (solutions.json). Example: solve --json --no-pdf" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Write the .tex only; do not run latexmk. Example: solve --no-pdf" };

        var command = new Command("solve",
            "Derive every answer of the assignment and write the reference solutions as LaTeX and PDF.\n" +
            "Example: ift6135-sym solve --out out --params my-params.json")
        {
            outDir, parameters, printParams, json, noPdf,
        };
        command.SetAction(parse => SolveAction.Run(new SolveRequest(
            parse.GetValue(outDir) ?? new DirectoryInfo("out"),
            parse.GetValue(parameters),
            parse.GetValue(printParams),
            parse.GetValue(json),
            parse.GetValue(noPdf)), console));
        return command;
    }
}
