using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Tests.Engine.Equivalence;

/// <summary>
/// The rational-identity test of the symbolic pass: each identity below was checked by hand (the
/// partial fractions by putting them over the common denominator on paper), each non-identity has a
/// point where it is nonzero, given in the comment.
/// </summary>
public class ClearedDenominatorsTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y");

    [Fact]
    public void PartialFractionsOverDistinctDenominatorsAreZero()
    {
        // 1/(x-1) - 1/(x+1) = ((x+1) - (x-1)) / (x²-1) = 2/(x²-1)
        Assert.True(ClearedDenominators.IsZero(1 / (X - 1) - 1 / (X + 1) - 2 / (X.Pow(2) - 1)));
        // x/(2x+2) = 1/2 - 1/(2(x+1)): the factor 2 of one denominator is content, not a new factor.
        Assert.True(ClearedDenominators.IsZero(X / (2 * X + 2) - Build.Div(1, 2) + 1 / (2 * (X + 1))));
        // 1/(x-y) + 1/(y-x) = 0: the two denominators are one primitive polynomial up to sign.
        Assert.True(ClearedDenominators.IsZero(1 / (X - Y) + 1 / (Y - X)));
    }

    [Fact]
    public void NonIdentitiesAreNotShownZero()
    {
        // At x = 0: -1 - 1 - 2 = -4, not 0.
        Assert.False(ClearedDenominators.IsZero(1 / (X - 1) - 1 / (X + 1) - 2 / (X.Pow(2) + 1)));
        // At x = 2, y = 1: 1/3 - 1/2 ≠ 0.
        Assert.False(ClearedDenominators.IsZero(1 / (X + Y) - 1 / (X.Pow(2) - Y.Pow(2)) * X));
    }

    [Fact]
    public void RepeatedDenominatorFactorsAndNegativePowersCancel()
    {
        // (x+1)^-2 · (x+1) = 1/(x+1), and x^-1 · x^2 = x.
        Assert.True(ClearedDenominators.IsZero((X + 1).Pow(-2) * (X + 1) - 1 / (X + 1)));
        Assert.True(ClearedDenominators.IsZero(X.Pow(-1) * X.Pow(2) - X));
        // (1/(x+y))² · (x+y) · (x-y) = (x-y)/(x+y)
        Assert.True(ClearedDenominators.IsZero((1 / (X + Y)).Pow(2) * (X + Y) * (X - Y) - (X - Y) / (X + Y)));
    }

    [Fact]
    public void SquareRootAtomsCombineByExponent()
    {
        // √x / x = x^(1/2 - 1) = 1/√x for x ≠ 0 (principal branch: x^a x^b = x^(a+b) always).
        Assert.True(ClearedDenominators.IsZero(Build.Sqrt(X) / X - 1 / Build.Sqrt(X)));
        // √x·√y is not √(xy) as atoms (false for x = y = -1): not shown zero.
        Assert.False(ClearedDenominators.IsZero(Build.Sqrt(X) * Build.Sqrt(Y) - Build.Sqrt(X * Y)));
    }

    [Fact]
    public void InverseOfAProductIsTheProductOfInversesReversed()
    {
        // (AB)⁻¹ = B⁻¹A⁻¹ for invertible A, B: a theorem; entry by entry it is a rational identity in
        // the eight entries whose denominators are det(AB) (expanded) and det A · det B.
        var a = Matrix.Of(2, 2, (r, c) => Symbol.Of($"a{r}{c}"));
        var b = Matrix.Of(2, 2, (r, c) => Symbol.Of($"b{r}{c}"));
        var left = Inverse.Of(MatrixOps.Multiply(a, b));
        var right = MatrixOps.Multiply(Inverse.Of(b), Inverse.Of(a));
        var wrong = MatrixOps.Multiply(Inverse.Of(a), Inverse.Of(b));
        for (var r = 0; r < 2; r++)
            for (var c = 0; c < 2; c++)
                Assert.True(ClearedDenominators.IsZero(Build.Sub(left[r, c], right[r, c])), $"entry ({r}, {c})");
        // A⁻¹B⁻¹ differs from (AB)⁻¹ for non-commuting A, B (entry (0,0) at A = [[1,1],[0,1]], B = [[1,0],[1,1]]:
        // (AB)⁻¹ = [[1,-1],[-1,2]], A⁻¹B⁻¹ = [[2,-1],[-1,1]]).
        Assert.False(ClearedDenominators.IsZero(Build.Sub(left[0, 0], wrong[0, 0])));
    }
}
