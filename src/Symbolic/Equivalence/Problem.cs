using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Numeric;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// The two sides of a question with the equality assumptions solved and substituted, the remaining
/// assumptions as sampling constraints, and the symbols to sample (canonical order, so deterministic).
/// </summary>
internal sealed class Problem
{
    public Expr Left { get; }
    public Expr Right { get; }
    public IReadOnlyDictionary<Symbol, Expr> Solved { get; }
    public IReadOnlyList<Relation> Constraints { get; }
    public IReadOnlyList<Symbol> Symbols { get; }

    /// <summary>Solved weights on a simplex whose free partners the sampler draws together (disjoint groups).</summary>
    public IReadOnlyList<SimplexGroup> Simplexes { get; }

    /// <summary>The symbols in the bounds of the sums and products as written (before any closed form removed them): counts, never sampled as reals.</summary>
    public IReadOnlyList<Symbol> Bounds { get; }

    /// <summary>The symbols used as indices of others (i in x_i): positions, drawn as integers, never 0.4375.</summary>
    public IReadOnlySet<Symbol> Indices { get; }

    /// <summary>An equality assumption no symbol could be solved for; points then cannot honour it.</summary>
    public Relation? Unsolvable { get; }

    public Problem(Expr left, Expr right, Assumptions.Assumptions assumptions)
    {
        var (solved, unsolvable) = EqualityElimination.Solve(assumptions.Relations.Where(r => r.Kind == RelationKind.Equal));
        Solved = solved;
        Unsolvable = unsolvable;
        // Sums and products with a bound index in their normal form (linearity, logs of products): the
        // canonical test then decides the steps that only move terms in and out of them.
        var (written, writtenRight) = (EqualityElimination.Substitute(left, solved), EqualityElimination.Substitute(right, solved));
        Bounds = SymbolicBounds.Of(written, writtenRight);
        Left = SymbolicPasses.SplitIndexedBounded(written);
        Right = SymbolicPasses.SplitIndexedBounded(writtenRight);
        var constraints = assumptions.Relations
            .Where(r => r.Kind != RelationKind.Equal)
            .Select(r => new Relation(r.Kind, EqualityElimination.Substitute(r.Left, solved), EqualityElimination.Substitute(r.Right, solved)))
            .ToList();
        // A solved symbol's own facts (w3 > 0) become constraints on the symbols it was expressed in.
        foreach (var (symbol, value) in solved) constraints.AddRange(FactConstraints(symbol.Facts, value));
        if (constraints.Any(c => HasApplication(c.Left) || HasApplication(c.Right)))
        {
            var applied = FunctionsApplied(Left, Right);
            constraints.RemoveAll(c => OnOtherFunctionsOnly(c, applied));
        }
        Constraints = constraints;
        var symbols = new SortedSet<Expr>(ExprOrder.Comparer);
        foreach (var e in new[] { Left, Right }.Concat(constraints.SelectMany(c => new[] { c.Left, c.Right })))
            symbols.UnionWith(Substitution.FreeSymbols(e));
        Symbols = symbols.Cast<Symbol>().ToList();
        Indices = Symbols.Where(s => s.IsIndexed).SelectMany(s => s.Indices).SelectMany(Substitution.FreeSymbols).ToHashSet();
        Simplexes = DisjointSimplexes(solved, Symbols);
    }

    /// <summary>
    /// An assumption on undefined functions that neither side applies (5.3's f'(z) > -1 beside z_2^3 - z_1^3 > 0): the functions are
    /// free, so some choice of them satisfies it at every point and it constrains none of the sampled symbols. As a constraint it
    /// rejected every draw (f has no value at a point), and a false step not about f was left unknown instead of refuted.
    /// </summary>
    private static bool OnOtherFunctionsOnly(Relation constraint, IReadOnlySet<string> applied)
    {
        var functions = FunctionsApplied(constraint.Left, constraint.Right);
        return functions.Count > 0 && !functions.Overlaps(applied);
    }

    private static bool HasApplication(Expr e) => e is Apply || e.Args.Any(HasApplication);

    private static HashSet<string> FunctionsApplied(params Expr[] expressions) =>
        expressions.SelectMany(e => e.Descendants()).OfType<Apply>().Select(a => a.Function).ToHashSet(StringComparer.Ordinal);

    private static List<SimplexGroup> DisjointSimplexes(IReadOnlyDictionary<Symbol, Expr> solved, IReadOnlyList<Symbol> sampled)
    {
        var groups = new List<SimplexGroup>();
        var taken = new HashSet<Symbol>();
        foreach (var (symbol, value) in solved.OrderBy(kv => kv.Key, Comparer<Symbol>.Create(ExprOrder.Compare)))
            if (SimplexGroup.Recognize(symbol, value) is { } g && g.Free.All(s => sampled.Contains(s) && !taken.Contains(s)))
            {
                groups.Add(g);
                taken.UnionWith(g.Free);
            }
        return groups;
    }

    private static IEnumerable<Relation> FactConstraints(Facts facts, Expr value)
    {
        if (facts.HasFlag(Facts.Positive)) yield return new(RelationKind.Greater, value, Number.Zero);
        else if (facts.HasFlag(Facts.Nonnegative)) yield return new(RelationKind.GreaterOrEqual, value, Number.Zero);
        if (facts.HasFlag(Facts.Negative)) yield return new(RelationKind.Less, value, Number.Zero);
        else if (facts.HasFlag(Facts.Nonpositive)) yield return new(RelationKind.LessOrEqual, value, Number.Zero);
        if (facts.HasFlag(Facts.Nonzero) && !facts.HasFlag(Facts.Positive) && !facts.HasFlag(Facts.Negative))
            yield return new(RelationKind.NotEqual, value, Number.Zero);
    }

    /// <summary>The full point for a report: the sampled values and the solved symbols' values there.</summary>
    public IReadOnlyDictionary<Symbol, double> Report(SamplePoint point)
    {
        var result = new SortedDictionary<Symbol, double>(Comparer<Symbol>.Create(ExprOrder.Compare));
        for (var i = 0; i < point.Symbols.Count; i++) result[point.Symbols[i]] = point.Doubles[i];
        foreach (var (symbol, value) in Solved)
            result[symbol] = HighPrecision.TryEvaluate(value, point.Exact)?.ToDouble() ?? double.NaN;
        return result;
    }

    /// <summary>
    /// Left - Right, built once (the canonical test and the symbolic pass both need it), with sums that differ by a few terms at an end written over one range (<see cref="Rewriting.Rewrite.AlignIndexedRanges"/>).
    /// </summary>
    public Expr Difference => difference ??= Bounds.Count == 0 ? Build.Sub(Left, Right) : Rewriting.Rewrite.AlignIndexedRanges(Build.Sub(Left, Right));
    private Expr? difference;

    public static BigRational? Exact(Expr e, SamplePoint p) => p.IsReal ? HighPrecision.TryExact(e, p.Exact) : null;
}
