using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using Assume = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Engine.Signs;

/// <summary>
/// Inequalities between a function at two ordered points, H(b) - H(a) &gt; 0 for b &gt; a and H increasing: proved by the mean value
/// theorem (<see cref="MonotoneDifference"/>), never where the theorem does not apply. Each verdict worked out by hand.
/// </summary>
public sealed class MonotoneDifferenceTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), A = Symbol.Of("a"), B = Symbol.Of("b");

    private static Truth Prove(RelationKind kind, Expr left, Expr right, params Relation[] assumptions) =>
        new SignReasoningProver().Prove(new Relation(kind, left, right), Assume.Of(assumptions));

    private static Relation Greater(Expr l, Expr r) => new(RelationKind.Greater, l, r);

    [Fact]
    public void A_cube_increases_though_its_slope_vanishes_at_zero()
    {
        // y^3 - x^3 = (y - x)(y^2 + xy + x^2) > 0 for y > x; the slope 3c^2 is 0 only at c = 0.
        Assert.Equal(Truth.True, Prove(RelationKind.Greater, Y.Pow(3) - X.Pow(3), Number.Zero, Greater(Y, X)));
        Assert.Equal(Truth.True, Prove(RelationKind.Less, X.Pow(3), Y.Pow(3), Greater(Y, X)));
        Assert.Equal(Truth.True, Prove(RelationKind.GreaterOrEqual, Y.Pow(3) + Y - X.Pow(3) - X, Number.Zero, new Relation(RelationKind.GreaterOrEqual, Y, X)));
    }

    [Fact]
    public void A_function_whose_slope_has_either_sign_is_not_proved()
    {
        // y^2 - x^2 < 0 at x = -2, y = 1 (y > x); without y > x nothing orders the points.
        Assert.Equal(Truth.Unknown, Prove(RelationKind.Greater, Y.Pow(2) - X.Pow(2), Number.Zero, Greater(Y, X)));
        Assert.Equal(Truth.Unknown, Prove(RelationKind.Greater, Y.Pow(3) - X.Pow(3), Number.Zero));
    }

    [Fact]
    public void A_quotient_whose_pole_may_lie_between_the_points_is_not_proved()
    {
        // 1/a - 1/b = -2 at a = -1, b = 1, though the slope 1/c^2 is positive wherever it is defined.
        Assert.Equal(Truth.Unknown, Prove(RelationKind.Greater, 1 / (Expr)A - 1 / (Expr)B, Number.Zero, Greater(B, A)));
    }

    [Fact]
    public void An_undefined_function_with_a_positive_slope_at_the_point_between_increases()
    {
        // g(b) - g(a) = g'(c)(b - a) with g'(c) > 0 at the theorem's point; b + f(b) - (a + f(a)) with 1 + f'(c) > 0.
        var point = MonotoneDifference.Point;
        var g = (Expr z) => Apply.Of("g", z);
        var slope = Apply.Of("g", point).Differentiated(0);
        Assert.Equal(Truth.True, Prove(RelationKind.Greater, g(B) - g(A), Number.Zero, Greater(B, A), Greater(slope, Number.Zero)));
        // Without what is known of g' there, or of the order of the points, nothing.
        Assert.Equal(Truth.Unknown, Prove(RelationKind.Greater, g(B) - g(A), Number.Zero, Greater(B, A)));
        Assert.Equal(Truth.Unknown, Prove(RelationKind.Greater, g(B) - g(A), Number.Zero, Greater(slope, Number.Zero)));
        // The points the other way round: g(a) - g(b) < 0, not > 0.
        Assert.Equal(Truth.Unknown, Prove(RelationKind.Greater, g(A) - g(B), Number.Zero, Greater(B, A), Greater(slope, Number.Zero)));
    }
}
