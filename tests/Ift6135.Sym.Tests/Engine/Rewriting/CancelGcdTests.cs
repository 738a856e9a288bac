using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Tests.Engine.Generators;

namespace Ift6135.Sym.Tests.Engine.Rewriting;

/// <summary>Cancel's polynomial divisors: Euclid in one symbol (UnivariatePolynomial), exact division in several.</summary>
public class CancelGcdTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), Z = Symbol.Of("z");

    [Fact]
    public void UnivariateGcdWithRationalCoefficients()
    {
        // (x^2 - 1/4)/(2x + 1) = (x - 1/2)(x + 1/2) / (2 (x + 1/2)) = x/2 - 1/4, by hand.
        Assert.Equal(X / 2 - Number.Of(1, 4), Rewrite.Cancel((X.Pow(2) - Number.Of(1, 4)) / (2 * X + 1)));
        // (x^3 - x)/(x^2 + x) = (x - 1)(x + 1) x / (x (x + 1)) = x - 1
        Assert.Equal(X - 1, Rewrite.Cancel((X.Pow(3) - X) / (X.Pow(2) + X)));
    }

    [Fact]
    public void SeveralSymbolsCancelWhenOneSumDividesTheOther()
    {
        // (x^2 - y^2)/(x - y) = x + y
        Assert.Equal(X + Y, Rewrite.Cancel((X.Pow(2) - Y.Pow(2)) / (X - Y)));
        // (x - y)/(x^2 - y^2) = 1/(x + y)
        Assert.Equal((X + Y).Pow(-1), Rewrite.Cancel((X - Y) / (X.Pow(2) - Y.Pow(2))));
        // (x^3 + y^3) z / ((x + y) z^2) = (x^2 - x y + y^2)/z
        Assert.Equal((X.Pow(2) - X * Y + Y.Pow(2)) / Z, Rewrite.Cancel((X.Pow(3) + Y.Pow(3)) * Z / ((X + Y) * Z.Pow(2))));
    }

    [Fact]
    public void SeveralSymbolsWithoutExactDivisionAreLeftAlone()
    {
        // gcd(x^2 - y^2, x^2 + 2xy + y^2) = x + y, but neither divides the other: the heuristic does not see it.
        var e = (X.Pow(2) - Y.Pow(2)) / (X.Pow(2) + 2 * X * Y + Y.Pow(2));
        var cancelled = Rewrite.Cancel(e);
        NumericCheck.AssertSameValues(e, cancelled, NumericCheck.Points([X, Y]));
    }

    [Fact]
    public void CancellationKeepsTheValue()
    {
        foreach (var e in new[]
        {
            (X.Pow(4) - Y.Pow(4)) / (X.Pow(2) + Y.Pow(2)),
            (X.Pow(2) * Y - Y.Pow(3)) / (X * Y + Y.Pow(2)),
            (X.Pow(6) - 1) / ((X.Pow(2) - 1) * (X + 2)),
        })
            NumericCheck.AssertSameValues(e, Rewrite.Cancel(e), NumericCheck.Points([X, Y]));
        Assert.Equal(X.Pow(2) - Y.Pow(2), Rewrite.Cancel((X.Pow(4) - Y.Pow(4)) / (X.Pow(2) + Y.Pow(2))));
    }

    [Fact]
    public void HugePowersAreNotExpandedForAGcd()
    {
        // (x + y)^300 / (x - y): neither expands within the bound; the expression comes back unchanged in value.
        var e = (X + Y).Pow(300) / (X - Y);
        Assert.Equal(e, Rewrite.Cancel(e));
    }
}
