using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Rewriting;

/// <summary>
/// A deterministic simplification pipeline, not a search: bottom-up, each node is replaced by the
/// smallest (by <see cref="Size"/>) of a fixed list of candidates: cancelled over a common denominator,
/// that with numerator and denominator expanded, the node expanded, and the node itself. Ties go to
/// the earlier candidate, so that different writings of one value tend to meet in the cancelled form.
/// Expansion inside is bounded; a candidate that would exceed the bound is dropped.
/// </summary>
public static class Simplifier
{
    private const int MaxTerms = 500;

    /// <param name="assumptions">
    /// The problem's assumptions: with them, |a|, sign(a), H(a), max/min and log(a^r) use a sign reasoner
    /// (<see cref="SignRules"/>); without, only the symbols' own facts (as at construction) are used.
    /// </param>
    public static Expr Simplify(Expr e, Assumptions.Assumptions? assumptions = null)
    {
        var rules = assumptions is null ? null : SignRules.For(assumptions);
        return e.TransformShared(node => Best(node, rules));
    }

    /// <summary>
    /// Every log in <paramref name="e"/> split where the assumptions prove the pieces positive
    /// (log(ab) = log a + log b, log(a^r) = r log a), so that logs of products written differently on the
    /// two sides of an identity meet as sums of the same logs.
    /// </summary>
    public static Expr ExpandLogs(Expr e, Assumptions.Assumptions assumptions)
    {
        if (!e.Descendants().Any(n => n is Function { Which: FunctionKind.Log })) return e;
        return SignRules.For(assumptions).ExpandLogs(e);
    }

    private static Expr Best(Expr node, SignRules? rules)
    {
        if (node.Args.Count == 0) return node;
        if (rules is not null)
        {
            node = rules.Apply(node);
            if (node.Args.Count == 0) return node;
        }
        var best = node;
        var bestSize = Size.Of(node) + 1;            // the node itself wins only when nothing is smaller or equal
        foreach (var candidate in Candidates(node, rules))
        {
            var size = Size.Of(candidate);
            if (size < bestSize) { best = candidate; bestSize = size; }
        }
        return best;
    }

    private static IEnumerable<Expr> Candidates(Expr node, SignRules? rules)
    {
        if (rules is not null && node is Function { Which: FunctionKind.Log }) yield return rules.ExpandLog(node);
        if (rules is not null && node is Sum && HasLogTerm(node)) yield return rules.ExpandLogs(node);
        var cancelled = Rewrite.CancelNode(node);
        yield return cancelled;
        if (TryExpandedFraction(cancelled) is { } fraction) yield return Rewrite.CancelNode(fraction);
        if (TryExpand(node) is { } expanded) yield return expanded;
    }

    /// <summary>
    /// A sum with a log among its terms (c·log u counts): splitting every such log can make terms cancel,
    /// as in log(ab) − log a − log b, although each split alone is larger than the log it replaces.
    /// </summary>
    private static bool HasLogTerm(Expr sum) =>
        sum.Args.Any(t => t is Function { Which: FunctionKind.Log } || t is Product p && p.Args.Any(f => f is Function { Which: FunctionKind.Log }));

    private static Expr? TryExpandedFraction(Expr e)
    {
        var (n, d) = Rewrite.NumeratorDenominator(e);
        var en = TryExpand(n);
        var ed = TryExpand(d);
        return en is null || ed is null ? null : en / ed;
    }

    private static Expr? TryExpand(Expr e)
    {
        try { return Rewrite.Expand(e, MaxTerms); }
        catch (ExpansionLimitException) { return null; }
    }
}
