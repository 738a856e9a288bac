using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// A step whose justification says "for some c" is an existential claim: true for the right c, so a
/// counterexample at an arbitrary c must not make it invalid; one that holds for every value stays valid.
/// </summary>
public sealed class ExistentialStepTests
{
    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    private static StepReport OnlyStep(CheckReport report) => Assert.Single(Assert.Single(report.Chains).Steps);

    [Theory]
    [InlineData("\\quad \\text{for some $c \\in (a, b)$}")]
    [InlineData("\\text{ for some $c$ between $a$ and $b$}")]
    [InlineData("\\quad\\text{(there exists such a $c$)}")]
    [InlineData("\\text{by the mean value theorem, with some $c$ in $(a,b)$}")]
    [InlineData("\\quad \\text{for some } c \\in (a, b)")]
    [InlineData("\\text{ for some } c")]
    public void The_mean_value_step_for_some_c_is_unknown_not_invalid(string justification)
    {
        // For f(t) = t^2 and c = 0 the sides differ (b^2 - a^2 vs 0), yet c = (a + b)/2 makes them equal.
        var report = Run($"% function: f\n\\[ f(b) - f(a) = f'(c)(b - a) {justification} \\]\n");
        var step = OnlyStep(report);
        Assert.Equal(StepStatus.Unknown, step.Status);
        Assert.Null(step.Counterexample);
        Assert.Contains("existential claim", step.Detail, StringComparison.Ordinal);
        Assert.Equal(1, report.ExitCode);
    }

    [Fact]
    public void A_step_that_holds_for_every_value_stays_valid()
    {
        var step = OnlyStep(Run("\\[ (c + 1)^2 = c^2 + 2c + 1 \\quad \\text{for some $c$} \\]\n"));
        Assert.Equal(StepStatus.Valid, step.Status);
    }

    [Fact]
    public void The_conclusion_that_rests_on_an_existential_step_is_not_refuted_either()
    {
        var doc = """
            % function: f
            \begin{align*}
            f(b) - f(a) &= f'(c)(b - a) \quad \text{for some $c \in (a, b)$} \\
              &= (b - a) f'(c)
            \end{align*}
            """;
        var chain = Assert.Single(Run(doc).Chains);
        Assert.Equal([StepStatus.Unknown, StepStatus.Valid], chain.Steps.Select(s => s.Status));
        Assert.Equal(StepStatus.Unknown, chain.Conclusion!.Status);
        Assert.Contains("existential claim", chain.Conclusion.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_after_a_side_end_it_and_what_follows_them_is_not_a_factor()
    {
        // Read as (c + 1)^2 = c^2 + 2c + 1 (valid), not as (c^2 + 2c + 1) c (which c = 2 refutes: 9 vs 18).
        var step = OnlyStep(Run("\\[ (c + 1)^2 = c^2 + 2c + 1 \\quad \\text{for some } c \\in (0, 1) \\]\n"));
        Assert.Equal(StepStatus.Valid, step.Status);
        Assert.Equal("c^2 + 2c + 1", step.Right);
        Assert.Equal("for some c \\in (0, 1)", step.Justification);
    }

    [Fact]
    public void A_short_label_in_text_is_not_prose()
    {
        // \text{d} is skipped as before (no words): 2 \text{d} x reads as 2x.
        var step = OnlyStep(Run("\\[ x + x = 2 \\text{d} x \\]\n"));
        Assert.Equal(StepStatus.Valid, step.Status);
    }

    [Fact]
    public void Without_such_words_a_justification_does_not_weaken_a_refutation()
    {
        // "by the chain rule" claims nothing existential: the wrong derivative stays invalid (x = 1: 2 vs 1).
        var step = OnlyStep(Run("\\[ \\frac{d}{dx} x^2 = x \\quad \\text{by the chain rule} \\]\n"));
        Assert.Equal(StepStatus.Invalid, step.Status);
        Assert.NotNull(step.Counterexample);
    }
}
