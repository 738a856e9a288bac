using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// A simplification of a difference a - b that returns 0 when it can show a = b. The checker's only
/// symbolic hook, replaceable through <see cref="EquivalenceOptions.SymbolicPass"/>.
/// </summary>
public delegate Expr SymbolicPass(Expr difference, Assumptions.Assumptions assumptions);

public static class SymbolicPasses
{
    /// <summary>Bounds the work of the default pass: past it, the numeric test decides.</summary>
    private const int MaxTerms = 2_000;

    /// <summary>
    /// Expansion first (cheap, decides polynomial identities, and rational ones whose denominators are
    /// already the same atoms, as in a quadratic form through an inverse), then clearing denominators
    /// (rational identities with different denominators, e.g. (AB)⁻¹ = B⁻¹A⁻¹, in polynomial arithmetic
    /// only), then the simplifier (fractions, cancellation, functions with assumptions), by far the most
    /// expensive. Measured: clearing denominators first made the quadratic-form step 40% slower.
    /// Before all three, logs are split where their factors are provably positive, so that the rest is
    /// algebra in the logs of the factors (log(2πs²/(s²+w²)) against log 2 + log π + 2 log s − ...).
    /// </summary>
    public static SymbolicPass Default { get; set; } = (difference, assumptions) =>
    {
        difference = Simplifier.ExpandLogs(difference, assumptions);
        var expanded = Rewrite.TryExpand(difference, MaxTerms);
        if (expanded is { IsZero: true }) return expanded;
        if (ClearedDenominators.IsZero(difference)) return Number.Zero;
        return Simplifier.Simplify(expanded ?? difference, assumptions);
    };

    /// <summary>The expansion the checker's own bookkeeping uses (equality assumptions), bounded.</summary>
    internal static Expr ExpandBounded(Expr e) => Rewrite.TryExpand(e, MaxTerms) ?? e;

    /// <summary>The normal form of sums and products over an index (<see cref="Rewrite.SplitIndexed"/>), each body's expansion bounded.</summary>
    internal static Expr SplitIndexedBounded(Expr e) => Rewrite.SplitIndexed(e, MaxTerms);
}
