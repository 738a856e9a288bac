using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>Entrywise and product operations on matrices, built with the canonical constructors.</summary>
public static class MatrixOps
{
    public static Matrix Add(Matrix a, Matrix b)
    {
        RequireSameSize(a, b, "add");
        return Matrix.Of(a.Rows, a.Columns, (r, c) => Build.Add(a[r, c], b[r, c]));
    }

    public static Matrix Subtract(Matrix a, Matrix b)
    {
        RequireSameSize(a, b, "subtract");
        return Matrix.Of(a.Rows, a.Columns, (r, c) => Build.Sub(a[r, c], b[r, c]));
    }

    /// <summary>The elementwise (Hadamard) product a ⊙ b.</summary>
    public static Matrix Hadamard(Matrix a, Matrix b)
    {
        RequireSameSize(a, b, "take the elementwise product ⊙ of");
        return Matrix.Of(a.Rows, a.Columns, (r, c) => Build.Mul(a[r, c], b[r, c]));
    }

    public static Matrix Multiply(Matrix a, Matrix b)
    {
        if (a.Columns != b.Rows)
            throw new MatrixDimensionException(
                $"Cannot multiply a {Size(a)} matrix by a {Size(b)} matrix: the left one has {a.Columns} columns but the right one has {b.Rows} rows.");
        if (NumberMatrix.Entries(a) is { } x && NumberMatrix.Entries(b) is { } y) return NumberMatrix.Multiply(x, y);
        return Matrix.Of(a.Rows, b.Columns, (r, c) =>
            Build.Add(Enumerable.Range(0, a.Columns).Select(k => Build.Mul(a[r, k], b[k, c])).ToArray()));
    }

    /// <summary>
    /// vᵀ A v for a column v, written as a polynomial in v's entries: Σᵢ aᵢᵢ vᵢ² + Σ_{i<j} (aᵢⱼ + aⱼᵢ) vᵢ vⱼ,
    /// each coefficient kept whole (the nested form v₁(a₁₁v₁ + a₁₂v₂) + ... that Multiply gives hides them).
    /// </summary>
    public static Expr QuadraticForm(Matrix a, Matrix v)
    {
        RequireSquare(a, "quadratic form");
        if (v.Columns != 1 || v.Rows != a.Rows)
            throw new MatrixDimensionException($"A quadratic form of a {Size(a)} matrix needs a {a.Rows}x1 column, not a {Size(v)} matrix.");
        var terms = new List<Expr>();
        for (var i = 0; i < a.Rows; i++)
        {
            terms.Add(Build.Mul(a[i, i], Build.Pow(v[i, 0], 2)));
            for (var j = i + 1; j < a.Rows; j++)
            {
                // One product with the monomial, else Mul would distribute the content over the lone sum again.
                var (content, primitive) = Rewriting.Rewrite.ContentAndPrimitive(Build.Add(a[i, j], a[j, i]));
                terms.Add(Build.Mul(Number.Of(content), primitive, v[i, 0], v[j, 0]));
            }
        }
        return Build.Add(terms.ToArray());
    }

    /// <summary>
    /// The adjugate (transposed cofactor matrix), entries expanded: adj(M) M = det(M) I, with no division, so it is
    /// defined for a singular M and for symbolic entries without cancelling fractions.
    /// </summary>
    public static Matrix Adjugate(Matrix m)
    {
        RequireSquare(m, "adjugate");
        var n = m.Rows;
        if (n == 1) return Matrix.Identity(1);
        if (NumberMatrix.Entries(m) is { } numbers && NumberMatrix.NonsingularAdjugate(numbers) is { } adjugate) return adjugate;
        return Matrix.Of(n, n, (r, c) =>
        {
            // Entry (r, c) is the cofactor of (c, r): the sign times the minor without row c and column r.
            var minor = Matrix.Of(n - 1, n - 1, (i, j) => m[i < c ? i : i + 1, j < r ? j : j + 1]);
            var cofactor = Rewriting.Rewrite.Expand(Determinant.Of(minor));
            return (r + c) % 2 == 0 ? cofactor : Build.Neg(cofactor);
        });
    }

    public static Matrix Scale(Expr factor, Matrix m) => m.Map(e => Build.Mul(factor, e));

    public static Matrix Transpose(Matrix m) => Matrix.Of(m.Columns, m.Rows, (r, c) => m[c, r]);

    public static Expr Trace(Matrix m)
    {
        RequireSquare(m, "trace");
        return Build.Add(Enumerable.Range(0, m.Rows).Select(i => m[i, i]).ToArray());
    }

    /// <summary>m^k for k ≥ 0 by repeated squaring.</summary>
    public static Matrix Power(Matrix m, int k)
    {
        RequireSquare(m, "power");
        if (k < 0) throw new ArgumentOutOfRangeException(nameof(k), "A matrix power needs a nonnegative exponent; use Inverse.Of first.");
        var result = Matrix.Identity(m.Rows);
        while (k > 0)
        {
            if ((k & 1) == 1) result = Multiply(result, m);
            k >>= 1;
            if (k > 0) m = Multiply(m, m);
        }
        return result;
    }

    internal static void RequireSquare(Matrix m, string operation)
    {
        if (!m.IsSquare) throw new MatrixDimensionException($"The {operation} needs a square matrix, but this one is {Size(m)}.");
    }

    internal static string Size(Matrix m) => $"{m.Rows}×{m.Columns}";

    private static void RequireSameSize(Matrix a, Matrix b, string verb)
    {
        if (a.Rows != b.Rows || a.Columns != b.Columns)
            throw new MatrixDimensionException($"Cannot {verb} a {Size(a)} matrix and a {Size(b)} matrix: the sizes differ.");
    }
}
