using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Matrices;

public enum DeterminantMethod
{
    /// <summary>The 0×0 matrix: the empty product, 1.</summary>
    Empty,
    /// <summary>A diagonal matrix: the product of the diagonal.</summary>
    Diagonal,
    /// <summary>A lower or upper triangular matrix: the product of the diagonal.</summary>
    Triangular,
    /// <summary>A row or column of structural zeros: 0 without elimination.</summary>
    ZeroLine,
    /// <summary>Fraction-free (Bareiss) elimination with exact polynomial division.</summary>
    Bareiss,
    /// <summary>Division-free Laplace expansion with memoized minors (small matrices with symbolic entries).</summary>
    MinorExpansion,
    /// <summary>Division-free Berkowitz algorithm (used when an exact division could not be carried out).</summary>
    Berkowitz,
}

/// <summary>
/// A determinant with the method that produced it and the number of entry multiplications it
/// cost, so that a solution can show the cost growing as O(K) for triangular matrices and
/// O(K³) for elimination.
/// </summary>
public sealed record DeterminantResult(Expr Value, DeterminantMethod Method, long Multiplications)
{
    public string Explanation => Method switch
    {
        DeterminantMethod.Empty => "the determinant of the empty matrix is 1",
        DeterminantMethod.Diagonal => $"diagonal matrix: product of the diagonal entries ({Multiplications} multiplications)",
        DeterminantMethod.Triangular => $"triangular matrix: product of the diagonal entries ({Multiplications} multiplications)",
        DeterminantMethod.ZeroLine => "a row or column is zero, so the determinant is 0",
        DeterminantMethod.Bareiss => $"fraction-free Gaussian elimination (Bareiss), {Multiplications} multiplications",
        DeterminantMethod.MinorExpansion => $"cofactor expansion with memoized minors, {Multiplications} multiplications",
        _ => $"division-free Berkowitz algorithm, {Multiplications} multiplications",
    };
}
