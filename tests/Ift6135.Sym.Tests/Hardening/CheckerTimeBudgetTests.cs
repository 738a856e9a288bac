using System.Diagnostics;
using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Safety;
using Ift6135.Sym.Tests.Cli;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// A step that would run long ends as 'unknown: time budget exceeded' within twice the step budget,
/// through the checker's library entry and through `check` on the command line (default 2 s, or
/// --step-time), and the report says which limit stopped it and how to raise it.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class CheckerTimeBudgetTests
{
    /// <summary>Each is one step that takes far longer than the budget: a high derivative (computed while the side is read), a long sum of powers.</summary>
    private static readonly string[] Documents =
    [
        // d^40 is computed in about a second now, and the numeric screen then finds the step false; d^60 too in a warm
        // process since the engine's clock reads and sums got cheaper (session 4): d^90 is still long.
        "\\[ \\frac{d^{90}}{dx^{90}} e^{x^2} \\sin(x^3) \\log(1+x^2) = 0 \\]\n",
        "\\[ \\frac{d^{25}}{dx^{25}} \\frac{e^{x^2}}{1 + \\sigma(x)} = \\frac{d^{24}}{dx^{24}} \\frac{e^{x^2}}{1 + \\sigma(x)} \\]\n",
    ];

    public static TheoryData<string> LongSteps() => new(Documents);

    private const string Verdict = "unknown: time budget exceeded";

    /// <summary>The first run in a process compiles the command line and the checker: time that is not the step's.</summary>
    private static void WarmUp()
    {
        Assert.Equal(0, CliHarness.Run("check", TempFile.With("\\[ x + x = 2x \\]\n"), "--format", "json").ExitCode);
        Assert.Equal(0, CliHarness.Run("calc", "diff", "x^2", "--wrt", "x").ExitCode);
    }

    [Theory]
    [MemberData(nameof(LongSteps))]
    public void The_library_checker_gives_unknown_within_twice_the_budget(string document)
    {
        var budget = TimeSpan.FromSeconds(0.6);
        using var limits = SafetyLimits.Use(SafetyLimits.Current with { StepTimeBudget = budget });
        var clock = Stopwatch.StartNew();
        var report = Checker.CheckText(document, "slow.tex");
        clock.Stop();
        var step = Assert.Single(Assert.Single(report.Chains).Steps);
        Assert.Equal(StepStatus.Unknown, step.Status);
        Assert.Equal($"{Verdict} (0.6 s per step; raise it with --step-time SECONDS)", step.Detail);
        Assert.True(clock.Elapsed < 2 * budget, $"took {clock.Elapsed.TotalMilliseconds:0} ms for a budget of {budget.TotalMilliseconds} ms");
    }

    [Fact]
    public void Check_on_the_command_line_stops_a_long_step_at_the_default_two_seconds()
    {
        var file = TempFile.With(Documents[0]);
        WarmUp();
        var clock = Stopwatch.StartNew();
        var run = CliHarness.Run("check", file);
        clock.Stop();
        Assert.Equal(1, run.ExitCode);   // an undecided step: exit code 1, as for a wrong one
        Assert.Contains($"{Verdict} (2 s per step; raise it with --step-time SECONDS)", run.Out, StringComparison.Ordinal);
        Assert.Contains("0 valid, 0 invalid, 1 unknown", run.Out, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void The_step_time_option_sets_the_budget_and_the_json_report_names_it()
    {
        var file = TempFile.With(Documents[1]);
        WarmUp();
        var clock = Stopwatch.StartNew();
        var run = CliHarness.Run("check", file, "--format", "json", "--step-time", "0.8");
        clock.Stop();
        Assert.Equal(1, run.ExitCode);
        var report = JsonReportFormatter.Parse(run.Out)!;
        var step = Assert.Single(Assert.Single(report.Chains).Steps);
        Assert.Equal(StepStatus.Unknown, step.Status);
        Assert.Equal($"{Verdict} (0.8 s per step; raise it with --step-time SECONDS)", step.Detail);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.6), $"took {clock.Elapsed.TotalSeconds:0.00} s");
    }

    [Fact]
    public void A_long_calc_operation_is_stopped_with_the_limit_named()
    {
        var clock = Stopwatch.StartNew();
        WarmUp();
        // The 60th derivative: --wrt x given 60 times.
        string[] args = ["calc", "diff", "exp(x^2) * sin(x^3) * log(1 + x^2)", .. Enumerable.Repeat(new[] { "--wrt", "x" }, 60).SelectMany(a => a), "--calc-time", "0.5"];
        var run = CliHarness.Run(args);
        clock.Stop();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{Verdict} (0.5 s per operation; raise it with --calc-time SECONDS)", run.Error, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed.TotalSeconds:0.00} s");
    }
}

/// <summary>A file in a fresh temporary folder, for the command line to read.</summary>
internal static class TempFile
{
    public static string With(string text, string name = "input.tex") => WithBytes(System.Text.Encoding.UTF8.GetBytes(text), name);

    public static string WithBytes(byte[] bytes, string name = "input.tex")
    {
        var folder = Directory.CreateTempSubdirectory("ift6135-harden-").FullName;
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
