using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Tests.Engine;

public class CanonicalFormTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), P = Symbol.Positive("p");
    private static readonly Symbol Z = Symbol.Of("z", Facts.None);

    [Fact]
    public void LikeTermsCollect() => Assert.Equal(Build.Mul(5, X), X * 2 + X * 3);

    [Fact]
    public void SumsCancel() => Assert.Equal(Number.Zero, (X + Y) - (Y + X));

    [Fact]
    public void EqualBasesCombine() => Assert.Equal(X.Pow(5), X.Pow(2) * X.Pow(3));

    [Fact]
    public void QuotientOfEqualsIsOne() => Assert.Equal(Number.One, (X + Y) / (Y + X));

    [Fact]
    public void NumberDistributesOverSum() => Assert.Equal(X * 2 + Y * 2, Build.Mul(2, X + Y));

    [Fact]
    public void SquareRootOfEightExtractsTwo() => Assert.Equal("2*sqrt(2)", Build.Sqrt(8).ToString());

    [Fact]
    public void SquareRootOfAHalfIsRationalized() => Assert.Equal("sqrt(2)/2", Build.Sqrt(Number.Half).ToString());

    [Fact]
    public void SquareRootsMultiply() => Assert.Equal(Number.Of(2), Build.Sqrt(2) * Build.Sqrt(2));

    [Fact]
    public void ImaginaryUnitSquares() => Assert.Equal(Number.MinusOne, Constant.I * Constant.I);

    [Fact]
    public void SqrtOfNegativeIsImaginary() => Assert.Equal(Build.Mul(2, Constant.I), Build.Sqrt(-4));

    [Fact]
    public void SqrtOfSquareIsAbsForReal() => Assert.Equal(Build.Abs(X), Build.Sqrt(X.Pow(2)));

    [Fact]
    public void SqrtOfSquareIsItselfForPositive() => Assert.Equal(P, Build.Sqrt(P.Pow(2)));

    [Fact]
    public void SqrtOfSquareStaysForComplex() => Assert.IsType<Power>(Build.Sqrt(Z.Pow(2)));

    [Fact]
    public void LogOfExpNeedsRealArgument()
    {
        Assert.Equal(X, Build.Log(Build.Exp(X)));
        Assert.IsType<Function>(Build.Log(Build.Exp(Z)));
    }

    [Fact]
    public void ExpOfLogIsThePower() => Assert.Equal(Z.Pow(3), Build.Exp(Build.Mul(3, Build.Log(Z))));

    [Fact]
    public void ExponentialsCombine() => Assert.Equal(Build.Exp(X + Y), Build.Exp(X) * Build.Exp(Y));

    [Fact]
    public void ReluOfPositiveIsItself() => Assert.Equal(P, Build.Relu(P));

    [Fact]
    public void SigmoidAndLogitUndoEachOther() => Assert.Equal(X, Build.Logit(Build.Sigmoid(X)));

    [Fact]
    public void PrinterWritesNegativeTermsAndFractions()
    {
        Assert.Equal("x - y", (X - Y).ToString());
        Assert.Equal("x/(2*y)", (X / (Y * 2)).ToString());
        Assert.Equal("1 - x^2", ToStringSorted(Build.Sub(1, X.Pow(2))));
    }

    private static string ToStringSorted(Expr e) => e.ToString();

    [Fact]
    public void HugeExponentStaysUnevaluated() =>
        Assert.IsType<Power>(Build.Pow(2, Build.Pow(10, 100)));
}

public class PowerOfProductTests
{
    [Fact]
    public void SquareRootOfMinusAPositiveIsImaginary()
    {
        var p = Symbol.Positive("p");
        Assert.Equal(Build.Mul(Constant.I, Build.Sqrt(p)), Build.Sqrt(Build.Neg(p)));
    }

    [Fact]
    public void UnknownSignFactorsStayUnderTheRoot()
    {
        var x = Symbol.Of("x");
        var p = Symbol.Positive("p");
        var root = Build.Sqrt(Build.Mul(p, x));
        Assert.Equal(Build.Mul(Build.Sqrt(p), Build.Sqrt(x)), root);
        Assert.IsType<Power>(Build.Sqrt(Build.Mul(-2, x)));
    }
}
