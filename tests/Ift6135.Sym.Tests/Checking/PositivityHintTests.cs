using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// A step refuted only by complex values (a log of a negative number) or at negative values that holds for positive symbols stays invalid, and
/// says which declaration would make it hold; the declaration it gives does.
/// </summary>
public sealed class PositivityHintTests
{
    private static StepReport Step(string document) =>
        Assert.Single(Assert.Single(Checker.CheckText(document, "t.tex").Chains).Steps);

    [Theory]
    [InlineData(@"\log \frac{1}{x} = -\log x", "% assume: x > 0")]
    [InlineData(@"\log(ab) = \log a + \log b", "% assume: a > 0, b > 0")]
    [InlineData(@"-t \log t = t \log \frac{1}{t}", "% assume: t > 0")]
    // Refuted at a negative value, not a complex one: the absolute determinant of diag(s_1, s_2) is s_1 s_2 for positive scales.
    [InlineData(@"|s_1 s_2| = s_1 s_2", "% assume: s_{1} > 0, s_{2} > 0")]
    [InlineData(@"\sqrt{\sigma^2} = \sigma", "% assume: \\sigma > 0")]
    public void The_hint_names_the_declaration_and_the_declaration_makes_the_step_hold(string step, string declaration)
    {
        var refuted = Step($"\\[ {step} \\]\n");
        Assert.Equal(StepStatus.Invalid, refuted.Status);
        Assert.Contains(declaration, refuted.Detail, StringComparison.Ordinal);
        Assert.Equal(StepStatus.Valid, Step($"{declaration}\n\\[ {step} \\]\n").Status);
    }

    [Theory]
    [InlineData(@"\log(a + b) = \log a + \log b")]
    [InlineData(@"x^2 = 2x")]
    public void A_step_false_for_positive_values_too_has_no_hint(string step)
    {
        var refuted = Step($"\\[ {step} \\]\n");
        Assert.Equal(StepStatus.Invalid, refuted.Status);
        Assert.DoesNotContain("% assume:", refuted.Detail ?? "", StringComparison.Ordinal);
    }
}
