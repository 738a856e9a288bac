using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// A decided step's sides are printed by the engine when the report reads them (the tex and JSON reports), not while the
/// document is checked: the report must show the same LaTeX as when they were printed at once, also once copied or serialized.
/// </summary>
public sealed class PrintedSidesTests
{
    private static StepReport Step(string doc) => Checker.CheckText(doc, "t.tex").Chains.Single().Steps.Single();

    [Fact]
    public void A_decided_step_shows_its_sides_as_read()
    {
        var step = Step(@"\[ (a+b)^2 = a^2 + 2ab + b^2 \]");
        Assert.Equal((StepStatus.Valid, "(a + b)^{2}", "a^{2} + 2a b + b^{2}"), (step.Status, step.LeftLatex, step.RightLatex));
    }

    /// <summary>A limit's arrow is shown as written (→, \mapsto ↦), not as the ∈ of the other unchecked relations.</summary>
    [Theory]
    [InlineData(@"\[ (1 + a^2)^k \to \infty \]", "→")]
    [InlineData(@"\[ x \mapsto x^2 \]", "↦")]
    [InlineData(@"\[ x \in A \]", "∈")]
    public void An_unchecked_relation_is_shown_as_written(string doc, string shown)
    {
        var step = Step(doc);
        Assert.Equal((StepStatus.NotChecked, shown), (step.Status, step.Relation));
    }

    [Fact]
    public void A_copy_that_sets_a_side_keeps_the_other_printed()
    {
        var step = Step(@"\[ x^2 - 1 = (x - 1)(x + 2) \]") with { LeftLatex = null };
        Assert.Equal((StepStatus.Invalid, (string?)null, "(x - 1)(x + 2)"), (step.Status, step.LeftLatex, step.RightLatex));
    }

    [Fact]
    public void The_json_report_carries_the_printed_sides()
    {
        var report = Checker.CheckText(@"\[ \frac{a}{b} + 1 = \frac{a + b}{b} \]", "t.tex");
        var step = JsonReportFormatter.Parse(JsonReportFormatter.Format(report))!.Chains.Single().Steps.Single();
        Assert.Equal((@"\frac{a}{b} + 1", @"\frac{a + b}{b}"), (step.LeftLatex, step.RightLatex));
    }
}
