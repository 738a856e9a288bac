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
    /// Clearing denominators first (polynomial and rational identities, e.g. entries of inverse matrices,
    /// in polynomial arithmetic only, no expression nodes), then expansion (which also expands inside
    /// function arguments), then the simplifier (fractions, cancellation, functions with assumptions),
    /// by far the most expensive.
    /// </summary>
    public static SymbolicPass Default { get; set; } = (difference, assumptions) =>
    {
        if (ClearedDenominators.IsZero(difference)) return Number.Zero;
        var expanded = Rewrite.TryExpand(difference, MaxTerms);
        if (expanded is { IsZero: true }) return expanded;
        return Simplifier.Simplify(expanded ?? difference, assumptions);
    };

    /// <summary>The expansion the checker's own bookkeeping uses (equality assumptions), bounded.</summary>
    internal static Expr ExpandBounded(Expr e) => Rewrite.TryExpand(e, MaxTerms) ?? e;
}
