using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// A step refuted only by complex values (a log of a negative number) that holds for positive symbols stays invalid, and
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
