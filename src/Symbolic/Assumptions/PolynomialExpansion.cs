using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// A small private expander (products over sums, positive integer powers of sums) with a cap on
/// the number of terms, so that sign reasoning never blows up. The rewriting lane's
/// Rewrite.Expand is the general one; this exists so the reasoner does not depend on it.
/// </summary>
internal static class PolynomialExpansion
{
    public const int MaxTerms = 96;
    private const int MaxPower = 8;

    /// <summary>The expanded form, or null when it would exceed <see cref="MaxTerms"/> terms.</summary>
    public static Expr? Expand(Expr e)
    {
        switch (e)
        {
            case Sum s:
                var terms = new List<Expr>();
                foreach (var t in s.Terms)
                {
                    if (Expand(t) is not { } x) return null;
                    terms.Add(x);
                }
                return Cap(Build.Add(terms));
            case Product p:
                var factors = new List<Expr>();
                foreach (var f in p.Factors)
                {
                    if (Expand(f) is not { } x) return null;
                    factors.Add(x);
                }
                return MultiplyOut(factors);
            case Power { Base: Sum, Exponent: Number { Value: { IsInteger: true, IsPositive: true } n } } pw when n <= MaxPower:
                if (Expand(pw.Base) is not { } b) return null;
                return MultiplyOut(Enumerable.Repeat(b, (int)n.Numerator).ToList());
            default:
                return e;
        }
    }

    private static Expr? MultiplyOut(IReadOnlyList<Expr> factors)
    {
        var terms = new List<Expr> { Number.One };
        foreach (var f in factors)
        {
            IReadOnlyList<Expr> parts = f is Sum s ? s.Terms : [f];
            if ((long)terms.Count * parts.Count > MaxTerms) return null;
            var next = new List<Expr>(terms.Count * parts.Count);
            foreach (var t in terms)
                foreach (var q in parts)
                    next.Add(Build.Mul(t, q));
            terms = Build.Add(next) is Sum sum ? [.. sum.Terms] : [Build.Add(next)];
        }
        return Cap(Build.Add(terms));
    }

    private static Expr? Cap(Expr e) => e is Sum s && s.Terms.Count > MaxTerms ? null : e;
}
