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
    public void LargerNumericMatrixIsApproximateAndFlagged()
    {
        // Block [[3, 4], [4, 9]] has eigenvalues 1 and 11; the other is 2.
        var result = Eigenvalues.Compute(M([2, 0, 1], [0, 3, 4], [0, 4, 9]));
        Assert.False(result.Exact);
        var values = result.Values.Select(v => ((Number)v).Value.ToDouble()).ToArray();
        Assert.Equal([1.0, 2.0, 11.0], values, (x, y) => Math.Abs(x - y) < 1e-9);
    }

    [Fact]
    public void NumericComplexEigenvaluesComeAsAPlusBi()
    {
        // A rotation by 90° in the plane plus a fixed axis: eigenvalues 1, ±i.
        var result = Eigenvalues.Compute(M([0, -1, 0], [1, 0, 0], [1, 2, 1]));
        Assert.False(result.Exact);
        var parts = result.Values.Select(ComplexParts.Split)
            .Select(p => (((Number)p.Real).Value.ToDouble(), ((Number)p.Imaginary).Value.ToDouble())).ToArray();
        Assert.Contains(parts, p => Math.Abs(p.Item1) < 1e-9 && Math.Abs(p.Item2 - 1) < 1e-9);
        Assert.Contains(parts, p => Math.Abs(p.Item1) < 1e-9 && Math.Abs(p.Item2 + 1) < 1e-9);
        Assert.Contains(parts, p => Math.Abs(p.Item1 - 1) < 1e-9 && Math.Abs(p.Item2) < 1e-9);
    }

    [Fact]
    public void SymbolicThreeByThreeIsRefusedClearly()
    {
        var e = Assert.Throws<UnsupportedEigenproblemException>(() => Eigenvalues.Of(M([Alpha, 1, 0], [1, 0, 1], [0, 1, 0])));
        Assert.Contains("symbolic", e.Message);
    }
}
