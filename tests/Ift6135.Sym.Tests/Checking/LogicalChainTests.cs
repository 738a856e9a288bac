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

    // Inequalities: a + b - 2c >= 0 is a + b >= 2c with left - right the same (factor 1); (a + b)/2 >= c has half of it (factor 1/2,
    // positive: the direction is kept). Both equivalences are valid.
    [Theory]
    [InlineData(@"a + b \ge 2c \iff a + b - 2c \ge 0", "the statement before's")]
    [InlineData(@"a + b - 2c \ge 0 \iff \frac{a + b}{2} \ge c", "1/2 times")]
    [InlineData(@"a < b \iff -a > -b", "the statement before's")]
    // Strict implies non-strict, and 3x > 6 implies x >= 2 (x - 2 = (3x - 6)/3).
    [InlineData(@"3x > 6 \implies x \ge 2", "1/3 times")]
    public void APositiveMultipleOfAnInequalityFollows(string statement, string detail)
    {
        var steps = Steps($"\\[ {statement} \\]");
        Assert.Equal(StepStatus.Valid, steps[1].Status);
        Assert.Contains(detail, steps[1].Detail);
    }

    // The direction turned (a < b and a > b: left - right is -1 times), a strict inequality from a non-strict one (x >= 2 does not
    // give x > 2 at x = 2), an equivalence between a strict and a non-strict one, and a ratio with a symbol (x^2 > x vs x > 1 is
    // x times it): none is shown, and none is refuted, a logical step.
    [Theory]
    [InlineData(@"a < b \iff a > b")]
    [InlineData(@"x \ge 2 \implies x > 2")]
    [InlineData(@"x > 2 \iff x \ge 2")]
    [InlineData(@"x^2 > x \iff x > 1")]
    public void AnInequalityThatIsNoPositiveMultipleIsNotDecided(string statement) =>
        Assert.Equal(StepStatus.NotChecked, Steps($"\\[ {statement} \\]")[1].Status);

    // Statements that agree only through a given (c = 2): x + c - 4 is x - 2 there, for an equation and for an inequality; without the
    // given the factor x + c - 4 over x - 2 is no number, and nothing is shown.
    [Theory]
    [InlineData(@"x + c = 4 \iff x = 2")]
    [InlineData(@"x + c > 4 \iff x > 2")]
    public void A_link_uses_the_givens(string statement)
    {
        Assert.Equal(StepStatus.Valid, Steps($"% given: c = 2\n\\[ {statement} \\]")[1].Status);
        Assert.Equal(StepStatus.NotChecked, Steps($"\\[ {statement} \\]")[1].Status);
    }

    // A line of a display that restates the established line above it: f(a) + 2 - f(b) is (f(a) + 3) - (f(b) + 1). Checked alone it
    // was refuted (f is any function); it follows from the argued line, and a strict restatement of a non-strict line does not.
    [Theory]
    [InlineData(@"f(a) + 2 \ge f(b)", StepStatus.Valid)]
    [InlineData(@"2 f(b) \le 2 f(a) + 4", StepStatus.Valid)]
    [InlineData(@"f(a) + 2 > f(b)", StepStatus.Invalid)]
    [InlineData(@"f(a) + 1 \ge f(b)", StepStatus.Invalid)]
    public void ALineThatRestatesTheLineAboveFollowsFromIt(string restated, StepStatus expected)
    {
        var steps = Steps("% function: f\n\\begin{align*}\nf(a) + 3 &\\ge f(b) + 1 % argued: the hypothesis\n\\\\\n" + restated + "\n\\end{align*}\n");
        Assert.Equal(expected, steps[^1].Status);
        if (expected == StepStatus.Valid) Assert.Contains("follows from line 3", steps[^1].Detail);
    }

    // The line above refuted establishes nothing: the line below is judged alone (refuted at the same point, a restatement).
    [Fact]
    public void ALineBelowARefutedOneIsJudgedAlone()
    {
        var steps = Steps("% function: f\n\\begin{align*}\nf(a) + 3 &\\ge f(b) + 1 \\\\\nf(a) + 2 &\\ge f(b)\n\\end{align*}\n");
        Assert.Equal([StepStatus.Invalid, StepStatus.Invalid], steps.Select(s => s.Status));
    }

    // Below an undecided line (a KL, which no point can evaluate), a restatement stays undecided, and says which line decides it.
    [Fact]
    public void ALineBelowAnUndecidedOneSaysWhatItFollowsFrom()
    {
        var steps = Steps("% function: p, q, r\n\\begin{align*}\nD_{KL}(q \\| p) + 1 &\\ge D_{KL}(r \\| p) \\\\\n2 D_{KL}(q \\| p) + 2 &\\ge 2 D_{KL}(r \\| p)\n\\end{align*}\n");
        Assert.Equal([StepStatus.Unknown, StepStatus.Unknown], steps.Select(s => s.Status));
        Assert.Contains("follows from line 3 (its left minus right is 2 times the line above's), which is itself undecided", steps[1].Detail);
    }
}
