using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Asm = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Engine.Signs;

/// <summary>The radial flow's assumptions: alpha &gt; 0, beta ≥ -alpha, r ≥ 0 (statement, question 5.4).</summary>
public class RelationalReasoningTests
{
    private static readonly Symbol Alpha = Symbol.Of("alpha"), Beta = Symbol.Of("beta"), R = Symbol.Of("r");

    private static readonly SignReasoner Radial = new(Asm.Of(
        new Relation(RelationKind.Greater, Alpha, 0),
        new Relation(RelationKind.GreaterOrEqual, Beta, -Alpha),
        new Relation(RelationKind.GreaterOrEqual, R, 0)));

    [Fact]
    public void AssumedSumIsAKnownAtom()
    {
        Assert.Equal(Truth.True, Radial.IsNonnegative(Alpha + Beta));
        Assert.Equal(Truth.True, Radial.IsNonnegative(Beta + Alpha));
        Assert.Equal(Truth.True, Radial.IsNonpositive(-Alpha - Beta));
        Assert.Equal(Truth.True, Radial.IsNonnegative(3 * Alpha + 3 * Beta));
        Assert.Equal(Truth.Unknown, Radial.IsNonnegative(Beta));
        Assert.Equal(Truth.True, Radial.Prove(new Relation(RelationKind.LessOrEqual, -Alpha, Beta)));
    }

    [Fact]
    public void SumSplitsIntoKnownGroups()
    {
        Assert.Equal(Truth.True, Radial.IsNonnegative(Alpha + Beta + R));
        Assert.Equal(Truth.True, Radial.IsPositive(Alpha + Beta + R + 1));
        Assert.Equal(Truth.True, Radial.IsPositive(2 * Alpha + Beta));        // (alpha + beta) + alpha
        Assert.Equal(Truth.Unknown, Radial.IsNonnegative(Beta + R));
    }

    [Fact]
    public void SlackSubstitutionProvesAlphaBetaPlusAlphaSquared()
    {
        // alpha beta + alpha^2 = alpha (alpha + beta) >= 0.
        Assert.Equal(Truth.True, Radial.IsNonnegative(Alpha * Beta + Alpha.Pow(2)));
        Assert.Equal(Truth.Unknown, Radial.IsNonnegative(Alpha * Beta));
    }

    /// <summary>
    /// A symbol bounded away from 0 (x &gt; 1, x &lt; 3) is written through a slack from its bound: x^2 - x = t^2 + t with x = 1 + t,
    /// t &gt; 0. The bounds of x^2 and -x alone (x^2 &gt; 1, -x &lt; -1) leave the sign open. By hand: x^2 - x = x(x - 1) &gt; 0 for x &gt; 1;
    /// x^3 - x^2 = x^2 (x - 1) &gt; 0; 9 - x^2 = (3 - x)(3 + x) &gt; 0 for 0 &lt; x &lt; 3; x^2 - 4 changes sign on x &gt; 1 (x = 1.5, x = 3).
    /// </summary>
    [Fact]
    public void A_bound_away_from_zero_is_read_through_a_slack()
    {
        var x = Symbol.Of("x");
        var aboveOne = new SignReasoner(Asm.Of(new Relation(RelationKind.Greater, x, 1)));
        Assert.Equal(Truth.True, aboveOne.IsPositive(x.Pow(2) - x));
        Assert.Equal(Truth.True, aboveOne.IsPositive(x.Pow(3) - x.Pow(2)));
        Assert.Equal(Truth.Unknown, aboveOne.IsPositive(x.Pow(2) - 4));
        var between = new SignReasoner(Asm.Of(new Relation(RelationKind.Greater, x, 0), new Relation(RelationKind.Less, x, 3)));
        Assert.Equal(Truth.True, between.IsPositive(9 - x.Pow(2)));
    }

    [Fact]
    public void RadialFlowDeterminantFactorIsNonnegative()
    {
        // 1 + alpha beta / (alpha + r)^2 = ((alpha + r)^2 + alpha beta) / (alpha + r)^2, and with
        // beta = t - alpha (t >= 0) the numerator is 2 alpha r + r^2 + alpha t >= 0.
        var h = 1 + Alpha * Beta / (Alpha + R).Pow(2);
        Assert.Equal(Truth.True, Radial.IsNonnegative(h));
        Assert.Equal(Truth.True, Radial.Prove(new Relation(RelationKind.GreaterOrEqual, h, 0)));
        // It can be 0 (beta = -alpha, r = 0), so strict positivity must not be claimed.
        Assert.NotEqual(Truth.True, Radial.IsPositive(h));
        Assert.NotEqual(Truth.False, Radial.IsPositive(h));
    }

    [Fact]
    public void RadialFlowWithStrictBetaIsPositive()
    {
        var strict = new SignReasoner(Asm.Of(
            new Relation(RelationKind.Greater, Alpha, 0),
            new Relation(RelationKind.Greater, Beta, -Alpha),
            new Relation(RelationKind.GreaterOrEqual, R, 0)));
        Assert.Equal(Truth.True, strict.IsPositive(1 + Alpha * Beta / (Alpha + R).Pow(2)));
    }

    [Fact]
    public void WithoutTheRelationTheFactorIsUnknown()
    {
        var weak = new SignReasoner(Asm.Of(
            new Relation(RelationKind.Greater, Alpha, 0),
            new Relation(RelationKind.GreaterOrEqual, R, 0)));
        Assert.Equal(Truth.Unknown, weak.IsNonnegative(1 + Alpha * Beta / (Alpha + R).Pow(2)));
    }

    [Fact]
    public void RadialFlowDerivativeOfTheRadiusEquationIsPositive()
    {
        // d/dr [r (1 + beta/(alpha + r))] = 1 + beta/(alpha + r) - beta r/(alpha + r)^2
        //                                 = 1 + alpha beta/(alpha + r)^2, written unsimplified.
        var d = 1 + Beta / (Alpha + R) - Beta * R / (Alpha + R).Pow(2);
        Assert.Equal(Truth.True, Radial.IsNonnegative(d));
    }

    [Fact]
    public void UpperBoundRelationsWork()
    {
        var x = Symbol.Of("x");
        var y = Symbol.Of("y");
        var r = new SignReasoner(Asm.Of(new Relation(RelationKind.LessOrEqual, x + y, 2)));
        Assert.Equal(Truth.True, r.IsPositive(3 - x - y));
        Assert.Equal(Truth.Unknown, r.IsPositive(1 - x - y));
        Assert.Equal(Truth.False, r.Prove(new Relation(RelationKind.Greater, x + y, 2)));
    }

    [Fact]
    public void EqualityAssumptionGivesAPoint()
    {
        var a = Symbol.Of("a");
        var b = Symbol.Of("b");
        var r = new SignReasoner(Asm.Of(Relation.Eq(a + b, 1)));
        Assert.Equal(Interval.Point(1), r.Bounds(a + b));
        Assert.Equal(Truth.True, r.IsPositive(a + b));
        Assert.Equal(Truth.False, r.Prove(Relation.Eq(a + b, 2)));
    }
}
