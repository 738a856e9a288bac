using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// Deciding a step over sums or products whose bounds are symbolic (sum_{k=1}^{n}). The symbols of the
/// bounds count terms, so they are never sampled as reals (n = -0.94 would make every such step false).
/// Valid only by proof: the sides' normal form (<see cref="Rewriting.Rewrite.SplitIndexed"/>, applied by
/// <see cref="Problem"/>) equal, or the step holding with every sum and product left taken as an unknown
/// (an identity between unknowns holds for any value of them, the sums' included; decided as any step,
/// so possibly "valid (numeric)" like any other identity). Refuted only by a re-checkable counterexample
/// at a small count: the bound symbols set to 1, ..., <see cref="Largest"/>, every sum then written out, the
/// instance decided as any step and its counterexample reported with the count. Holding at every small
/// count proves nothing for all counts: the step is then unknown.
/// </summary>
internal static class SymbolicBounds
{
    /// <summary>The largest count tried for each bound symbol.</summary>
    public const int Largest = 4;

    /// <summary>At most this many instances when several bound symbols are combined.</summary>
    private const int MaxInstances = 16;

    /// <summary>The free symbols of the bounds of the sums and products of the sides, in canonical order.</summary>
    public static IReadOnlyList<Symbol> Of(params Expr[] sides)
    {
        var operators = Operators(sides);
        return operators.Count == 0 ? []
            : operators.SelectMany(o => Substitution.FreeSymbols(o.Lower).Concat(Substitution.FreeSymbols(o.Upper)))
                .Distinct().OrderBy(s => s, Comparer<Symbol>.Create(ExprOrder.Compare)).ToList();
    }

    /// <summary>
    /// The sums and products in the sides, found by one loop over their nodes: every decision asks, and most sides have
    /// none; LINQ over <see cref="Expr.Descendants"/> spent ~3% of check's corpus pass in its iterators here.
    /// </summary>
    private static List<IndexedOperator> Operators(Expr[] sides)
    {
        // In the order of Descendants (each side in turn, depth first, arguments left to right): the symbols keep the order they had.
        var found = new List<IndexedOperator>();
        var pending = new Stack<Expr>();
        foreach (var side in sides)
        {
            pending.Push(side);
            while (pending.TryPop(out var e))
            {
                if (e is IndexedOperator o) found.Add(o);
                var args = e.Args;
                for (var i = args.Count - 1; i >= 0; i--) pending.Push(args[i]);
            }
        }
        return found;
    }

    public static Verdict Decide(Problem problem, RelationKind kind, IReadOnlyList<Symbol> bounds, Assumptions.Assumptions assumptions, EquivalenceOptions options)
    {
        if (kind == RelationKind.Equal && AsUnknowns(problem, bounds, assumptions, options) is { } valid) return valid;
        var (held, undecided) = (new List<string>(), new List<string>());
        foreach (var values in Instances(bounds))
        {
            var map = bounds.Select((s, i) => (s, i)).ToDictionary(p => (Expr)p.s, p => (Expr)Number.Of(values[p.i]));
            if (Instantiate(assumptions, map) is not { } instanceAssumptions) continue;
            var instance = new Relation(kind, Substitution.Substitute(problem.Left, map), Substitution.Substitute(problem.Right, map));
            var v = EquivalenceChecker.Decide(instance, instanceAssumptions, options);
            var counts = string.Join(", ", bounds.Select((s, i) => $"{s} = {values[i]}"));
            if (v.IsInvalid && v.Counterexample is { } ce)
            {
                var point = new SortedDictionary<Symbol, double>(ce.Point.ToDictionary(), Comparer<Symbol>.Create(ExprOrder.Compare));
                for (var i = 0; i < bounds.Count; i++) point[bounds[i]] = values[i];
                return v with { Counterexample = ce with { Point = point }, Detail = $"fails for {counts}, the sums written out: {v.Detail}" };
            }
            (v.IsValid ? held : undecided).Add(counts);
        }
        var every = string.Join(", ", bounds);
        var detail = held.Count == 0
            ? $"neither proved nor refuted, and not decided with the sums written out for {string.Join("; ", undecided)}"
            : $"holds with the sums written out for {string.Join("; ", held)}, but was not proved for every {every}: small cases are no proof";
        return EquivalenceChecker.Unknown(options, held.Count > 0 && undecided.Count > 0 ? $"{detail} (not decided for {string.Join("; ", undecided)})" : detail);
    }

    /// <summary>
    /// Valid when the step holds with each distinct sum and product replaced by an unknown of the same sign,
    /// and each count by a positive unknown (the counts tried are 1, 2, ...: a count is taken to be at least 1); else null.
    /// </summary>
    private static Verdict? AsUnknowns(Problem problem, IReadOnlyList<Symbol> bounds, Assumptions.Assumptions assumptions, EquivalenceOptions options)
    {
        var atoms = new Dictionary<Expr, Expr>();
        var counts = bounds.ToDictionary(b => (Expr)b, b => (Expr)b.WithFacts(b.Facts | Facts.Positive));
        Expr Replace(Expr e) => Substitution.Substitute(e.Transform(node => node is IndexedOperator o ? Atom(o, atoms) : node), counts);
        var left = Replace(problem.Left);
        var right = Replace(problem.Right);
        var v = EquivalenceChecker.Decide(left, right, assumptions, options);
        return v.IsValid ? v with { Detail = $"with each sum and product taken as an unknown, {v.Detail}" } : null;
    }

    private static Expr Atom(IndexedOperator o, Dictionary<Expr, Expr> atoms)
    {
        if (atoms.TryGetValue(o, out var known)) return known;
        var sign = SignOf.Get(o);
        var facts = sign.IsPositive() ? Facts.Positive : sign.IsNonnegative() ? Facts.Nonnegative : sign.IsReal() ? Facts.Real : Facts.None;
        var atom = Symbol.Of($"\u27E8{(o is IndexedSum ? "sum" : "product")} {atoms.Count + 1}\u27E9", facts);
        atoms[o] = atom;
        return atom;
    }

    /// <summary>The assumptions with the counts put in; null when one of them is then false (the count is excluded).</summary>
    private static Assumptions.Assumptions? Instantiate(Assumptions.Assumptions assumptions, IReadOnlyDictionary<Expr, Expr> map)
    {
        var relations = new List<Relation>();
        foreach (var r in assumptions.Relations)
        {
            var instance = new Relation(r.Kind, Substitution.Substitute(r.Left, map), Substitution.Substitute(r.Right, map));
            if (instance.Left.IsNumber(out var l) && instance.Right.IsNumber(out var rv))
            {
                if (!PointSampler.Constraint.Satisfies(l.CompareTo(rv), r.Kind)) return null;
                continue;
            }
            relations.Add(instance);
        }
        return Assumptions.Assumptions.Of([.. relations]);
    }

    /// <summary>Every combination of counts 1..<see cref="Largest"/>, smallest totals first, at most <see cref="MaxInstances"/>.</summary>
    private static IEnumerable<int[]> Instances(IReadOnlyList<Symbol> bounds)
    {
        IEnumerable<int[]> all = [[]];
        foreach (var _ in bounds) all = all.SelectMany(prefix => Enumerable.Range(1, Largest).Select(v => (int[])[.. prefix, v]));
        return all.OrderBy(v => v.Sum()).Take(MaxInstances);
    }
}
