using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// The sign of an expanded polynomial of degree at most 2 in real symbols with rational coefficients,
/// p(x) = xᵀAx + bᵀx + c, by completing squares: p(x) = (x, 1)ᵀ M (x, 1) with M = [[A, b/2], [bᵀ/2, c]],
/// so p ≥ 0 everywhere when M is positive semidefinite, and p &gt; 0 when moreover its minimum (the last
/// pivot of the elimination below) is positive. One symbol is the discriminant rule (x² - 2x + 1 ≥ 0, x² - 2x + 2 &gt; 0);
/// two give a² + b² ≥ 2ab. Assumptions are not used: this is a sign that holds for every real point.
/// </summary>
internal static class QuadraticSign
{
    /// <summary>More symbols than this are not tried (the form is a dense (n+1)×(n+1) matrix).</summary>
    private const int MaxSymbols = 12;

    public static SignSet? Of(Expr expanded)
    {
        if (expanded is not Sum s || QuadraticForm.Read(s, MaxSymbols) is not { } m) return null;
        if (Definiteness.Of(m) is { } positive) return positive ? SignSet.Positive : SignSet.Nonnegative;
        if (Definiteness.Of(Negated(m)) is { } negative) return negative ? SignSet.Negative : SignSet.Nonpositive;
        return null;
    }

    private static BigRational[,] Negated(BigRational[,] m)
    {
        var n = m.GetLength(0);
        var result = new BigRational[n, n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) result[i, j] = -m[i, j];
        return result;
    }

    /// <summary>The symmetric matrix M of a sum of terms c, k x, k x², k x y, or null for anything else.</summary>
    private static class QuadraticForm
    {
        public static BigRational[,]? Read(Sum s, int maxSymbols)
        {
            var symbols = new List<Symbol>();
            var terms = new List<(BigRational K, Symbol? X, Symbol? Y)>();
            foreach (var term in s.Terms)
            {
                var (k, rest) = Build.SplitCoefficient(term);
                if (Monomial(rest) is not { } pair) return null;
                foreach (var v in new[] { pair.X, pair.Y })
                {
                    if (v is null || symbols.Contains(v)) continue;
                    if (!v.Facts.HasFlag(Facts.Real) || symbols.Count == maxSymbols) return null;
                    symbols.Add(v);
                }
                terms.Add((k, pair.X, pair.Y));
            }
            if (symbols.Count == 0 || !terms.Any(t => t.Y is not null)) return null;
            var n = symbols.Count;
            var m = new BigRational[n + 1, n + 1];
            for (var i = 0; i <= n; i++)
                for (var j = 0; j <= n; j++) m[i, j] = BigRational.Zero;
            foreach (var (k, x, y) in terms)
            {
                // The constant 1 stands in the last row and column: k x = 2 (k/2) x 1.
                var i = x is null ? n : symbols.IndexOf(x);
                var j = y is null ? n : symbols.IndexOf(y);
                if (i == j) m[i, i] += k;
                else { m[i, j] += k * BigRational.Half; m[j, i] += k * BigRational.Half; }
            }
            return m;
        }

        /// <summary>A monomial of degree ≤ 2 as its two symbols (null for a missing one), or null.</summary>
        private static (Symbol? X, Symbol? Y)? Monomial(Expr rest) => rest switch
        {
            Number => (null, null),
            Symbol v => (v, null),
            Power { Base: Symbol v, Exponent: Number { Value: var e } } when e == 2 => (v, v),
            Product { Factors: [Symbol a, Symbol b] } => (a, b),
            _ => null,
        };
    }

    /// <summary>
    /// Symmetric Gaussian elimination in exact arithmetic, the constant's row last. It writes
    /// p(x) = Σ d_k ℓ_k(x)² + d_n with linear forms ℓ_k, which is possible exactly when every pivot d_k met
    /// is ≥ 0 and a zero pivot has a zero row left of it: then p ≥ d_n everywhere, with equality where every
    /// ℓ_k vanishes (a triangular system, always solvable). So p ≥ 0 when d_n ≥ 0 and p &gt; 0 when d_n &gt; 0.
    /// True for p &gt; 0, false for p ≥ 0 only, null when neither follows.
    /// </summary>
    private static class Definiteness
    {
        public static bool? Of(BigRational[,] matrix)
        {
            var m = (BigRational[,])matrix.Clone();
            var n = m.GetLength(0);
            for (var k = 0; k < n; k++)
            {
                var pivot = m[k, k];
                if (pivot.IsNegative) return null;
                if (pivot.IsZero)
                {
                    for (var j = k + 1; j < n; j++) if (!m[k, j].IsZero) return null;
                    continue;
                }
                for (var i = k + 1; i < n; i++)
                {
                    if (m[i, k].IsZero) continue;
                    var factor = m[i, k] / pivot;
                    for (var j = k; j < n; j++) m[i, j] -= factor * m[k, j];
                }
            }
            return m[n - 1, n - 1].IsPositive;
        }
    }
}
