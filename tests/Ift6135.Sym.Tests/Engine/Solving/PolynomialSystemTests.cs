using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Polynomials;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Symbolic.Solving;

namespace Ift6135.Sym.Tests.Engine.Solving;

/// <summary>Two polynomial equations in two unknowns, by resultant and back-substitution; every expected point worked out by hand.</summary>
public class PolynomialSystemTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y");

    private static HashSet<(Expr, Expr)> Points(params (Expr, Expr)[] points) => points.ToHashSet();

    private static HashSet<(Expr, Expr)> Solve(Expr p, Expr q) => Solver.SolveRealSystem(p, q, X, Y).ToHashSet();

    [Fact]
    public void NeitherEquationHasASingleUnknown()
    {
        // y = -x^2 from the first; then x + x^4 = x (1 + x)(x^2 - x + 1) = 0: x = 0 or x = -1 (the quadratic has no real root).
        Assert.Equal(Points((0, 0), (-1, -1)), Solve(Y + X.Pow(2), X + Y.Pow(2)));
    }

    [Fact]
    public void FourPointsFromProductsOfLines()
    {
        // y (2x + y - 1) = 0 and x (x + 2y - 1) = 0: y = 0 with x in {0, 1}; x = 0 with y = 1; 2x + y = 1 = x + 2y gives x = y = 1/3.
        Assert.Equal(Points((0, 0), (1, 0), (0, 1), (Number.Of(1, 3), Number.Of(1, 3))),
            Solve(Y * (2 * X + Y - 1), X * (X + 2 * Y - 1)));
    }

    [Fact]
    public void AFactorWithoutRealRootsIsDiscardedBySturm()
    {
        // y (1 + 3x^2 + y^2) = 0 and x (1 + x^2 + 3y^2) = 0: the brackets are positive, so only (0, 0).
        Assert.Equal(Points((0, 0)), Solve(Y * (1 + 3 * X.Pow(2) + Y.Pow(2)), X * (1 + X.Pow(2) + 3 * Y.Pow(2))));
    }

    [Fact]
    public void IrrationalRootsAreBackSubstituted()
    {
        // x^2 = 2 and y = x: (sqrt 2, sqrt 2) and (-sqrt 2, -sqrt 2).
        var r = Build.Sqrt(2);
        Assert.Equal(Points((r, r), (-r, -r)), Solve(X.Pow(2) - 2, Y - X));
    }

    [Fact]
    public void AnEquationWithoutTheEliminatedUnknown()
    {
        // 2xy = 0 and x^2 = 1: x = +-1, then y = 0.
        Assert.Equal(Points((1, 0), (-1, 0)), Solve(2 * X * Y, X.Pow(2) - 1));
    }

    [Fact]
    public void NoRealSolution()
    {
        // x^2 + y^2 + 1 > 0 everywhere.
        Assert.Empty(Solve(X.Pow(2) + Y.Pow(2) + 1, X - Y));
    }

    [Fact]
    public void ACommonFactorIsReportedNotSolved()
    {
        // y (1 + 2xy) and x (1 + 2xy) both vanish on the hyperbola xy = -1/2.
        var e = Assert.Throws<NotIsolatedSolutionsException>(() => Solve(Y * (1 + 2 * X * Y), X * (1 + 2 * X * Y)));
        Assert.Contains("share a factor", e.Message);
    }

    [Fact]
    public void ALineOfSolutionsAlongTheOtherUnknownIsReportedNotLost()
    {
        // x (y - 1) = 0 and x (y + 1) = 0: Res_y = 2x^2 is not zero, yet at x = 0 both vanish for every y (the line x = 0);
        // 3x^2 y = 0 and x^3 = 0: x = 0 and y anything. Both were returned as no solution at all.
        foreach (var (p, q) in new[] { (X * (Y - 1), X * (Y + 1)), (3 * X.Pow(2) * Y, X.Pow(3)) })
        {
            var e = Assert.Throws<NotIsolatedSolutionsException>(() => Solve(p, q));
            Assert.Contains("every point with x = 0", e.Message);
        }
        // x (y - 1) = 0 and y (y + 1) = 0 is not such a system: y = 0 or y = -1, each forcing x = 0; the points (0, 0) and (0, -1).
        Assert.Equal(Points((0, 0), (0, -1)), Solve(X * (Y - 1), Y * (Y + 1)));
    }

    [Fact]
    public void IrrationalRootsOfACubicAreRefused()
    {
        // x^3 = 2 has one real root 2^(1/3): not rational, and its factor is cubic.
        var e = Assert.Throws<UnsupportedEquationException>(() => Solve(X.Pow(3) - 2, Y));
        Assert.Contains("not rational", e.Message);
    }

    [Fact]
    public void ResultantEliminatesY()
    {
        // Res_y(y + x^2, y^2 + x) = (y^2 + x) at y = -x^2 = x^4 + x (the first is monic of degree 1 in y).
        var p = UnivariatePolynomial.From(Y + X.Pow(2), Y)!;
        var q = UnivariatePolynomial.From(Y.Pow(2) + X, Y)!;
        Assert.Equal(X.Pow(4) + X, Resultant.Of(p, q));
    }

    [Theory]
    [InlineData(new[] { -2, 0, 0, 1 }, 1)]      // x^3 - 2
    [InlineData(new[] { 1, 0, 0, 0, 1 }, 0)]    // x^4 + 1
    [InlineData(new[] { 6, 0, -5, 0, 1 }, 4)]   // (x^2 - 2)(x^2 - 3)
    [InlineData(new[] { 1, 2, 1 }, 1)]          // (x + 1)^2: one distinct root
    public void SturmCountsDistinctRealRoots(int[] coefficients, int expected) =>
        Assert.Equal(expected, SturmSequence.DistinctRealRoots(UnivariatePolynomial.FromCoefficients(X, coefficients.Select(c => (Expr)Number.Of(c)))));

    [Theory]
    [InlineData(new[] { -6, -35, -6, -1 }, 0)]    // -(x^3 + 6x^2 + 35x + 6): one real root, near -0.18
    [InlineData(new[] { -2, 0, 0, 1 }, 1)]        // x^3 - 2: 2^(1/3)
    [InlineData(new[] { 6, 0, -5, 0, 1 }, 2)]     // (x^2 - 2)(x^2 - 3): sqrt 2 and sqrt 3 above 0, their negatives below
    [InlineData(new[] { 1, 3, 3, 1 }, 0)]         // (x + 1)^3
    public void SturmCountsDistinctPositiveRoots(int[] coefficients, int expected) =>
        Assert.Equal(expected, SturmSequence.DistinctPositiveRoots(UnivariatePolynomial.FromCoefficients(X, coefficients.Select(c => (Expr)Number.Of(c)))));

    [Fact]
    public void PositiveRootsLeaveOutAFactorWhoseRootsAreAllNegative()
    {
        // x (x - 2)(x^3 + 6x^2 + 35x + 6): RealRoots cannot write the cubic's irrational root and gives up; it is negative,
        // so the positive roots are {2} (0 is not positive).
        var p = UnivariatePolynomial.From(Rewrite.Expand(X * (X - 2) * (X.Pow(3) + 6 * X.Pow(2) + 35 * X + 6)), X)!;
        Assert.Throws<UnsupportedEquationException>(() => Solver.RealRoots(p));
        Assert.Equal([Number.Of(2)], Solver.PositiveRealRoots(p));
        // A cubic with a positive irrational root still cannot be written: the caller is told so.
        Assert.Throws<UnsupportedEquationException>(() => Solver.PositiveRealRoots(UnivariatePolynomial.From(X.Pow(3) - 2, X)!));
    }
}
