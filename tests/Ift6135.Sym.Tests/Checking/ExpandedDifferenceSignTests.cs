using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// An inequality whose difference has terms over one denominator that cancel once expanded: 5.1's two inputs z_1 = -(c + 1)/b and
/// z_2 = -(c + 2)/b are different when b ≠ 0, "z_1 ≠ z_2" was unknown (no counterexample in 24 points; the sign of each term alone
/// says nothing). By hand z_1 - z_2 = 1/b, nonzero; (c + 2)/b - (c + 1)/b = 1/b is positive for b &gt; 0 and negative for b &lt; 0.
/// </summary>
public sealed class ExpandedDifferenceSignTests
{
    private static StepStatus[] Verdicts(string text) =>
        Checker.CheckText(text, "t.tex").Chains.SelectMany(c => c.Steps).Where(s => s.Status != StepStatus.Definition).Select(s => s.Status).ToArray();

    [Fact]
    public void The_two_inputs_of_5_1_are_different()
    {
        const string text = "% assume: b \\ne 0\n$z_1 = -\\frac{c+1}{b}$ and $z_2 = -\\frac{c+2}{b}$, so $z_1 \\ne z_2$.\n";
        Assert.Equal([StepStatus.Valid], Verdicts(text));
    }

    [Theory]
    [InlineData("b > 0", @"\frac{c+2}{b} - \frac{c+1}{b} > 0", StepStatus.Valid)]
    [InlineData("b > 0", @"\frac{c+2}{b} > \frac{c+1}{b}", StepStatus.Valid)]
    [InlineData("b < 0", @"\frac{c+2}{b} > \frac{c+1}{b}", StepStatus.Invalid)]
    [InlineData(@"b \ne 0", @"-\frac{c+1}{b} \ne -\frac{c+2}{b}", StepStatus.Valid)]
    [InlineData(@"b \ne 0", @"\frac{c+1}{b} \ne \frac{1}{b} + \frac{c}{b}", StepStatus.Invalid)]
    public void Terms_over_one_denominator_are_compared_once_expanded(string assumption, string step, StepStatus expected) =>
        Assert.Equal([expected], Verdicts($"% assume: {assumption}\n\\[ {step} \\]\n"));
}
