using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Tests.Engine.Polynomials;

public class UnivariatePolynomialTests
{
    private static readonly Symbol X = Symbol.Of("x"), A = Symbol.Of("a"), B = Symbol.Of("b"), C = Symbol.Of("c");

    private static UnivariatePolynomial Poly(params int[] coefficientsByPower) =>
        UnivariatePolynomial.FromCoefficients(X, coefficientsByPower.Select(c => (Expr)c));

    [Fact]
    public void SquareOfBinomialIsMultipliedOut()
    {
        var p = UnivariatePolynomial.From((X + 1).Pow(2), X)!;
        Assert.Equal(2, p.Degree);
        Assert.Equal(new Expr[] { 1, 2, 1 }, p.Coefficients);
    }

    [Fact]
    public void CubeWithSymbolicConstantHasBinomialCoefficients()
    {
        var p = UnivariatePolynomial.From((X + A).Pow(3), X)!;
        Assert.Equal(new[] { A.Pow(3), Build.Mul(3, A.Pow(2)), Build.Mul(3, A), Number.One }, p.Coefficients);
    }

    [Fact]
    public void ProductOfFactorsWithSymbolicCoefficients()
    {
        // (a x + b)(x - c) = a x² + (b - a c) x - b c
        var p = UnivariatePolynomial.From((A * X + B) * (X - C), X)!;
        Assert.Equal(new[] { -(B * C), B - A * C, (Expr)A }, p.Coefficients);
    }

    /// <summary>3 + 2a x + 6 x^2 has antiderivative 3x + a x^2 + 2x^3 (by hand), whose derivative is the polynomial again.</summary>
    [Fact]
    public void AntiderivativeHasZeroConstantTermAndDifferentiatesBack()
    {
        var p = UnivariatePolynomial.From(3 + 2 * A * X + 6 * X.Pow(2), X)!;
        var integral = p.Antiderivative();
        Assert.Equal(new Expr[] { 0, 3, A, 2 }, integral.Coefficients);
        Assert.Equal(p, integral.Derivative());
    }

    [Theory]
    [InlineData("reciprocal")]
    [InlineData("root")]
    [InlineData("log")]
    [InlineData("exp")]
    public void NonPolynomialsGiveNull(string which)
    {
        var e = which switch
        {
            "reciprocal" => 1 / X + 1,
            "root" => Build.Sqrt(X),
            "log" => Build.Log(X) * X,
            _ => Build.Exp(X),
        };
        Assert.Null(UnivariatePolynomial.From(e, X));
    }

    [Fact]
    public void ExpressionFreeOfXIsConstant()
    {
        var p = UnivariatePolynomial.From(Build.Log(A) + 3, X)!;
        Assert.Equal(0, p.Degree);
        Assert.Equal(-1, UnivariatePolynomial.From((X + 1) - (1 + X), X)!.Degree);
    }

    [Fact]
    public void ArithmeticMatchesHandComputation()
    {
        var p = Poly(1, 2);       // 1 + 2x
        var q = Poly(-1, 0, 3);   // -1 + 3x²
        Assert.Equal(Poly(0, 2, 3), p.Add(q));
        Assert.Equal(Poly(-1, -2, 3, 6), p.Multiply(q));
        Assert.Equal(Poly(0, 6), q.Derivative());
        Assert.Equal(Number.Of(11), q.Evaluate(2));
        Assert.Equal(Build.Mul(3, A.Pow(2)) - 1, q.Evaluate(A));
    }

    [Fact]
    public void DivisionWithRemainderByHand()
    {
        var (q, r) = Poly(-1, 0, 0, 1).DivideWithRemainder(Poly(-1, 1));   // (x³ - 1)/(x - 1)
        Assert.Equal(Poly(1, 1, 1), q);
        Assert.True(r.IsZero);
        var (q2, r2) = Poly(1, 0, 1).DivideWithRemainder(Poly(-2, 1));      // (x² + 1)/(x - 2)
        Assert.Equal(Poly(2, 1), q2);
        Assert.Equal(Poly(5), r2);
    }

    [Fact]
    public void DivisionIdentityHoldsOnRandomRationalPolynomials()
    {
        var random = new Random(6135);
        for (var trial = 0; trial < 40; trial++)
        {
            var a = RandomPolynomial(random, random.Next(0, 7));
            var b = RandomPolynomial(random, random.Next(1, 4));
            if (b.IsZero) continue;
            var (q, r) = a.DivideWithRemainder(b);
            Assert.True(r.Degree < b.Degree);
            Assert.Equal(a, q.Multiply(b).Add(r));
        }
    }

    [Fact]
    public void GcdByHand()
    {
        // gcd(x² - 1, x² + 2x + 1) = x + 1; gcd(x² + 1, x - 1) = 1
        Assert.Equal(Poly(1, 1), UnivariatePolynomial.Gcd(Poly(-1, 0, 1), Poly(1, 2, 1)));
        Assert.Equal(Poly(1), UnivariatePolynomial.Gcd(Poly(1, 0, 1), Poly(-1, 1)));
        // (x - 1/2)(x + 3) and (x - 1/2)(2x - 5): monic gcd x - 1/2
        var g = UnivariatePolynomial.Gcd(Poly(-3, 5, 2), Poly(5, -12, 4));
        Assert.Equal(UnivariatePolynomial.FromCoefficients(X, [Number.Of(new BigRational(-1, 2)), Number.One]), g);
    }

    [Fact]
    public void GcdRejectsSymbolicCoefficients() =>
        Assert.Throws<ArgumentException>(() => UnivariatePolynomial.Gcd(UnivariatePolynomial.From(X + A, X)!, Poly(1, 1)));

    [Fact]
    public void ImaginaryUnitSquaresToMinusOne()
    {
        var p = UnivariatePolynomial.From((X + Constant.I).Pow(2), X)!;    // x² + 2i x - 1
        Assert.Equal(new[] { Number.MinusOne, Build.Mul(2, Constant.I), Number.One }, p.Coefficients);
    }

    private static UnivariatePolynomial RandomPolynomial(Random random, int degree) =>
        UnivariatePolynomial.FromCoefficients(X, Enumerable.Range(0, degree + 1)
            .Select(_ => (Expr)Number.Of(new BigRational(random.Next(-9, 10), random.Next(1, 5)))));
}
