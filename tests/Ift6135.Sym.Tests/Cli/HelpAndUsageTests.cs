using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Tests.Cli;

public sealed class HelpAndUsageTests
{
    public static TheoryData<string[]> EveryCommand => new()
    {
        new[] { "solve" }, new[] { "check" }, new[] { "rubric" }, new[] { "template" }, new[] { "grade" }, new[] { "calc" },
        new[] { "calc", "simplify" }, new[] { "calc", "expand" }, new[] { "calc", "diff" }, new[] { "calc", "jacobian" },
        new[] { "calc", "det" }, new[] { "calc", "inverse" }, new[] { "calc", "charpoly" }, new[] { "calc", "eigenvals" },
        new[] { "calc", "solve" }, new[] { "calc", "sign" }, new[] { "calc", "equiv" }, new[] { "calc", "latex" },
    };

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Every_command_has_help_with_an_example_of_itself(string[] path)
    {
        var run = CliHarness.Run([.. path, "--help"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Example: ift6135-sym " + string.Join(' ', path), run.Out);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Root_help_lists_every_command_and_documents_the_exit_codes()
    {
        var run = CliHarness.Run("--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "solve", "check", "rubric", "template", "grade", "calc" })
            Assert.Contains($"  {command}", run.Out);
        Assert.Contains("Exit codes: 0", run.Out);
        Assert.Contains("70 an internal error", run.Out);
    }

    [Fact]
    public void Solve_help_gives_the_bounds_the_parameter_check_enforces()
    {
        // The help said "sigmoidComponents (N, 1 to 5)" while the check accepts 1 to 50, as the README says.
        const int max = Ift6135.Sym.Assignment.Parameters.ParametersValidator.MaxSigmoidComponents;
        Assert.Equal(50, max);
        Assert.Contains($"sigmoidComponents (N, 1 to {max})", CliHarness.Run("solve", "--help").Out);
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        var run = CliHarness.Run("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("calc", "frobnicate", "x")]
    [InlineData("calc", "diff")]
    [InlineData("calc", "diff", "x", "--format", "yaml")]
    [InlineData("grade")]
    [InlineData("check", "a.tex", "--format", "pdf")]
    [InlineData("solve", "--no-such-option")]
    public void Usage_errors_exit_2_with_one_line_each_and_a_pointer_to_help(params string[] args)
    {
        var run = CliHarness.Run(args);
        Assert.True(run.ExitCode == ExitCodes.BadInput, run.ToString());
        Assert.Equal("", run.Out);
        Assert.Contains("--help'", run.Error);
        Assert.All(run.Error.TrimEnd('\n').Split('\n'), line => Assert.StartsWith("ift6135-sym: ", line));
    }

    [Fact]
    public void The_allowed_values_of_an_option_are_named_on_one_line()
    {
        var run = CliHarness.Run("calc", "det", "[[1]]", "--format", "yaml");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        var line = run.Error.Split('\n')[0];
        Assert.Contains("yaml", line);
        Assert.Contains("'json'", line);
    }
}
