using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using R = Ift6135.Sym.Symbolic.Parsing.Latex.LatexRelation;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>A chain's conclusion follows from its verified steps by composing their relations.</summary>
public class ChainConclusionTests
{
    // The table, written out by hand: a R1 b and b R2 c imply a (R1 then R2) c.
    [Theory]
    [InlineData(R.Equal, R.Equal, R.Equal)]
    [InlineData(R.Equal, R.Less, R.Less)]
    [InlineData(R.Less, R.Equal, R.Less)]
    [InlineData(R.LessOrEqual, R.Less, R.Less)]
    [InlineData(R.Less, R.LessOrEqual, R.Less)]
    [InlineData(R.LessOrEqual, R.LessOrEqual, R.LessOrEqual)]
    [InlineData(R.Less, R.Less, R.Less)]
    [InlineData(R.Equal, R.GreaterOrEqual, R.GreaterOrEqual)]
    [InlineData(R.GreaterOrEqual, R.Greater, R.Greater)]
    [InlineData(R.GreaterOrEqual, R.GreaterOrEqual, R.GreaterOrEqual)]
    [InlineData(R.Equal, R.NotEqual, R.NotEqual)]
    [InlineData(R.NotEqual, R.Equal, R.NotEqual)]
    public void ComposedRelations(R first, R second, R expected) => Assert.Equal(expected, ChainConclusion.Compose(first, second));

    [Theory]
    [InlineData(R.Less, R.Greater)]
    [InlineData(R.LessOrEqual, R.GreaterOrEqual)]
    [InlineData(R.NotEqual, R.NotEqual)]
    [InlineData(R.NotEqual, R.Less)]
    [InlineData(R.Equal, R.Approx)]
    [InlineData(R.Implies, R.Equal)]
    public void RelationsThatSayNothingTogether(R first, R second) => Assert.Null(ChainConclusion.Compose(first, second));

    [Fact]
    public void ALongChainComposesLeftToRight()
    {
        Assert.Equal(R.Less, ChainConclusion.Compose([R.Equal, R.LessOrEqual, R.Equal, R.Less, R.LessOrEqual]));
        Assert.Null(ChainConclusion.Compose([R.Less, R.Equal, R.Greater]));
    }

    [Fact]
    public void AConclusionTheDeciderCannotReachFollowsFromVerifiedSteps()
    {
        // x^4 - x^2 + 1 < 1 for 0 < x < 1: each step is easy (a factorization, then a sign), the direct
        // comparison of the ends is not; the conclusion is valid because its steps are.
        var doc = """
            % case: 0 < x, x < 1
            \begin{align*}
            x^4 - x^2 + 1 &= x^2(x^2 - 1) + 1 \\
              &< 1
            \end{align*}
            """;
        var chain = Assert.Single(Checker.CheckText(doc, "t.tex").Chains);
        Assert.All(chain.Steps, s => Assert.Equal(StepStatus.Valid, s.Status));
        Assert.Equal((StepStatus.Valid, "<", StepOutcome.TransitivityDetail), (chain.Conclusion!.Status, chain.Conclusion.Relation, chain.Conclusion.Detail));
    }

    [Fact]
    public void AChainWithAFailedStepHasItsConclusionDecidedDirectly()
    {
        var doc = """
            \begin{align*}
            (a+1)^2 &= a^2 + 1 \\
              &\le a^2 + 2a + 1
            \end{align*}
            """;
        var chain = Assert.Single(Checker.CheckText(doc, "t.tex").Chains);
        Assert.Equal(StepStatus.Invalid, chain.Steps[0].Status);
        // (a+1)^2 <= (a+1)^2 holds: decided on its own, not taken from the steps.
        Assert.Equal(StepStatus.Valid, chain.Conclusion!.Status);
        Assert.NotEqual(StepOutcome.TransitivityDetail, chain.Conclusion.Detail);
    }

    /// <summary>0 &lt; s &lt; 1 states where s lies: "0 &lt; 1" is no conclusion of it; a chain with a name at an end still has one.</summary>
    [Theory]
    [InlineData(@"0 < \sigma(x) < 1", false)]
    [InlineData(@"-1 < -\sigma(x) < 0", false)]
    [InlineData(@"0 < \sigma(x) < 1 + x^2", true)]
    public void ARangeBetweenTwoConstantsHasNoConclusion(string range, bool concludes)
    {
        var chain = Assert.Single(Checker.CheckText($"\\[ {range} \\]\n", "t.tex").Chains);
        Assert.All(chain.Steps, s => Assert.Equal(StepStatus.Valid, s.Status));
        Assert.Equal(concludes, chain.Conclusion is not null);
    }
}
