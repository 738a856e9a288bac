using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Tests.Engine.Matrices;

public class InverseTests
{
    private static Matrix M(params Expr[][] rows) => Matrix.FromRows(rows);

    [Fact]
    public void TwoByTwoByHand()
    {
        // [[2, 1], [5, 3]]⁻¹ = [[3, -1], [-5, 2]] (determinant 1)
        Assert.Equal(M([3, -1], [-5, 2]), Inverse.Of(M([2, 1], [5, 3])));
        var half = Number.Of(new BigRational(1, 2));
        Assert.Equal(M([half, 0], [0, Number.Of(new BigRational(1, 4))]), Inverse.Of(Matrix.Diagonal([2, 4])));
    }

    [Fact]
    public void InverseTimesMatrixIsIdentityOnRandomRationalMatrices()
    {
        var random = new Random(99);
        var checkedCount = 0;
        for (var trial = 0; trial < 12; trial++)
        {
            var n = 2 + trial % 4;
            var a = Reference.RandomRational(random, n);
            if (Reference.Cofactor(a).IsZero) continue;
            var m = Reference.ToMatrix(a);
            var inverse = Inverse.Of(m);
            Assert.Equal(Matrix.Identity(n), MatrixOps.Multiply(inverse, m));
            Assert.Equal(Matrix.Identity(n), MatrixOps.Multiply(m, inverse));
            checkedCount++;
        }
        Assert.True(checkedCount >= 8);
    }

    [Fact]
    public void SymbolicTwoByTwoIsTheAdjugateOverTheDeterminant()
    {
        var (a, b, c, d) = (Symbol.Of("a"), Symbol.Of("b"), Symbol.Of("c"), Symbol.Of("d"));
        var inverse = Inverse.Of(M([a, b], [c, d]));
        var det = a * d - b * c;
        var expected = M([d / det, -b / det], [-c / det, a / det]);
        var points = new[] { (1.5, 2.0, -0.5, 3.0), (-2.0, 0.25, 4.0, 1.0) };
        foreach (var (av, bv, cv, dv) in points)
            for (var r = 0; r < 2; r++)
                for (var col = 0; col < 2; col++)
                    Assert.Equal(
                        Reference.At(expected[r, col], (a, av), (b, bv), (c, cv), (d, dv)),
                        Reference.At(inverse[r, col], (a, av), (b, bv), (c, cv), (d, dv)), 12);
        // The pivot cancels: no entry keeps a spurious factor a in its denominator.
        Assert.Equal(Build.Div(d, det), inverse[0, 0]);
    }

    [Fact]
    public void SymbolicRotationLikeMatrix()
    {
        // [[1, α], [-α, 1]]⁻¹ = [[1, -α], [α, 1]] / (1 + α²)
        var alpha = Symbol.Of("alpha");
        var inverse = Inverse.Of(M([1, alpha], [-alpha, 1]));
        var norm = 1 + alpha.Pow(2);
        Assert.Equal(M([1 / norm, -alpha / norm], [alpha / norm, 1 / norm]), inverse);
    }

    [Fact]
    public void SingularMatrixThrows()
    {
        var a = Symbol.Of("a");
        Assert.Contains("singular", Assert.Throws<SingularMatrixException>(() => Inverse.Of(M([1, 2], [2, 4]))).Message);
        Assert.Throws<SingularMatrixException>(() => Inverse.Of(M([a, a + 1], [2 * a, 2 * a + 2])));
    }
}
