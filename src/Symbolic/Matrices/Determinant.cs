using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// Exact determinants that look at structure first: diagonal and triangular matrices (known from
/// the band the matrix recorded when it was built) cost n - 1 multiplications and O(n) reads;
/// otherwise small matrices with symbolic entries use memoized minor expansion, and the rest
/// Bareiss elimination over expanded polynomials in the entries, pivoting on structurally
/// nonzero entries.
/// </summary>
public static class Determinant
{
    public static Expr Of(Matrix m) => Explain(m).Value;

    public static DeterminantResult Explain(Matrix m)
    {
        MatrixOps.RequireSquare(m, "determinant");
        var n = m.Rows;
        if (n == 0) return new(Number.One, DeterminantMethod.Empty, 0);
        if (MatrixStructure.IsDiagonal(m)) return DiagonalProduct(m, DeterminantMethod.Diagonal);
        if (MatrixStructure.IsTriangular(m)) return DiagonalProduct(m, DeterminantMethod.Triangular);
        if (HasZeroLine(m)) return new(Number.Zero, DeterminantMethod.ZeroLine, 0);
        if (NumberMatrix.Entries(m) is { } numbers) return RationalBareiss.Of(numbers);
        var entries = new SparsePolynomial[n, n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
                entries[r, c] = SparsePolynomial.From(m[r, c]);
        if (n <= MinorExpansion.MaxSize && !AllConstant(entries)) return Minors(entries);
        return Bareiss(entries) ?? Berkowitz(entries);
    }

    private static DeterminantResult DiagonalProduct(Matrix m, DeterminantMethod method)
    {
        var diagonal = new Expr[m.Rows];
        for (var i = 0; i < m.Rows; i++) diagonal[i] = m[i, i];
        return new(Build.Mul(diagonal), method, m.Rows - 1);
    }

    private static bool HasZeroLine(Matrix m)
    {
        for (var i = 0; i < m.Rows; i++)
        {
            var row = true;
            var column = true;
            for (var j = 0; j < m.Rows && (row || column); j++)
            {
                row &= m[i, j].IsZero;
                column &= m[j, i].IsZero;
            }
            if (row || column) return true;
        }
        return false;
    }

    /// <summary>
    /// Bareiss: a[i,j] ← (a[k,k] a[i,j] - a[i,k] a[k,j]) / (previous pivot), where the division
    /// is exact in exact arithmetic (Sylvester's identity). Null if a division could not be
    /// carried out in this representation (e.g. with radicals), so the caller falls back.
    /// </summary>
    private static DeterminantResult? Bareiss(SparsePolynomial[,] input)
    {
        var n = input.GetLength(0);
        var a = (SparsePolynomial[,])input.Clone();
        var previous = SparsePolynomial.Constant(BigRational.One);
        var negate = false;
        long multiplications = 0;
        for (var k = 0; k < n - 1; k++)
        {
            var p = ChoosePivot(a, k);
            if (p < 0) return new(Number.Zero, DeterminantMethod.Bareiss, multiplications);
            if (p != k) { SwapRows(a, k, p); negate = !negate; }
            for (var i = k + 1; i < n; i++)
            {
                Safety.Deadline.Check();   // polynomial arithmetic builds no nodes: the step's budget is checked per row
                for (var j = k + 1; j < n; j++)
                {
                    var cross = a[k, k].Multiply(a[i, j]).Subtract(a[i, k].Multiply(a[k, j]));
                    multiplications += 2;
                    var divided = cross.DivideExact(previous);
                    if (divided is null) return null;
                    a[i, j] = divided;
                }
                a[i, k] = SparsePolynomial.Zero;
            }
            previous = a[k, k];
        }
        var det = negate ? a[n - 1, n - 1].Negate() : a[n - 1, n - 1];
        return new(det.ToExpr(), DeterminantMethod.Bareiss, multiplications);
    }

    private static bool AllConstant(SparsePolynomial[,] entries)
    {
        foreach (var p in entries)
            if (!p.IsConstant(out _)) return false;
        return true;
    }

    private static DeterminantResult Minors(SparsePolynomial[,] entries)
    {
        long multiplications = 0;
        var det = MinorExpansion.Determinant(entries, ref multiplications);
        return new(det.ToExpr(), DeterminantMethod.MinorExpansion, multiplications);
    }

    private static DeterminantResult Berkowitz(SparsePolynomial[,] entries)
    {
        long multiplications = 0;
        var coefficients = CharacteristicPolynomial.BerkowitzVector(entries, ref multiplications);
        // coefficients[n] = det(λI - A) at λ = 0 = (-1)^n det A.
        var n = entries.GetLength(0);
        var det = n % 2 == 0 ? coefficients[n] : coefficients[n].Negate();
        return new(det.ToExpr(), DeterminantMethod.Berkowitz, multiplications);
    }

    private static int ChoosePivot(SparsePolynomial[,] a, int k)
    {
        var best = -1;
        for (var i = k; i < a.GetLength(0); i++)
        {
            if (a[i, k].IsZero) continue;
            if (best < 0 || Weight(a[i, k]) < Weight(a[best, k])) best = i;
        }
        return best;
    }

    private static int Weight(SparsePolynomial p) => p.IsConstant(out _) ? 0 : p.TermCount;

    private static void SwapRows(SparsePolynomial[,] a, int x, int y)
    {
        for (var c = 0; c < a.GetLength(1); c++) (a[x, c], a[y, c]) = (a[y, c], a[x, c]);
    }
}
