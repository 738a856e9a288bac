using System.Numerics;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// Division-free Laplace expansion with memoized minors: the minor on the bottom k rows and a
/// column set S is computed once, from the minors on the bottom k - 1 rows. That is n·2^(n-1)
/// products of an entry by a minor, and no intermediate is larger than a minor of the result,
/// whereas Bareiss's exact divisions over multivariate polynomials blow up on dense symbolic
/// matrices. Worth it only for small n (the caller bounds it).
/// </summary>
internal static class MinorExpansion
{
    public const int MaxSize = 8;

    public static SparsePolynomial Determinant(SparsePolynomial[,] a, ref long multiplications)
    {
        var n = a.GetLength(0);
        if (n > MaxSize) throw new ArgumentOutOfRangeException(nameof(a), $"minor expansion is for at most {MaxSize} rows");
        // minors[S] = det of rows n-|S|..n-1 and the columns in S (in increasing order). Removing
        // a column from S gives a smaller mask, so increasing mask order has every part ready.
        var minors = new SparsePolynomial[1 << n];
        minors[0] = SparsePolynomial.Constant(BigRational.One);
        for (var mask = 1; mask < minors.Length; mask++)
        {
            var row = n - BitOperations.PopCount((uint)mask);
            var sum = SparsePolynomial.Zero;
            var position = 0;
            for (var j = 0; j < n; j++)
            {
                if ((mask & (1 << j)) == 0) continue;
                var rest = minors[mask & ~(1 << j)];
                if (!a[row, j].IsZero && !rest.IsZero)
                {
                    var term = a[row, j].Multiply(rest);
                    multiplications++;
                    sum = position % 2 == 0 ? sum.Add(term) : sum.Subtract(term);
                }
                position++;
            }
            minors[mask] = sum;
        }
        return minors[^1];
    }
}
