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
}
