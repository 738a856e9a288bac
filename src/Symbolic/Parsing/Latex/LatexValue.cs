using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>
/// What a formula denotes: a scalar expression or a matrix (vectors are n × 1 matrices); a finite set
/// of scalars only as a whole side of a relation ({1 + αi, 1 − αi}).
/// </summary>
public sealed class LatexValue
{
    public Expr? Scalar { get; }
    public Matrix? Matrix { get; }
    public IReadOnlyList<Expr>? Set { get; }

    private LatexValue(Expr? scalar, Matrix? matrix, IReadOnlyList<Expr>? set = null)
    {
        Scalar = scalar;
        Matrix = matrix;
        Set = set;
    }

    public static LatexValue Of(Expr scalar) => new(scalar, null);

    /// <summary>A 1 × 1 matrix (x^T A x) is a scalar.</summary>
    public static LatexValue Of(Matrix matrix) => matrix is { Rows: 1, Columns: 1 } ? new(matrix[0, 0], null) : new(null, matrix);

    public static LatexValue OfSet(IReadOnlyList<Expr> elements) => new(null, null, elements);

    public bool IsMatrix => Matrix is not null;

    public override string ToString() => Scalar?.ToString() ?? Matrix?.ToString() ?? "{" + string.Join(", ", Set!) + "}";
}
