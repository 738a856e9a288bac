using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// Bareiss elimination on a matrix of numbers, in rationals directly. It is the elimination
/// <see cref="Determinant"/> runs over polynomials (same pivots: the first nonzero entry of the column, since every
/// number weighs the same; same count of multiplications), without wrapping each number in a one-term polynomial:
/// for number matrices that wrapping was nearly all of the cost (a dictionary per entry and per product).
/// </summary>
internal static class RationalBareiss
{
    public static DeterminantResult Of(BigRational[,] input)
    {
        var n = input.GetLength(0);
        var a = (BigRational[,])input.Clone();
        var previous = BigRational.One;
        var negate = false;
        long multiplications = 0;
        for (var k = 0; k < n - 1; k++)
        {
            var p = FirstNonzero(a, k);
            if (p < 0) return new(Number.Zero, DeterminantMethod.Bareiss, multiplications);
            if (p != k) { SwapRows(a, k, p); negate = !negate; }
            for (var i = k + 1; i < n; i++)
            {
                for (var j = k + 1; j < n; j++)
                {
                    // Exact in the rationals (Sylvester's identity makes it exact in the integers too).
                    a[i, j] = (a[k, k] * a[i, j] - a[i, k] * a[k, j]) / previous;
                    multiplications += 2;
                }
                a[i, k] = BigRational.Zero;
            }
            previous = a[k, k];
        }
        var det = negate ? -a[n - 1, n - 1] : a[n - 1, n - 1];
        return new(Number.Of(det), DeterminantMethod.Bareiss, multiplications);
    }

    private static int FirstNonzero(BigRational[,] a, int k)
    {
        for (var i = k; i < a.GetLength(0); i++)
            if (!a[i, k].IsZero) return i;
        return -1;
    }

    private static void SwapRows(BigRational[,] a, int x, int y)
    {
        for (var c = 0; c < a.GetLength(1); c++) (a[x, c], a[y, c]) = (a[y, c], a[x, c]);
    }
}
