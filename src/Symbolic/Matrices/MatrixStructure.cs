namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// Structural shape tests: an entry counts as zero only if it is the number 0 as built (no
/// simplification is attempted), so the tests are a single O(n²) scan. Non-square matrices are
/// never diagonal or triangular here.
/// </summary>
public static class MatrixStructure
{
    public static bool IsDiagonal(Matrix m) => m.IsSquare && AllZero(m, (r, c) => r != c);

    /// <summary>Zero above the diagonal (S_ij = 0 for j &gt; i).</summary>
    public static bool IsLowerTriangular(Matrix m) => m.IsSquare && AllZero(m, (r, c) => c > r);

    /// <summary>Zero below the diagonal.</summary>
    public static bool IsUpperTriangular(Matrix m) => m.IsSquare && AllZero(m, (r, c) => r > c);

    public static bool IsTriangular(Matrix m) => IsLowerTriangular(m) || IsUpperTriangular(m);

    private static bool AllZero(Matrix m, Func<int, int, bool> where)
    {
        for (var r = 0; r < m.Rows; r++)
            for (var c = 0; c < m.Columns; c++)
                if (where(r, c) && !m[r, c].IsZero) return false;
        return true;
    }
}
