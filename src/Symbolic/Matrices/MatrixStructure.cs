namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// Structural shape tests: an entry counts as zero only if it is the number 0 as built (no
/// simplification is attempted). The matrix records its band as it is built, so each test is
/// O(1). Non-square matrices are never diagonal or triangular here.
/// </summary>
public static class MatrixStructure
{
    public static bool IsDiagonal(Matrix m) => IsLowerTriangular(m) && IsUpperTriangular(m);

    /// <summary>Zero above the diagonal (S_ij = 0 for j &gt; i).</summary>
    public static bool IsLowerTriangular(Matrix m) => m.IsSquare && m.UpperBandwidth <= 0;

    /// <summary>Zero below the diagonal.</summary>
    public static bool IsUpperTriangular(Matrix m) => m.IsSquare && m.LowerBandwidth <= 0;

    public static bool IsTriangular(Matrix m) => IsLowerTriangular(m) || IsUpperTriangular(m);
}
