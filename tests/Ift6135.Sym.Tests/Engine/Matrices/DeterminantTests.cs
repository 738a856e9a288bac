using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Tests.Engine.Matrices;

public class DeterminantTests
{
    private static Matrix M(params Expr[][] rows) => Matrix.FromRows(rows);

    private static Symbol S(string name) => Symbol.Of(name);

    [Fact]
    public void TwoByTwoByHand()
    {
        Assert.Equal(Number.Of(-2), Determinant.Of(M([1, 2], [3, 4])));
        Assert.Equal(Number.MinusOne, Determinant.Of(M([0, 1], [1, 0])));   // needs a row swap
        var (a, b, c, d) = (S("a"), S("b"), S("c"), S("d"));
        Assert.Equal(a * d - b * c, Determinant.Of(M([a, b], [c, d])));
    }

    [Fact]
    public void NumberMatricesByHandIncludingSwapsFractionsAndSingularity()
    {
        // Numbers take their own elimination (rationals, no polynomials): the cases it must get right, by hand.
        // [[0, 2, 1], [1, 0, 3], [2, 1, 0]]: 0(0 - 3) - 2(0 - 6) + 1(1 - 0) = 13, with a zero first pivot (a swap).
        Assert.Equal(Number.Of(13), Determinant.Of(M([0, 2, 1], [1, 0, 3], [2, 1, 0])));
        // Halves: [[1/2, 1/3], [1/4, 1]] = 1/2 - 1/12 = 5/12.
        Assert.Equal(Number.Of(5, 12), Determinant.Of(M([Number.Of(1, 2), Number.Of(1, 3)], [Number.Of(1, 4), 1])));
        // Rows 1 and 3 proportional: 0; and a zero column met only after elimination ([[1, 2, 3], [2, 4, 5], [3, 6, 1]]: 0).
        Assert.Equal(Number.Zero, Determinant.Of(M([1, 2, 3], [4, 5, 6], [2, 4, 6])));
        Assert.Equal(Number.Zero, Determinant.Of(M([1, 2, 3], [2, 4, 5], [3, 6, 1])));
        // 4x4 with two swaps: the permutation matrix of (1 2)(3 4) scaled by 2 on its last row: det = (+1)(2) = 2.
        var explained = Determinant.Explain(M([0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 2, 0]));
        Assert.Equal(Number.Of(2), explained.Value);
        Assert.Equal(DeterminantMethod.Bareiss, explained.Method);
    }

    [Fact]
    public void ThreeByThreeSymbolicMatchesCofactorExpansion()
    {
        var names = "abcdefghi".Select(ch => (Expr)S(ch.ToString())).ToArray();
        var m = Matrix.Of(3, 3, (r, c) => names[3 * r + c]);
        var result = Determinant.Explain(m);
        Assert.Equal(DeterminantMethod.MinorExpansion, result.Method);
        // The reference a(ei - fh) - b(di - fg) + c(dh - eg), multiplied out by the expander.
        Assert.True(SparsePolynomial.From(result.Value - Reference.Cofactor(m)).IsZero, $"{result.Value}");
        Assert.Equal(6, SparsePolynomial.From(result.Value).TermCount);
    }

    [Fact]
    public void MixedSymbolicFourByFourMatchesCofactorNumerically()
    {
        var (x, y) = (S("x"), S("y"));
        var m = M([x, 1, 0, 2], [0, y, 3, 1], [1, x + y, 2, 0], [x * y, 0, 1, 1]);
        var det = Determinant.Of(m);
        var reference = Reference.Cofactor(m);
        foreach (var (xv, yv) in new[] { (0.5, -1.25), (2.0, 3.0), (-1.5, 0.75) })
            Assert.Equal(Reference.At(reference, (x, xv), (y, yv)), Reference.At(det, (x, xv), (y, yv)), 9);
    }

    [Fact]
    public void RandomRationalMatricesMatchCofactorExpansion()
    {
        var random = new Random(2026);
        for (var n = 1; n <= 5; n++)
            for (var trial = 0; trial < 4; trial++)
            {
                var a = Reference.RandomRational(random, n);
                Assert.Equal(Number.Of(Reference.Cofactor(a)), Determinant.Of(Reference.ToMatrix(a)));
            }
    }

