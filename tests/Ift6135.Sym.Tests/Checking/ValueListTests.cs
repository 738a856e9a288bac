using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// "Take $a = 1, b = 2, c = 0$": a list of values, each a definition. Only a = 1 was read; b and c were lost as a side
/// condition, so a later a + b + c = 3 was an equation to solve and b = 5 refuted through it. Verdicts by hand.
/// </summary>
public sealed class ValueListTests
{
    private static List<StepReport> Steps(string text) =>
        Checker.CheckText(text, "t.tex").Chains.SelectMany(c => c.Steps).ToList();

    [Fact]
    public void Each_value_of_a_list_is_a_definition()
    {
        var steps = Steps("Take $a = 1, b = 2, c = 0$. Then $a + b + c = 3$ and $a + b + c = 4$.\n");
        Assert.Equal(
            [StepStatus.Definition, StepStatus.Definition, StepStatus.Definition, StepStatus.Valid, StepStatus.Invalid],
            steps.Select(s => s.Status));
    }

    [Fact]
    public void Greek_and_subscripted_names_and_colon_equals_make_lists_too()
    {
        var steps = Steps("Let $\\alpha = 1, \\beta_1 := 2$, so $\\alpha + \\beta_1 = 3$.\n");
        Assert.Equal([StepStatus.Definition, StepStatus.Definition, StepStatus.Valid], steps.Select(s => s.Status));
    }

    /// <summary>An index range after a formula in that index is no value: k stays free, not k := 1.</summary>
    [Theory]
    [InlineData("% function: p, q\nLet $w_k = \\frac{p(x, z_k)}{q(z_k \\mid x)}, k = 1, \\dots, K$. Then $k = 2 k - 1$.\n")]
    [InlineData("Let $y_i = 2 i, i = 1$. Then $i = 2 i - 1$.\n")]
    public void A_range_of_the_formula_s_index_is_no_value(string text)
    {
        var steps = Steps(text);
        Assert.Equal(StepStatus.Definition, steps[0].Status);
        Assert.Single(steps, s => s.Status == StepStatus.Definition);
        Assert.NotEqual(StepStatus.Valid, steps[^1].Status);
    }
}
