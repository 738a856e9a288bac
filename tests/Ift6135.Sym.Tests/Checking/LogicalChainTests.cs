using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Equations joined by ⇔ / ⇒ are statements being transformed, not identities: they are not checked one by one,
/// and the link between two of them is valid when left − right of one is a nonzero constant times that of the other.
/// Expected verdicts worked out by hand in the comments.
/// </summary>
public class LogicalChainTests
{
    private static IReadOnlyList<StepReport> Steps(string doc)
    {
        var report = Checker.CheckText(doc, "t.tex");
        Assert.Empty(report.Errors);
        return report.Chains.SelectMany(c => c.Steps).ToList();
    }

    // Trial finding 4 (min/iff.tex): d(α + r) − r(α + r + β) = dα + dr − rα − r² − rβ and
    // 0 − (r² + (α + β − d) r − αd) = −r² − αr − βr + dr + αd: equal, so the factor is 1 and the step is valid;
    // neither equation holds for every r (r = 0, d = α = 1: 1 ≠ 0), and neither is checked as an identity.
    [Fact]
    public void SolveForRIsAnEquivalenceNotTwoFalseIdentities()
    {
        var steps = Steps("""
            \begin{align*}
            d(\alpha + r) &= r(\alpha + r + \beta) \\
            \iff 0 &= r^2 + (\alpha + \beta - d) r - \alpha d
            \end{align*}
            """);
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.NotChecked], steps.Select(s => s.Status));
        Assert.Contains("factor 1", steps[1].Detail);
    }

    // 2x − 4 = 2 (x − 2): factor 2, nonzero, so 2x = 4 ⇔ x = 2 and 2x = 4 ⇒ x = 2 are valid.
    [Theory]
    [InlineData(@"\iff")]
    [InlineData(@"\Leftrightarrow")]
    [InlineData(@"\implies")]
    [InlineData(@"\Rightarrow")]
    public void AConstantMultipleIsEquivalent(string link)
    {
        var steps = Steps($"\\[ 2x = 4 {link} x = 2 \\]");
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.NotChecked], steps.Select(s => s.Status));
        Assert.Contains("factor 2", steps[1].Detail);
    }

    // x(x − 1) = 0 has the solutions 0 and 1, x − 1 = 0 only 1: not equivalent, and x = 0 is a point where the
    // first holds and the second fails; the rule only recognises constant factors (the ratio is x), so the step
    // stays not checked, never invalid on that ground; x² = 1 ⇔ x = 1 likewise (ratio x + 1).
    [Theory]
    [InlineData(@"x(x - 1) = 0 \iff x - 1 = 0")]
    [InlineData(@"x^2 = 1 \iff x = 1")]
    public void ANonConstantFactorIsNotDecided(string statement)
    {
        var steps = Steps($"\\[ {statement} \\]");
        Assert.Equal([StepStatus.NotChecked, StepStatus.NotChecked, StepStatus.NotChecked], steps.Select(s => s.Status));
    }

    // A chain without ⇔ is still an identity claim: 2x = 4 alone is false at x = 0.
    [Fact]
    public void AnEquationOutsideALogicalChainIsStillChecked()
    {
        Assert.Equal(StepStatus.Invalid, Assert.Single(Steps(@"\[ 2x = 4 \]")).Status);
    }
}
