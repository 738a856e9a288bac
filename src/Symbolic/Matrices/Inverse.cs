using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>Exact inverses by Gauss–Jordan elimination over rational functions of the entries.</summary>
public static class Inverse
{
    /// <summary>A⁻¹; throws <see cref="SingularMatrixException"/> when A is singular.</summary>
    public static Matrix Of(Matrix m)
    {
        MatrixOps.RequireSquare(m, "inverse");
        var n = m.Rows;
        var augmented = new RationalFunction[n, 2 * n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
            {
                augmented[r, c] = RationalFunction.From(m[r, c]);
                augmented[r, n + c] = r == c ? RationalFunction.One : RationalFunction.Zero;
            }
        var pivots = RationalElimination.ReduceRows(augmented, n);
        if (pivots.Count < n)
            throw new SingularMatrixException($"The {MatrixOps.Size(m)} matrix {m} is singular (rank {pivots.Count}), so it has no inverse.");
        return Matrix.Of(n, n, (r, c) => augmented[r, n + c].ToExpr());
    }
}
