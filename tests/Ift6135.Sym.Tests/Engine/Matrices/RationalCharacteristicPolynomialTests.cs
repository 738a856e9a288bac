using System.Numerics;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Tests.Engine.Matrices;

/// <summary>
/// The multi-modular characteristic polynomial of number matrices, against Berkowitz's algorithm over
/// polynomials (an independent, division-free route), against hand values, and by Cayley–Hamilton.
/// </summary>
public class RationalCharacteristicPolynomialTests
{
    private static Matrix M(params Expr[][] rows) => Matrix.FromRows(rows);

    /// <summary>Berkowitz over SparsePolynomial, the general path, lowest coefficient first.</summary>
    private static BigRational[] Berkowitz(Matrix m)
    {
        var n = m.Rows;
        var entries = new SparsePolynomial[n, n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++) entries[r, c] = SparsePolynomial.From(m[r, c]);
        long count = 0;
        return CharacteristicPolynomial.BerkowitzVector(entries, ref count).Reverse().Select(p => ((Number)p.ToExpr()).Value).ToArray();
    }

    private static Matrix Random(int n, Random random, Func<Random, BigRational> entry) =>
        Matrix.Of(n, n, (_, _) => Number.Of(entry(random)));

    [Fact]
    public void HandValues()
    {
        // det(λI − [[0, 1], [−2, −3]]) = λ² + 3λ + 2.
        Assert.Equal(new BigRational[] { 2, 3, 1 }, RationalCharacteristicPolynomial.TryCoefficients(M([0, 1], [-2, -3])));
        // [[1/2, 0], [0, 1/3]]: (λ − 1/2)(λ − 1/3) = λ² − 5/6 λ + 1/6.
        Assert.Equal(new[] { new BigRational(1, 6), new BigRational(-5, 6), BigRational.One },
            RationalCharacteristicPolynomial.TryCoefficients(M([Number.Of(1, 2), 0], [0, Number.Of(1, 3)])));
        // The empty matrix: 1; a 1×1 matrix [7]: λ − 7.
        Assert.Equal(new BigRational[] { 1 }, RationalCharacteristicPolynomial.TryCoefficients(Matrix.Of(0, 0, (_, _) => Number.Zero)));
        Assert.Equal(new BigRational[] { -7, 1 }, RationalCharacteristicPolynomial.TryCoefficients(M([7])));
    }

    [Fact]
    public void ASymbolicEntrySendsTheMatrixToTheGeneralPath() =>
        Assert.Null(RationalCharacteristicPolynomial.TryCoefficients(M([1, Symbol.Of("a")], [0, 1])));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(11)]
    public void SmallIntegerAndFractionMatricesAgreeWithBerkowitz(int n)
    {
        var random = new Random(6135 + n);
        for (var trial = 0; trial < 5; trial++)
        {
            // Many zeros, so that pivots must be searched for and swapped into place.
            var m = Random(n, random, r => r.Next(3) == 0 ? BigRational.Zero : new BigRational(r.Next(-9, 10), r.Next(1, 5)));
            Assert.Equal(Berkowitz(m), RationalCharacteristicPolynomial.TryCoefficients(m));
        }
    }

    [Fact]
    public void HugeEntriesNeedSeveralPrimesAndStillAgree()
    {
        var random = new Random(42);
        var big = BigInteger.Pow(10, 25);
        var m = Random(6, random, r => new BigRational(big * r.Next(-1000, 1000) + r.Next(), BigInteger.Pow(3, r.Next(0, 20))));
        Assert.Equal(Berkowitz(m), RationalCharacteristicPolynomial.TryCoefficients(m));
    }

    [Fact]
    public void EveryMatrixSatisfiesItsCharacteristicPolynomial()
    {
        // Cayley–Hamilton: Σ cₖ Aᵏ = 0, computed exactly, for a 9×9 integer matrix.
        var random = new Random(7);
        var a = Random(9, random, r => r.Next(-5, 6));
        var c = RationalCharacteristicPolynomial.TryCoefficients(a)!;
        var sum = Matrix.Of(9, 9, (_, _) => Number.Zero);
        var power = Matrix.Identity(9);
        foreach (var coefficient in c)
        {
            sum = MatrixOps.Add(sum, MatrixOps.Scale(Number.Of(coefficient), power));
            power = MatrixOps.Multiply(power, a);
        }
        Assert.All(sum.Entries, e => Assert.Equal(Number.Zero, e));
    }
}
