using System.CommandLine;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli.Commands.Grading;

/// <summary>What `grade` was asked to do.</summary>
public sealed record GradeRequest(IReadOnlyList<FileInfo> Submissions, DirectoryInfo Out, string Format, FileInfo? Params = null,
    int? Jobs = null, double? TimeBudgetSeconds = null);

/// <summary>`ift6135-sym grade`: the options; the work is in <see cref="GradeAction"/>.</summary>
public static class GradeCommand
{
    public static Command Create(CliConsole console)
    {
        var submissions = new Argument<FileInfo[]>("SUBMISSIONS")
        {
            Description = "The filled-in templates to grade (one .tex per student), or folders of them. Example: subs/",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = OutputFolderOption.Create("Directory for the per-student reports and the summary. Example: --out out/grades");
        var format = new Option<string>("--format")
        {
            Description = "The summary on standard output, and also written to summary.json or summary.csv: text (default), json (the summary and each student's points, total, parts to confirm and problems) or csv. Example: --format json",
            DefaultValueFactory = _ => "text",
            HelpName = "text|json|csv",
        };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var parameters = new Option<FileInfo?>("--params")
        {
            Description = "The JSON parameters of the variant the submissions answer (as `solve --print-params` prints). Example: --params params.json",
            HelpName = "FILE",
        };
        var jobs = new Option<int?>("--jobs", "-j")
        {
            Description = "How many submissions are graded at once (default: one per core). The output does not depend on it. Example: --jobs 1",
            HelpName = "N",
        };
        var budget = new Option<double?>("--time-budget")
        {
            Description = "Seconds one submission may take (default 60); past it the sub-questions graded so far keep their points " +
                          "and the feedback says where the budget ran out. Example: --time-budget 10",
            HelpName = "SECONDS",
        };
        var command = new Command("grade",
            "Grade submissions written in the answer template: each answer is checked against the reference " +
            "derivation and scored with the rubric.\nExample: ift6135-sym grade subs/*.tex --out out/grades --format csv")
        {
            submissions, outDir, format, parameters, jobs, budget,
        };
        command.SetAction(parse => GradeAction.Run(new GradeRequest(
            parse.GetValue(submissions) ?? [],
            parse.GetValue(outDir) ?? new DirectoryInfo("out"),
            parse.GetValue(format) ?? "text",
            parse.GetValue(parameters),
            parse.GetValue(jobs),
            parse.GetValue(budget)), console));
        return command;
    }
}
