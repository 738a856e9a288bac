using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Solving;

namespace Ift6135.Sym.Tests.Engine.Matrices;

public class EigenvaluesTests
{
    private static readonly Symbol Alpha = Symbol.Of("alpha");

    private static Matrix M(params Expr[][] rows) => Matrix.FromRows(rows);

    [Fact]
    public void GanUpdateMatrixHasConjugatePairWithModulusAboveOne()
    {
        // Simultaneous gradient steps on V(d, g) = d g: A = [[1, α], [-α, 1]].
        var result = Eigenvalues.Compute(M([1, Alpha], [-Alpha, 1]));
        Assert.True(result.Exact);
        Assert.Equal([1 + Alpha * Constant.I, 1 - Alpha * Constant.I], result.Values);
        foreach (var v in result.Values)
            Assert.Equal(Build.Sqrt(1 + Alpha.Pow(2)), ComplexParts.Modulus(v));
    }

    [Fact]
    public void SymmetricTwoByTwoByHand() =>
        // [[2, 1], [1, 2]]: λ² - 4λ + 3 = (λ - 1)(λ - 3)
        Assert.Equal(new HashSet<Expr> { 1, 3 }, Eigenvalues.Of(M([2, 1], [1, 2])).ToHashSet());

    [Fact]
    public void RepeatedEigenvalueKeepsMultiplicity() =>
        Assert.Equal([Number.Of(2), Number.Of(2)], Eigenvalues.Of(M([3, 1], [-1, 1])));   // (λ - 2)²

    [Fact]
    public void TriangularGivesTheDiagonal()
    {
        var (a, b) = (Symbol.Of("a"), Symbol.Of("b"));
        var result = Eigenvalues.Compute(M([a, 0, 0], [1, b, 0], [Alpha, 2, 5]));
        Assert.True(result.Exact);
        Assert.Equal([a, b, 5], result.Values);
    }

    [Fact]
    public void RationalThreeByThreeWithRationalSpectrumIsExact()
    {
        // Block [[3, 4], [4, 9]] has eigenvalues 1 and 11; the other is 2.
        var result = Eigenvalues.Compute(M([2, 0, 1], [0, 3, 4], [0, 4, 9]));
        Assert.True(result.Exact);
        Assert.Equal(new Expr[] { 1, 2, 11 }, result.Values.Order().ToArray());
    }

    [Fact]
    public void RationalRootThenQuadraticGivesExactComplexPair()
    {
        // det(λI - A) = (λ - 1)(λ² + 1): a rotation by 90° plus a fixed direction.
        var result = Eigenvalues.Compute(M([0, -1, 0], [1, 0, 0], [1, 2, 1]));
        Assert.True(result.Exact);
        Assert.Equal(new HashSet<Expr> { 1, Constant.I, -Constant.I }, result.Values.ToHashSet());
    }

    [Fact]
    public void IrrationalCubicSpectrumIsApproximateAndFlagged()
    {
        // Companion matrix of λ³ - 2: eigenvalues 2^(1/3) and 2^(1/3)(-1/2 ± (sqrt(3)/2) i).
        var result = Eigenvalues.Compute(M([0, 0, 2], [1, 0, 0], [0, 1, 0]));
        Assert.False(result.Exact);
        var root = Math.Cbrt(2);
        var expected = new[] { (-root / 2, -root * Math.Sqrt(3) / 2), (-root / 2, root * Math.Sqrt(3) / 2), (root, 0.0) };
        var parts = result.Values.Select(ComplexParts.Split)
            .Select(p => (((Number)p.Real).Value.ToDouble(), ((Number)p.Imaginary).Value.ToDouble())).ToArray();
        foreach (var (re, im) in expected)
            Assert.Contains(parts, p => Math.Abs(p.Item1 - re) < 1e-9 && Math.Abs(p.Item2 - im) < 1e-9);
    }

    [Fact]
    public void SymbolicThreeByThreeIsRefusedClearly()
    {
        var e = Assert.Throws<UnsupportedEigenproblemException>(() => Eigenvalues.Of(M([Alpha, 1, 0], [1, 0, 1], [0, 1, 0])));
        Assert.Contains("symbolic", e.Message);
    }

    [Fact]
    public void PerfectSquareDiscriminantIsTakenApart()
    {
        // [[x, y], [x, y]] has rank 1: eigenvalues 0 and the trace x + y. The discriminant
        // x² + 2xy + y² is (x + y)², so no square root is left.
        var (x, y) = (Symbol.Of("x"), Symbol.Of("y"));
        Assert.Equal(new HashSet<Expr> { 0, x + y }, Eigenvalues.Of(M([x, y], [x, y])).ToHashSet());
    }

    [Fact]
    public void NegativePerfectSquareDiscriminantGivesAConjugatePair()
    {
        // [[a, -(a + b)], [a + b, a]]: λ = a ± (a + b) i, the discriminant is -4(a + b)².
        var (a, b) = (Symbol.Of("a"), Symbol.Of("b"));
        var values = Eigenvalues.Of(M([a, -(a + b)], [a + b, a])).Select(v => Symbolic.Rewriting.Rewrite.Expand(v)).ToHashSet();
        var expected = new[] { a + (a + b) * Constant.I, a - (a + b) * Constant.I }.Select(v => Symbolic.Rewriting.Rewrite.Expand(v)).ToHashSet();
        Assert.Equal(expected, values);
        Assert.DoesNotContain(values, v => v.Descendants().Any(d => d is Power { Exponent: Number { Value.IsInteger: false } }));
    }

    [Fact]
    public void SquareRootOfAPolynomialSquareByHand()
    {
        var (x, y) = (Symbol.Of("x"), Symbol.Of("y"));
        var square = Symbolic.Polynomials.SparsePolynomial.From(4 * x.Pow(2) - 12 * x * y + 9 * y.Pow(2));
        var root = Symbolic.Polynomials.PolynomialSquareRoot.Of(square);
        Assert.NotNull(root);
        // ±(2x - 3y): compare the square and one coefficient up to sign.
        Assert.True(Symbolic.Polynomials.SparsePolynomial.From(Build.Pow(root!.ToExpr(), Number.Two) - (4 * x.Pow(2) - 12 * x * y + 9 * y.Pow(2))).IsZero);
        Assert.Equal(2, root.TermCount);
        Assert.Null(Symbolic.Polynomials.PolynomialSquareRoot.Of(Symbolic.Polynomials.SparsePolynomial.From(x.Pow(2) + 4 * x)));
        Assert.Null(Symbolic.Polynomials.PolynomialSquareRoot.Of(Symbolic.Polynomials.SparsePolynomial.From(x.Pow(2) + 2 * x * y + 2 * y.Pow(2))));
    }
}
