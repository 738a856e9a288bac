using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// det(λI - A) by Berkowitz's algorithm: division-free, O(n⁴) ring operations, so it works
/// for symbolic entries without any cancellation step. A matrix of numbers goes the multi-modular
/// way instead (<see cref="RationalCharacteristicPolynomial"/>), in O(n³) word operations per prime.
/// </summary>
public static class CharacteristicPolynomial
{
    /// <summary>
    /// det(λI - A), fully expanded (canonical, so it compares structurally with other expanded
    /// forms); use <see cref="Polynomial"/> for the coefficients of the powers of λ.
    /// </summary>
    public static Expr Of(Matrix m, Symbol lambda) => SparsePolynomial.From(Polynomial(m, lambda).ToExpr()).ToExpr();

    /// <summary>The characteristic polynomial as a polynomial in λ (monic, degree n).</summary>
    public static UnivariatePolynomial Polynomial(Matrix m, Symbol lambda)
    {
        MatrixOps.RequireSquare(m, "characteristic polynomial");
        if (RationalCharacteristicPolynomial.TryCoefficients(m) is { } numeric)
            return UnivariatePolynomial.FromCoefficients(lambda, numeric.Select(c => (Expr)Number.Of(c)));
        var n = m.Rows;
        var entries = new SparsePolynomial[n, n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
            {
                if (m[r, c].Contains(lambda))
                    throw new ArgumentException($"The matrix entry at ({r + 1}, {c + 1}), {m[r, c]}, contains the variable {lambda} of the characteristic polynomial.", nameof(lambda));
                entries[r, c] = SparsePolynomial.From(m[r, c]);
            }
        long multiplications = 0;
        var highestFirst = BerkowitzVector(entries, ref multiplications);
        return UnivariatePolynomial.FromCoefficients(lambda, highestFirst.Reverse().Select(p => p.ToExpr()));
    }

    /// <summary>
    /// Coefficients of det(λI - A) from λⁿ down to λ⁰. Peels A = [[a, R], [C, B]] from the
    /// bottom-right corner up: charvec(A) = T · charvec(B), with T the lower-triangular Toeplitz
    /// matrix whose first column is 1, -a, -R C, -R B C, -R B² C, ...
    /// </summary>
    internal static SparsePolynomial[] BerkowitzVector(SparsePolynomial[,] a, ref long multiplications)
    {
        var n = a.GetLength(0);
        var one = SparsePolynomial.Constant(BigRational.One);
        if (n == 0) return [one];
        var vector = new[] { one, a[n - 1, n - 1].Negate() };
        for (var s = n - 2; s >= 0; s--)
        {
            var m = n - 1 - s;                        // size of the trailing block B
            var t = new SparsePolynomial[m + 2];
            t[0] = one;
            t[1] = a[s, s].Negate();
            var x = new SparsePolynomial[m];          // B^k C, starting with C
            for (var i = 0; i < m; i++) x[i] = a[s + 1 + i, s];
            for (var k = 2; k <= m + 1; k++)
            {
                Safety.Deadline.Check();   // polynomial arithmetic builds no nodes: the step's budget is checked here
                var rx = SparsePolynomial.Zero;
                for (var i = 0; i < m; i++) { rx = rx.Add(a[s, s + 1 + i].Multiply(x[i])); multiplications++; }
                t[k] = rx.Negate();
                if (k <= m) x = TimesBlock(a, s + 1, x, ref multiplications);
            }
            var next = new SparsePolynomial[m + 2];
            for (var i = 0; i < m + 2; i++)
            {
                var sum = SparsePolynomial.Zero;
                for (var j = 0; j <= Math.Min(i, m); j++) { sum = sum.Add(t[i - j].Multiply(vector[j])); multiplications++; }
                next[i] = sum;
            }
            vector = next;
        }
        return vector;
    }

    private static SparsePolynomial[] TimesBlock(SparsePolynomial[,] a, int offset, SparsePolynomial[] x, ref long multiplications)
    {
        var m = x.Length;
        var y = new SparsePolynomial[m];
        for (var i = 0; i < m; i++)
        {
            var sum = SparsePolynomial.Zero;
            for (var j = 0; j < m; j++) { sum = sum.Add(a[offset + i, offset + j].Multiply(x[j])); multiplications++; }
            y[i] = sum;
        }
        return y;
    }
}
