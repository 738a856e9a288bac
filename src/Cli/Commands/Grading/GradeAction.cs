using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Grading;
using Ift6135.Sym.Grading.Scoring;
using Spectre.Console;

namespace Ift6135.Sym.Cli.Commands.Grading;

/// <summary>
/// `grade`: grades every submission (files, or folders of .tex files) into request.Out. Returns
/// <see cref="ExitCodes.Ok"/> when every submission could be read and graded, <see cref="ExitCodes.BadInput"/>
/// otherwise; in both cases every readable submission is graded and every output is written.
/// </summary>
public static class GradeAction
{
    public static int Run(GradeRequest request, CliConsole console)
    {
        if (request.Jobs is < 1) throw new CliInputException($"--jobs must be at least 1, found {request.Jobs}");
        if (request.TimeBudgetSeconds is { } b && !(b > 0 && b <= 86400))
            throw new CliInputException($"--time-budget must be a number of seconds above 0 and at most 86400, found {b}");
        var key = KitRun.Key(request.Params);
        var inputs = request.Submissions.Select(s => s.ToString()).ToArray();
        var options = new GradeOptions(request.Jobs, request.TimeBudgetSeconds is { } s ? TimeSpan.FromSeconds(s) : null);
        var report = console.Colour
            ? WithProgress(key, inputs, request, options, console)
            : KitWriter.Grade(key, inputs, request.Out.FullName, request.Format, options: options);
        foreach (var m in report.Missing) console.ErrorLine($"{m}: no such file or folder");
        foreach (var f in report.Skipped ?? []) console.ErrorLine($"{f}: skipped, not a .tex file (if it is a submission, save it as a .tex file)");
        if (report.Grades.Count == 0) throw new CliInputException("no .tex submission was found among the arguments: give the filled answer templates (.tex files) or the folders that hold them");
        // The summary on standard output in the format asked for, so that a program can read it from a pipe; what was
        // written then goes to standard error, except in the text a person reads.
        var wrote = $"wrote {Path.Combine(request.Out.FullName, "grades.csv")} and {report.Grades.Count} feedback file(s) in {Path.Combine(request.Out.FullName, "feedback")}";
        switch (request.Format)
        {
            case "json": console.Line(System.Text.Encoding.UTF8.GetString(report.Summary.ToJson()).TrimEnd()); console.ErrorLine(wrote); break;
            case "csv": console.Line(report.Summary.ToCsv().TrimEnd()); console.ErrorLine(wrote); break;
            default: console.Line(report.Summary.ToText().TrimEnd()); console.Line(wrote); break;
        }
        var broken = report.Grades.Count(g => g.Problems.Count > 0);
        if (broken > 0) console.ErrorLine($"{broken} submission(s) could not be read in full; see their feedback");
        return broken > 0 || report.Missing.Count > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    /// <summary>A progress bar on a terminal (only when colour is allowed, so never in a log or a pipe).</summary>
    private static GradeReport WithProgress(Sym.Grading.Kit.AnswerKey key, string[] inputs, GradeRequest request, GradeOptions options, CliConsole console)
    {
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        GradeReport? report = null;
        terminal.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("grading", maxValue: Math.Max(1, Sym.Grading.Scoring.Grader.Expand(inputs, []).Count));
            report = KitWriter.Grade(key, inputs, request.Out.FullName, request.Format, _ => task.Increment(1), options);
        });
        return report!;
    }
}
