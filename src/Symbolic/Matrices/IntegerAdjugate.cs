using System.Numerics;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// The adjugate of a nonsingular integer matrix by fraction-free Gauss–Jordan elimination on [A | I]: each update
/// (a_kk a_ij - a_ik a_kj) / (previous pivot) is an exact division of integers, and the elimination ends at [d I | E]
/// with E A = d I, d the determinant of A with its rows as swapped, so adj(A) = ±E. In rationals the same elimination
/// reduces a fraction (a GCD) at every operation, most of the cost of the exact K = 4..6 checks of question 2.
/// </summary>
internal static class IntegerAdjugate
{
    /// <summary>The adjugate when every entry is an integer and the matrix is nonsingular; null otherwise (the caller's rational route then decides).</summary>
    public static Matrix? Of(BigRational[,] a)
    {
        var n = a.GetLength(0);
        var m = new BigInteger[n, 2 * n];
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < n; c++)
            {
                if (!a[r, c].IsInteger) return null;
                m[r, c] = a[r, c].Numerator;
            }
            m[r, n + r] = BigInteger.One;
        }
        var previous = BigInteger.One;
        var negate = false;
        for (var k = 0; k < n; k++)
        {
            var p = k;
            while (p < n && m[p, k].IsZero) p++;
            if (p == n) return null;
            if (p != k) { SwapRows(m, k, p); negate = !negate; }
            if (!EliminateColumn(m, k, previous)) return null;
            previous = m[k, k];
        }
        var sign = negate ? BigInteger.MinusOne : BigInteger.One;
        return Matrix.Of(n, n, (r, c) => Number.Of(new BigRational(sign * m[r, n + c])));
    }

    /// <summary>Clears column k above and below the pivot; false if a division was not exact (it always is, by Sylvester's identity: checked, not assumed).</summary>
    private static bool EliminateColumn(BigInteger[,] m, int k, BigInteger previous)
    {
        var n = m.GetLength(0);
        for (var i = 0; i < n; i++)
        {
            if (i == k) continue;
            for (var j = 0; j < m.GetLength(1); j++)
            {
                if (j == k) continue;
                var q = BigInteger.DivRem(m[k, k] * m[i, j] - m[i, k] * m[k, j], previous, out var remainder);
                if (!remainder.IsZero) return false;
                m[i, j] = q;
            }
            m[i, k] = BigInteger.Zero;
        }
        return true;
    }

    private static void SwapRows(BigInteger[,] m, int x, int y)
    {
        for (var c = 0; c < m.GetLength(1); c++) (m[x, c], m[y, c]) = (m[y, c], m[x, c]);
    }
}
