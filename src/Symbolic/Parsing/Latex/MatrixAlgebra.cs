using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>
/// The few exact matrix operations the lowering needs (sum, product, transpose, determinant by
/// cofactors, inverse by the adjugate). Sizes are small (declared matrices are instantiated with
/// entry symbols), so cofactor expansion is exact and fast enough; sizes are checked by the caller.
/// </summary>
internal static class MatrixAlgebra
{
    public const int MaxDeterminantSize = 6;

    public static Matrix Add(Matrix a, Matrix b) => Matrix.Of(a.Rows, a.Columns, (r, c) => Build.Add(a[r, c], b[r, c]));

    public static Matrix Scale(Expr s, Matrix a) => a.Map(e => Build.Mul(s, e));

    public static Matrix Hadamard(Matrix a, Matrix b) => Matrix.Of(a.Rows, a.Columns, (r, c) => Build.Mul(a[r, c], b[r, c]));

    public static Matrix Multiply(Matrix a, Matrix b) =>
        Matrix.Of(a.Rows, b.Columns, (r, c) => Build.Add(Enumerable.Range(0, a.Columns).Select(k => Build.Mul(a[r, k], b[k, c])).ToArray()));

    public static Matrix Transpose(Matrix a) => Matrix.Of(a.Columns, a.Rows, (r, c) => a[c, r]);

    public static Expr Trace(Matrix a) => Build.Add(Enumerable.Range(0, a.Rows).Select(k => a[k, k]).ToArray());

    public static Expr Determinant(Matrix a)
    {
        if (a.Rows == 1) return a[0, 0];
        if (a.Rows == 2) return Build.Sub(Build.Mul(a[0, 0], a[1, 1]), Build.Mul(a[0, 1], a[1, 0]));
        var terms = new List<Expr>();
        for (var c = 0; c < a.Columns; c++)
        {
            if (a[0, c].IsZero) continue;
            var sign = c % 2 == 0 ? Number.One : Number.MinusOne;
            terms.Add(Build.Mul(sign, a[0, c], Determinant(Minor(a, 0, c))));
        }
        return Build.Add(terms);
    }

    public static Matrix Minor(Matrix a, int row, int column) =>
        Matrix.Of(a.Rows - 1, a.Columns - 1, (r, c) => a[r < row ? r : r + 1, c < column ? c : c + 1]);

    /// <summary>The inverse by the adjugate; null when the determinant is exactly zero.</summary>
    public static Matrix? Inverse(Matrix a)
    {
        var det = Determinant(a);
        if (det.IsZero) return null;
        if (a.Rows == 1) return Matrix.Of(1, 1, (_, _) => Build.Pow(det, Number.MinusOne));
        var inverseDet = Build.Pow(det, Number.MinusOne);
        return Matrix.Of(a.Rows, a.Columns, (r, c) =>
        {
            var cofactor = Determinant(Minor(a, c, r));
            return Build.Mul((r + c) % 2 == 0 ? Number.One : Number.MinusOne, cofactor, inverseDet);
        });
    }

    public static Matrix Power(Matrix a, int n)
    {
        var result = Matrix.Identity(a.Rows);
        for (var k = 0; k < n; k++) result = Multiply(result, a);
        return result;
    }
}
