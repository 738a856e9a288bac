using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Grading;

/// <summary>What `grade` was asked to do.</summary>
public sealed record GradeRequest(IReadOnlyList<FileInfo> Submissions, DirectoryInfo Out, string Format);

/// <summary>`ift6135-sym grade`: the options; the work is in <see cref="GradeAction"/>.</summary>
public static class GradeCommand
{
    public static Command Create(CliConsole console)
    {
        var submissions = new Argument<FileInfo[]>("SUBMISSIONS")
        {
            Description = "The filled-in templates to grade (one .tex per student). Example: subs/*.tex",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Directory for the per-student reports and the summary. Example: --out out/grades",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
            HelpName = "DIR",
        };
        var format = new Option<string>("--format")
        {
            Description = "Summary format: text (default), json or csv. Example: --format csv",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|csv",
        };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var command = new Command("grade",
            "Grade submissions written in the answer template: each answer is checked against the reference " +
            "derivation and scored with the rubric.\nExample: ift6135-sym grade subs/*.tex --out out/grades --format csv")
        {
            submissions, outDir, format,
        };
        command.SetAction(parse => GradeAction.Run(new GradeRequest(
            parse.GetValue(submissions) ?? [],
            parse.GetValue(outDir) ?? new DirectoryInfo("out"),
            parse.GetValue(format) ?? "text"), console));
        return command;
    }
}
