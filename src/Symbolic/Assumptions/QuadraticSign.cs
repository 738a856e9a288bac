using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// Completing the square for an expanded a x² + b x + c in one real symbol with rational
/// coefficients: with a &gt; 0 it is ≥ (4ac - b²)/(4a) everywhere, so its sign follows from the
/// discriminant (x² - 2x + 1 ≥ 0, x² - 2x + 2 &gt; 0).
/// </summary>
internal static class QuadraticSign
{
    public static SignSet? Of(Expr expanded)
    {
        if (expanded is not Sum s) return null;
        Symbol? x = null;
        BigRational a = BigRational.Zero, b = BigRational.Zero, c = BigRational.Zero;
        foreach (var term in s.Terms)
        {
            var (k, rest) = Build.SplitCoefficient(term);
            var (variable, degree) = rest switch
            {
                Number => ((Symbol?)null, 0),
                Symbol v => (v, 1),
                Power { Base: Symbol v, Exponent: Number { Value: var e } } when e == 2 => (v, 2),
                _ => (null, -1),
            };
            if (degree < 0) return null;
            if (variable is not null)
            {
                if (x is not null && !x.Equals(variable)) return null;
                x = variable;
            }
            if (degree == 0) c += k; else if (degree == 1) b += k; else a += k;
        }
        if (x is null || a.IsZero || !x.Facts.HasFlag(Facts.Real)) return null;
        var discriminant = b * b - 4 * a * c;
        if (discriminant.IsPositive) return null;
        var strict = discriminant.IsNegative;
        if (a.IsPositive) return strict ? SignSet.Positive : SignSet.Nonnegative;
        return strict ? SignSet.Negative : SignSet.Nonpositive;
    }
}
