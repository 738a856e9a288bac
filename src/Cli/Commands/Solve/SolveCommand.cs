using System.CommandLine;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Solve;

/// <summary>What `solve` was asked to do, read from the command line.</summary>
public sealed record SolveRequest(DirectoryInfo Out, FileInfo? Params, bool PrintParams, bool Json, bool NoPdf, string Edition = SolveCommand.FullEdition);

/// <summary>`ift6135-sym solve`: the options; the work is in <see cref="SolveAction"/>.</summary>
public static class SolveCommand
{
    public const string FullEdition = "full";
    public const string StudentEdition = "student";
    public const string BothEditions = "both";

    public static Command Create(CliConsole console)
    {
        var outDir = OutputFolderOption.Create("Directory for solutions.tex, solutions.pdf and the figures. Example: --out build/a3");
        var parameters = new Option<FileInfo?>("--params")
        {
            Description = "A JSON file of problem parameters overriding the defaults (see --print-params). Example: --params params.json",
            HelpName = "FILE",
        };
        var printParams = new Option<bool>("--print-params") { Description = "Print the default parameters as JSON and stop. Example: solve --print-params > params.json" };
        var json = new Option<bool>("--json") { Description = "Also write the solution model as JSON (solutions.json). Example: solve --json --no-pdf" };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Write the .tex only; do not run latexmk. Example: solve --no-pdf" };
        var edition = new Option<string>("--edition")
        {
            Description = "Which document to write: full (default: the teaching assistant's solutions.tex/.pdf, with how each step was checked, " +
                "seeds and the appendices of checks), student (solutions-student.tex/.pdf: the same solutions and answers without them), " +
                "or both. Example: solve --edition student",
            DefaultValueFactory = _ => FullEdition,
            HelpName = "full|student|both",
        };
        edition.AcceptOnlyFromAmong(FullEdition, StudentEdition, BothEditions);

        var command = new Command("solve",
            "Derive every answer of the assignment and write the reference solutions as LaTeX and PDF.\n" +
            "Example: ift6135-sym solve --out out --params my-params.json\n\n" +
            "Two editions render the same derivation: the full one (solutions.tex, solutions.pdf) for teaching assistants,\n" +
            "with the method that checked each step, the seeds and the appendices of checks; the student one\n" +
            "(--edition student: solutions-student.tex, solutions-student.pdf) without them. --edition both writes the two.\n\n" +
            "A variant of the assignment is a parameter file: print the defaults with --print-params, edit, and\n" +
            "pass it with --params (any key left out keeps its default). The keys:\n" +
            "  q1: gridSize, kernelSize, padding, stride, target {row, column} (1-based),\n" +
            "      convention \"CrossCorrelation\" or \"FlippedConvolution\",\n" +
            "      masks [{name, rules: [\"i = 2 and j < 2\", ...]} or {name, matrix: [[0/1 ...], ...]}],\n" +
            "      cases: four lists of mask names, first layer first (e.g. [[\"A\", \"B\", \"B\"], ...])\n" +
            "  q2: workedDimension (K of the worked examples, 1 to 6)\n" +
            $"  q5: sigmoidComponents (N, 1 to {ParametersValidator.MaxSigmoidComponents})\n" +
            "  q6: value (V(d, g) in d and g, e.g. \"d*g + d^2/2\"), learningRate (a symbol such as \"alpha\"\n" +
            "      or a positive number such as \"1/10\"), optimizers (any of \"Simultaneous\", \"Alternating\",\n" +
            "      \"Extragradient\": compared in 6.3; 6.1 to 6.3 answer for simultaneous play)\n" +
            "  q3, q4: the numeric models of the checks; points: the points of each sub-question (sum 100)\n" +
            "A bad file is reported as file:line:column with the line and a caret (exit 2); nothing is written.")
        {
            outDir, parameters, printParams, json, noPdf, edition,
        };
        command.SetAction(parse => SolveAction.Run(new SolveRequest(
            parse.GetValue(outDir) ?? new DirectoryInfo("out"),
            parse.GetValue(parameters),
            parse.GetValue(printParams),
            parse.GetValue(json),
            parse.GetValue(noPdf),
            parse.GetValue(edition) ?? FullEdition), console));
        return command;
    }
}
