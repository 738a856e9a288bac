using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Assumptions;

internal sealed partial class RangeAnalysis
{
    /// <summary>
    /// The polynomial rule: write the sum over a common denominator D of known nonzero sign,
    /// expand the numerator, and read its sign term by term (or by completing the square); failing that, substitute each
    /// linear assumption's slack (beta = t - alpha, t ≥ 0) and read again. Each attempt is one
    /// bounded expansion analysed without this rule, so the work stays bounded.
    /// </summary>
    private Range PolynomialSign(Sum s)
    {
        var inner = new RangeAnalysis(facts, nestedMemo!, nestedMemo: null);
        var (numerator, denominator) = OverCommonDenominator(s);
        var denominatorSigns = inner.Of(denominator).Signs;
        if (denominatorSigns is not (SignSet.Positive or SignSet.Negative)) return Range.Unknown;
        if (PolynomialExpansion.Expand(numerator) is not { } expanded) return Range.Unknown;

        var best = Range.Unknown;
        foreach (var candidate in Rewritings(expanded))
        {
            var signs = inner.Of(candidate).Signs;
            if (QuadraticSign.Of(candidate) is { } completed) signs &= completed;
            if (!(signs.IsNonnegative() || signs.IsNonpositive())) continue;
            best = best.Meet(Range.OfSigns(SignSetAlgebra.Multiply(signs, denominatorSigns)));
            if (best.HasSingleSign) break;
        }
        return best;
    }

    /// <summary>The expanded numerator, then the same with each slack substitution, expanded again.</summary>
    private IEnumerable<Expr> Rewritings(Expr expanded)
    {
        yield return expanded;
        foreach (var (target, replacement) in facts.Substitutions)
        {
            if (!expanded.Contains(target)) continue;
            var substituted = Substitution.Substitute(expanded, target, replacement);
            if (PolynomialExpansion.Expand(substituted) is { } again) yield return again;
        }
    }

    /// <summary>
    /// s = N / D with D the product of every base raised to a negative integer power in some term,
    /// to the largest such power; N = Σ term · D, where the powers cancel by construction.
    /// </summary>
    private static (Expr Numerator, Expr Denominator) OverCommonDenominator(Sum s)
    {
        var powers = new Dictionary<Expr, int>();
        var order = new List<Expr>();
        foreach (var t in s.Terms)
        {
            IReadOnlyList<Expr> factors = t is Product p ? p.Factors : [t];
            foreach (var f in factors)
            {
                if (f is not Power { Exponent: Number { Value: { IsInteger: true, IsNegative: true } n } } pw) continue;
                if (n.Numerator < -16) continue;
                var k = (int)-n.Numerator;
                if (!powers.TryGetValue(pw.Base, out var old)) order.Add(pw.Base);
                powers[pw.Base] = Math.Max(old, k);
            }
        }
        if (order.Count == 0) return (s, Number.One);
        var denominator = Build.Mul(order.Select(b => Build.Pow(b, Number.Of(powers[b]))).ToArray());
        var numerator = Build.Add(s.Terms.Select(t => Build.Mul(t, denominator)).ToArray());
        return (numerator, denominator);
    }
}
