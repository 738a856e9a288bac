using Ift6135.Sym.Tests.Cli;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>The command line on hostile operands, in-process: exit code 2, one located message, never a stack trace.</summary>
public sealed class CliBadInputTests
{
    public static TheoryData<string[], string> BadCalls() => new()
    {
        { ["calc", "diff", new string('(', 3_000) + "x" + new string(')', 3_000)], "nesting deeper than 200 levels" },
        { ["calc", "simplify", string.Concat(Enumerable.Repeat("-", 50_000)) + "x"], "nesting deeper than 200 levels" },
        { ["calc", "simplify", new string('9', 20_001)], "MaxNumberDigits" },
        { ["calc", "diff", "x \u2013 y"], "U+2013 EN DASH looks like '-'" },
        { ["calc", "simplify", "x +\0 y"], "U+0000" },
        { ["calc", "simplify", "(x + 1"], "expected ')' to close the '('" },
        { ["calc", "simplify", "1/0"], "division by zero" },
        { ["calc", "diff", "2x"], "implicit multiplication" },
    };

    [Theory]
    [MemberData(nameof(BadCalls), DisableDiscoveryEnumeration = true)]
    public void A_bad_operand_exits_with_code_2_and_a_located_message(string[] args, string expected)
    {
        var result = Symbolic.Safety.Guarded.Run(() => CliHarness.Run(args), TimeSpan.FromSeconds(20));
        Assert.True(result.Completed, result.Detail);
        var run = result.Value!;
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Contains("^", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error + run.Out, StringComparison.Ordinal);
        Assert.True(run.Error.Length < 2_000, $"message of {run.Error.Length} characters");
    }

    [Fact]
    public void An_expansion_past_the_term_limit_exits_with_code_2_naming_the_limit()
    {
        var run = CliHarness.Run("calc", "expand", "(a + b + c + d)^40");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("more than the limit of 10000", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
