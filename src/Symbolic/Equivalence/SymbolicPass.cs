using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// A simplification of a difference a - b that returns 0 when it can show a = b. The checker's only
/// symbolic hook: the rewriting lane's Expand/Together/Simplify plug in here.
/// </summary>
public delegate Expr SymbolicPass(Expr difference, Assumptions.Assumptions assumptions);

public static class SymbolicPasses
{
    /// <summary>The pass used when the options name none. Replaceable in one place by the lead.</summary>
    public static SymbolicPass Default { get; set; } = (e, _) => PolynomialExpansion.Expand(e);
}

/// <summary>
/// The smallest expansion the checker needs on its own: distributes products over sums and expands
/// small integer powers of sums, so that (a + b)^2 - (a^2 + 2ab + b^2) canonicalizes to 0.
/// A stand-in for the rewriting lane's Rewrite.Expand.
/// </summary>
internal static class PolynomialExpansion
{
    private const int MaxTerms = 512;
    private const int MaxPower = 8;

    public static Expr Expand(Expr e) => e.Transform(ExpandNode);

    private static Expr ExpandNode(Expr e) => e switch
    {
        Product p => Distribute(p.Factors) ?? e,
        Power { Base: Sum s, Exponent: Number { Value: { IsInteger: true } n } } when n > 1 && n <= MaxPower =>
            Distribute(Enumerable.Repeat<Expr>(s, (int)n.Numerator).ToList()) ?? e,
        _ => e,
    };

    /// <summary>The sum of all products of one term per factor; null when that would exceed <see cref="MaxTerms"/>.</summary>
    private static Expr? Distribute(IReadOnlyList<Expr> factors)
    {
        if (!factors.Any(f => f is Sum || f is Power { Base: Sum })) return null;
        var partial = new List<Expr> { Number.One };
        foreach (var f in factors)
        {
            var terms = TermsOf(f);
            if (partial.Count * terms.Count > MaxTerms) return null;
            partial = partial.SelectMany(a => terms.Select(t => Build.Mul(a, t))).ToList();
        }
        return Build.Add(partial);
    }

    private static IReadOnlyList<Expr> TermsOf(Expr f)
    {
        if (f is Power { Base: Sum } p) f = ExpandNode(p);
        return f is Sum s ? s.Terms : [f];
    }
}
