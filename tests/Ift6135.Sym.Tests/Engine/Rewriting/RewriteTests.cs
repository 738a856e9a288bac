using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Tests.Engine.Rewriting;

/// <summary>Each rewrite on small cases whose results are worked out by hand.</summary>
public class RewriteTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), Z = Symbol.Of("z");
    private static readonly Symbol P = Symbol.Positive("p"), Q = Symbol.Positive("q");

    [Fact]
    public void ExpandSquareOfBinomial() => Assert.Equal(X.Pow(2) + Build.Mul(2, X) + 1, Rewrite.Expand((X + 1).Pow(2)));

    [Fact]
    public void ExpandDifferenceOfSquares() => Assert.Equal(X.Pow(2) - Y.Pow(2), Rewrite.Expand((X + Y) * (X - Y)));

    [Fact]
    public void ExpandCubeHasTheBinomialCoefficients() =>
        Assert.Equal(X.Pow(3) + Build.Mul(3, X.Pow(2), Y) + Build.Mul(3, X, Y.Pow(2)) + Y.Pow(3), Rewrite.Expand((X + Y).Pow(3)));

    [Fact]
    public void ExpandGoesInsideFunctions() =>
        Assert.Equal(Build.Sin(X.Pow(2) + Build.Mul(2, X) + 1), Rewrite.Expand(Build.Sin((X + 1).Pow(2))));

    [Fact]
    public void ExpandExpandsDenominatorsWhole() =>
        Assert.Equal((X.Pow(2) + Build.Mul(2, X) + 1).Pow(-1), Rewrite.Expand((X + 1).Pow(-2)));

    [Fact]
    public void ExpandDistributesNumeratorOverDenominator() =>
        Assert.Equal(X * (X + Z).Pow(-1) + Y * (X + Z).Pow(-1), Rewrite.Expand((X + Y) / (X + Z)));

    [Fact]
    public void ExpandRefusesHugeResults()
    {
        // (x + y + z)^30 has C(32, 2) = 496 terms.
        var ex = Assert.Throws<ExpansionLimitException>(() => Rewrite.Expand((X + Y + Z).Pow(30), maxTerms: 100));
        Assert.Equal(496, ex.WouldProduce);
        Assert.Contains("100", ex.Message);
        Assert.Throws<ExpansionLimitException>(() => Rewrite.Expand((X + 1) * (Y + 1) * (Z + 1), maxTerms: 7));
        Assert.Equal(8, ((Sum)Rewrite.Expand((X + 1) * (Y + 1) * (Z + 1), maxTerms: 8)).Terms.Count);
    }

    [Fact]
    public void NumeratorDenominatorSplitsCoefficientAndNegativePowers()
    {
        var (n, d) = Rewrite.NumeratorDenominator(Build.Mul(Number.Of(3, 2), X, Y.Pow(-2), (X + 1).Pow(-1)));
        Assert.Equal(Build.Mul(3, X), n);
        Assert.Equal(Build.Mul(2, Y.Pow(2), X + 1), d);
        Assert.Equal((X + Y, (Expr)Number.One), Rewrite.NumeratorDenominator(X + Y));
    }

    [Fact]
    public void TogetherOverProductOfDenominators() =>
        Assert.Equal((X + Y) * X.Pow(-1) * Y.Pow(-1), Rewrite.Together(X.Pow(-1) + Y.Pow(-1)));

    [Fact]
    public void TogetherUsesLeastCommonMultiple()
    {
        // 1/(2x) + 1/(3x^2) = (3x + 2)/(6x^2)
        var e = Build.Div(1, 2 * X) + Build.Div(1, 3 * X.Pow(2));
        Assert.Equal(Build.Mul(Number.Of(1, 6), Build.Mul(3, X) + 2, X.Pow(-2)), Rewrite.Together(e));
    }

    [Fact]
    public void TogetherKeepsPolynomialsAlone() => Assert.Equal(X + Y.Pow(2), Rewrite.Together(X + Y.Pow(2)));

    [Fact]
    public void CancelByUnivariateGcd()
    {
        Assert.Equal(X + 1, Rewrite.Cancel((X.Pow(2) - 1) / (X - 1)));
        // (x^3 - 1)/(x^2 - 1) = (x^2 + x + 1)/(x + 1)
        Assert.Equal((X.Pow(2) + X + 1) / (X + 1), Rewrite.Cancel((X.Pow(3) - 1) / (X.Pow(2) - 1)));
        // Rational coefficients: (x^2/4 - 1)/(x/2 + 1) = x/2 - 1
        Assert.Equal(X / 2 - 1, Rewrite.Cancel((X.Pow(2) / 4 - 1) / (X / 2 + 1)));
    }

    [Fact]
    public void CancelNormalizesContentAndSign()
    {
        Assert.Equal(Number.Two, Rewrite.Cancel((2 * X + 2) / (X + 1)));
        Assert.Equal(Number.MinusOne, Rewrite.Cancel((X - Y) / (Y - X)));
        // 3(x - y)/(y - x)^2 = 3/(x - y), and 3(x - y)/(y - x)^3 = -3/(x - y)^2
        Assert.Equal(Build.Mul(3, (X - Y).Pow(-1)), Rewrite.Cancel(Build.Mul(3, X - Y) / (Y - X).Pow(2)));
        Assert.Equal(Build.Mul(-3, (X - Y).Pow(-2)), Rewrite.Cancel(Build.Mul(3, X - Y) / (Y - X).Pow(3)));
        // A minus sign goes back into a sum of the numerator: -(x - 1) y is written (1 - x) y.
        Assert.Equal((1 - X) * Y, Rewrite.Cancel((1 - X) * Y));
        // ... but not into a sum it would fill with minus signs.
        Assert.Equal(-Y * (X + Z), Rewrite.Cancel(-Y * (X + Z)));
    }

    [Fact]
    public void CancelCommonMonomialsAndPowersInSeveralSymbols()
    {
        Assert.Equal(X + Y, Rewrite.Cancel((X.Pow(2) * Y + X * Y.Pow(2)) / (X * Y)));
        Assert.Equal((X + Y).Pow(2) / Z, Rewrite.Cancel((X + Y).Pow(3) * Z / ((X + Y) * Z.Pow(2))));
    }

    [Fact]
    public void CancelSumsOfFractions() =>
        // 1/(x - 1) - 1/(x + 1) = 2/(x^2 - 1), and x/(x^2 - x) = 1/(x - 1)
        Assert.Equal((X - 1).Pow(-1), Rewrite.Cancel(X / (X.Pow(2) - X)));

    [Fact]
    public void CollectGroupsByPowers()
    {
        Symbol a = Symbol.Of("a"), b = Symbol.Of("b"), c = Symbol.Of("c");
        var e = a * X.Pow(2) + b * X.Pow(2) + c * X + X + 5;
        Assert.Equal((a + b) * X.Pow(2) + (c + 1) * X + 5, Rewrite.Collect(e, X));
        Assert.Equal((a + 1) * X.Pow(2) + Build.Mul(2, a, X) + a, Rewrite.Collect(a * (X + 1).Pow(2) + X.Pow(2), X));
    }

    [Fact]
    public void ExpandLogSplitsPositiveFactors()
    {
        Assert.Equal(Build.Log(P) + Build.Log(Q), Rewrite.ExpandLog(Build.Log(P * Q)));
        Assert.Equal(Build.Mul(3, Build.Log(P)) - Build.Log(Q), Rewrite.ExpandLog(Build.Log(P.Pow(3) / Q)));
        Assert.Equal(Build.Log(P) + Build.Log(X), Rewrite.ExpandLog(Build.Log(P * X)));
        Assert.Equal(-Build.Log(2), Rewrite.ExpandLog(Build.Log(Number.Half)));
        // sqrt(2 pi) sigma with sigma > 0
        var sigma = Symbol.Positive("sigma");
        var expected = Build.Mul(Number.Half, Build.Log(2)) + Build.Mul(Number.Half, Build.Log(Constant.Pi)) + Build.Log(sigma);
        Assert.Equal(expected, Rewrite.ExpandLog(Build.Log(Build.Sqrt(2 * Constant.Pi) * sigma)));
    }

    [Fact]
    public void ExpandLogLeavesInvalidSplitsAlone()
    {
        Assert.Equal(Build.Log(X * Y), Rewrite.ExpandLog(Build.Log(X * Y)));
        Assert.Equal(Build.Log(X.Pow(2) + 1), Rewrite.ExpandLog(Build.Log(X.Pow(2) + 1)));
        Assert.Equal(Build.Log(X.Pow(3)), Rewrite.ExpandLog(Build.Log(X.Pow(3))));
    }

    [Fact]
    public void ExpandLogAcceptsAnOuterPositivityTest() =>
        Assert.Equal(Build.Log(X) + Build.Log(Y), Rewrite.ExpandLog(Build.Log(X * Y), _ => true));

    [Fact]
    public void SizeCountsNodes()
    {
        Assert.Equal(1, Size.Of(X));
        Assert.Equal(3, Size.Of(X + Y));
        Assert.Equal(5, Size.Of(X.Pow(2) + Y));        // Sum, Power, x, 2, y
    }
}