    [Fact]
    public void DeterminantIsMultiplicative()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 6; trial++)
        {
            var n = 2 + trial % 3;
            var a = Reference.RandomRational(random, n);
            var b = Reference.RandomRational(random, n);
            var ab = MatrixOps.Multiply(Reference.ToMatrix(a), Reference.ToMatrix(b));
            Assert.Equal(Build.Mul(Determinant.Of(Reference.ToMatrix(a)), Determinant.Of(Reference.ToMatrix(b))), Determinant.Of(ab));
        }
    }

    [Fact]
    public void SingularMatrixHasZeroDeterminant()
    {
        var a = S("a");
        Assert.Equal(Number.Zero, Determinant.Of(M([1, 2, 3], [4, 5, 6], [7, 8, 9])));
        Assert.Equal(Number.Zero, Determinant.Of(M([a, 2 * a], [a + 1, 2 * a + 2])));
        Assert.Equal(DeterminantMethod.ZeroLine, Determinant.Explain(M([a, 2, 0], [1, a, 0], [3, 1, 0])).Method);
    }

    [Fact]
    public void LargeLowerTriangularIsTheProductOfTheDiagonal()
    {
        const int k = 300;
        var diagonal = Enumerable.Range(0, k).Select(i => (Expr)Symbol.Indexed("S", Symbolic.Assumptions.Facts.Positive, i, i)).ToArray();
        var m = Matrix.Of(k, k, (r, c) => r == c ? diagonal[r] : c > r ? Number.Zero : Symbol.Indexed("S", Symbolic.Assumptions.Facts.Real, r, c));
        var result = Determinant.Explain(m);
        Assert.Equal(DeterminantMethod.Triangular, result.Method);
        Assert.Equal(k - 1, result.Multiplications);
        var product = Assert.IsType<Product>(result.Value);
        Assert.Equal(diagonal.ToHashSet(), product.Factors.ToHashSet());
    }


    [Fact]
    public void TriangularWithRepeatedDiagonalEntriesCollectsPowersAndNumbers()
    {
        // Diagonal entry i: d_(i mod 5)^(i mod 3 + 1) for i not ≡ 0 (mod 7), the number 2 or -1 otherwise.
        const int k = 1000;
        var d = Enumerable.Range(0, 5).Select(j => S($"d{j}")).ToArray();
        Expr Entry(int i) => i % 7 != 0 ? d[i % 5].Pow(i % 3 + 1) : i % 2 == 0 ? Number.Two : Number.MinusOne;
        var m = Matrix.LowerTriangular(k, (r, c) => r == c ? Entry(r) : S("x"));
        var result = Determinant.Explain(m);
        Assert.Equal(DeterminantMethod.Triangular, result.Method);

        // The exponents and the coefficient, counted here directly from the definition of the diagonal.
        var exponents = new int[5];
        var (twos, minusOnes) = (0, 0);
        for (var i = 0; i < k; i++)
        {
            if (i % 7 != 0) exponents[i % 5] += i % 3 + 1;
            else if (i % 2 == 0) twos++;
            else minusOnes++;
        }
        var coefficient = System.Numerics.BigInteger.Pow(2, twos) * (minusOnes % 2 == 0 ? 1 : -1);
        var product = Assert.IsType<Product>(result.Value);
        Assert.Equal(Number.Of(new Symbolic.Numbers.BigRational(coefficient, 1)), product.Factors[0]);
        Assert.Equal(Enumerable.Range(0, 5).Select(j => d[j].Pow(exponents[j])), product.Factors.Skip(1));
    }
    [Fact]
    public void DiagonalAndUpperTriangularAreRecognised()
    {
        var (a, b) = (S("a"), S("b"));
        Assert.Equal(DeterminantMethod.Diagonal, Determinant.Explain(Matrix.Diagonal([a, b, 2])).Method);
        Assert.Equal(2 * a * b, Determinant.Of(Matrix.Diagonal([a, b, 2])));
        Assert.Equal(a * b, Determinant.Of(M([a, 5], [0, b])));
    }

    [Fact]
    public void ElimininationCountGrowsCubically()
    {
        var random = new Random(3);
        var small = Determinant.Explain(Reference.ToMatrix(Reference.RandomRational(random, 4)));
        var large = Determinant.Explain(Reference.ToMatrix(Reference.RandomRational(random, 8)));
        Assert.Equal(DeterminantMethod.Bareiss, small.Method);
        // Bareiss does 2 Σ_{k=1}^{n-1} k² multiplications: 28 for n = 4, 280 for n = 8.
        Assert.Equal(28, small.Multiplications);
        Assert.Equal(280, large.Multiplications);
    }

    [Fact]
    public void DenseSymbolicFiveByFiveMatchesCofactorExpansion()
    {
        var m = Matrix.Of(5, 5, (r, c) => S($"m{r}_{c}"));
        var result = Determinant.Explain(m);
        Assert.Equal(DeterminantMethod.MinorExpansion, result.Method);
        Assert.True(SparsePolynomial.From(result.Value - Reference.Cofactor(m)).IsZero);
        Assert.Equal(120, SparsePolynomial.From(result.Value).TermCount);
        // One product per (row, column set) pair: n·2^(n-1) = 80 for n = 5.
        Assert.Equal(80, result.Multiplications);
    }

    [Fact]
    public void DenseSymbolicSevenBySevenHasAllPermutationTerms()
    {
        var m = Matrix.Of(7, 7, (r, c) => S($"m{r}_{c}"));
        var det = Determinant.Of(m);
        var sum = Assert.IsType<Sum>(det);
        Assert.Equal(5040, sum.Terms.Count);
        // Leibniz: each term is ± one entry per row and column; the identity permutation has sign +1.
        var diagonal = Build.Mul(Enumerable.Range(0, 7).Select(i => (Expr)S($"m{i}_{i}")).ToArray());
        Assert.Contains(diagonal, sum.Terms);
        var swapped = Build.Mul([Number.MinusOne, S("m0_1"), S("m1_0"), .. Enumerable.Range(2, 5).Select(i => (Expr)S($"m{i}_{i}"))]);
        Assert.Contains(swapped, sum.Terms);
    }

    [Fact]
    public void TriangularFactoriesRecordTheirShapeWithoutAskingForZeros()
    {
        var asked = 0;
        var lower = Matrix.LowerTriangular(50, (r, c) => { asked++; return r == c ? S($"d{r}") : S("x"); });
        Assert.Equal(50 * 51 / 2, asked);
        var result = Determinant.Explain(lower);
        Assert.Equal(DeterminantMethod.Triangular, result.Method);
        Assert.Equal(49, result.Multiplications);
        Assert.Equal(Build.Mul(Enumerable.Range(0, 50).Select(i => (Expr)S($"d{i}")).ToArray()), result.Value);
        var upper = Matrix.UpperTriangular(3, (r, c) => r == c ? S("a") : Number.Of(r + c));
        Assert.True(MatrixStructure.IsUpperTriangular(upper));
        Assert.False(MatrixStructure.IsLowerTriangular(upper));
        Assert.Equal(Build.Pow(S("a"), Number.Of(3)), Determinant.Of(upper));
    }

    [Fact]
    public void RecordedBandFollowsTheNonzeroEntries()
    {
        var a = S("a");
        var m = Matrix.Of(4, 4, (r, c) => c - r == 2 || r == c ? a : Number.Zero);
        Assert.Equal(2, m.UpperBandwidth);
        Assert.Equal(0, m.LowerBandwidth);
        Assert.Equal(int.MinValue, Matrix.Zero(3, 3).UpperBandwidth);
        Assert.True(MatrixStructure.IsDiagonal(Matrix.Zero(3, 3)));
    }

    [Fact]
    public void NonSquareIsRejected() =>
        Assert.Throws<MatrixDimensionException>(() => Determinant.Of(M([1, 2, 3])));
}
