using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// Matrices whose entries are all numbers, worked on as arrays of rationals. The general routines wrap every entry
/// in a polynomial or a rational function of the entries, which for numbers is nearly all of their cost.
/// </summary>
internal static class NumberMatrix
{
    /// <summary>The entries as rationals when every one is a number, else null.</summary>
    public static BigRational[,]? Entries(Matrix m)
    {
        // Most matrices asked are symbolic: they are turned away before any array is made for them.
        if (!m.Entries.All(e => e is Number)) return null;
        var values = new BigRational[m.Rows, m.Columns];
        for (var r = 0; r < m.Rows; r++)
            for (var c = 0; c < m.Columns; c++)
                values[r, c] = ((Number)m[r, c]).Value;
        return values;
    }

    /// <summary>
    /// adj(A) = det(A) A⁻¹ by one Gauss–Jordan elimination (n³ operations where the n² cofactors cost n⁵), fraction-free
    /// for an integer matrix; null when A is singular, where that formula does not apply and the caller takes the cofactors.
    /// </summary>
    public static Matrix? NonsingularAdjugate(BigRational[,] a)
    {
        if (IntegerAdjugate.Of(a) is { } integer) return integer;
        var n = a.GetLength(0);
        var m = new BigRational[n, 2 * n];
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < n; c++) m[r, c] = a[r, c];
            m[r, n + r] = BigRational.One;
        }
        var det = BigRational.One;
        for (var k = 0; k < n; k++)
        {
            var p = k;
            while (p < n && m[p, k].IsZero) p++;
            if (p == n) return null;
            if (p != k) { SwapRows(m, k, p); det = -det; }
            var pivot = m[k, k];
            det *= pivot;
            for (var c = k; c < 2 * n; c++) m[k, c] /= pivot;
            for (var i = 0; i < n; i++)
            {
                if (i == k || m[i, k].IsZero) continue;
                var factor = m[i, k];
                for (var c = k; c < 2 * n; c++) m[i, c] -= factor * m[k, c];
            }
        }
        return Matrix.Of(n, n, (r, c) => Number.Of(det * m[r, n + c]));
    }

    /// <summary>The product of two number matrices (the sizes already checked), summed in rationals.</summary>
    public static Matrix Multiply(BigRational[,] a, BigRational[,] b) =>
        Matrix.Of(a.GetLength(0), b.GetLength(1), (r, c) =>
        {
            var sum = BigRational.Zero;
            for (var k = 0; k < a.GetLength(1); k++) sum += a[r, k] * b[k, c];
            return Number.Of(sum);
        });

    private static void SwapRows(BigRational[,] m, int x, int y)
    {
        for (var c = 0; c < m.GetLength(1); c++) (m[x, c], m[y, c]) = (m[y, c], m[x, c]);
    }
}
