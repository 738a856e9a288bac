using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>What a formula denotes: a scalar expression or a matrix (vectors are n × 1 matrices).</summary>
public sealed class LatexValue
{
    public Expr? Scalar { get; }
    public Matrix? Matrix { get; }

    private LatexValue(Expr? scalar, Matrix? matrix)
    {
        Scalar = scalar;
        Matrix = matrix;
    }

    public static LatexValue Of(Expr scalar) => new(scalar, null);

    /// <summary>A 1 × 1 matrix (x^T A x) is a scalar.</summary>
    public static LatexValue Of(Matrix matrix) => matrix is { Rows: 1, Columns: 1 } ? new(matrix[0, 0], null) : new(null, matrix);

    public bool IsMatrix => Matrix is not null;

    public override string ToString() => Scalar?.ToString() ?? Matrix!.ToString();
}
