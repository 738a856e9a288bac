using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Check;

/// <summary>What `check` was asked to do. File is a path, or "-" for standard input; Pdf, where to write the PDF report.</summary>
public sealed record CheckRequest(string File, string Format, string? Assume, string? Pdf = null);

/// <summary>`ift6135-sym check`: the options; the work is in <see cref="CheckAction"/>.</summary>
public static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The LaTeX derivation to check, or - to read standard input. Example: answers.tex",
        };
        var format = new Option<string>("--format")
        {
            Description = "How to report each step: text (default), json, or tex (a LaTeX report whose formulas are printed from what was read). Example: --format json",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|tex",
        };
        format.AcceptOnlyFromAmong("text", "json", "tex");
        var assume = new Option<string?>("--assume")
        {
            Description = "Extra assumptions, comma separated, in infix. Example: --assume \"sigma>0, 0<w<1\"",
            HelpName = "RELATIONS",
        };
        var pdf = new Option<string?>("--pdf")
        {
            Description = "Also compile the LaTeX report (as --format tex prints it) and write the PDF to this file. Example: --pdf report.pdf",
            HelpName = "REPORT.pdf",
        };
        // Refused while the command line is read, as --out is: the writer's IOException would quote .NET, not the path.
        pdf.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is not { Length: > 0 } path) return;
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
                result.AddError($"--pdf {path}: '{full}' is a folder; give the PDF's file name (e.g. {Path.Combine(path, "report.pdf")})");
            else if (Path.GetDirectoryName(full) is { } folder && OutputFolderOption.FileInTheWay(folder) is { } file)
                result.AddError($"--pdf {path}: '{file}' is a file, not a folder; give a PDF path inside a folder (missing folders are created)");
        });
        var command = new Command("check",
            "Check a derivation written in LaTeX step by step: each relation of each chain is proved, refuted " +
            "with a counterexample, or reported as undecided. Exit code 1 when a step is wrong or undecided, 2 for unreadable input.\n" +
            "Comments declare: % assume: \\alpha > 0 (to the end), % case: 0 < \\alpha < 2 (next environment only), " +
            "% function: f, \\tilde{q}, % matrix: S 3x3 lowertriangular, % vector: \\mu 3, % random: z, % given: LHS = RHS, " +
            "% define: (every relation of the next environment is a definition; so is :=, \\coloneqq, \\triangleq), " +
            "'% argued: TEXT' ending a step's line (not checked), % check: off ... % check: on (a region not read).\n" +
            "Example: ift6135-sym check answers.tex --assume \"alpha>0\"")
        {
            file, format, assume, pdf,
        };
        command.SetAction(parse => CheckAction.Run(new CheckRequest(
            parse.GetValue(file) ?? "-", parse.GetValue(format) ?? "text", parse.GetValue(assume), parse.GetValue(pdf)), console));
        return command;
    }
}
