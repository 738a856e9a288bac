using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Question 5.2 with helper names, s_i := \sigma(a_i z + b_i) and m(z) := w_1 s_1 + w_2 s_2: the a_1 the pattern makes is the a_1 the
/// template declares (a_1 &gt; 0), and m depends on its parameter through s_1, s_2, so m'(z) = w_1 a_1 s_1 (1 - s_1) + w_2 a_2 s_2 (1 - s_2)
/// (\sigma' = \sigma (1 - \sigma)). Before, a counterexample gave two values to a_1, and m'(z) was 0. Verdicts by hand.
/// </summary>
public sealed class NamesInsideDefinitionsTests
{
    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    private const string Template = "% assume: w_1 > 0, a_1 > 0\n% assume: w_2 > 0, a_2 > 0\n% assume: w_1 + w_2 = 1\n";

    [Fact]
    public void An_entry_made_by_a_pattern_has_the_facts_declared_for_it()
    {
        var report = Run(Template + "Let $s_i = \\sigma(a_i z + b_i)$. Then $s_1 = \\sigma(a_1 z + b_1)$ and $s_1 > 0$.\n");
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.Valid], report.Chains.SelectMany(c => c.Steps).Select(s => s.Status));
    }

    [Theory]
    [InlineData("w_1 a_1 s_1 (1 - s_1) + w_2 a_2 s_2 (1 - s_2)", StepStatus.Valid)]
    [InlineData("w_1 s_1 (1 - s_1) + w_2 s_2 (1 - s_2)", StepStatus.Invalid)]
    public void A_function_defined_through_names_depends_on_its_parameter_through_them(string derivative, StepStatus expected)
    {
        var report = Run(Template + "Let $s_i = \\sigma(a_i z + b_i)$ and $m(z) = w_1 s_1 + w_2 s_2$. Then $m'(z) = " + derivative + "$.\n");
        Assert.Empty(report.Errors);
        Assert.Equal(expected, report.Chains[^1].Steps.Single().Status);
    }
}
