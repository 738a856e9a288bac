using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// The relational assumptions read once into what the reasoner uses: an interval for each
/// core expression (alpha ↦ (0, ∞), alpha + beta ↦ [0, ∞), w1 + w2 + w3 ↦ [1, 1]), the cores
/// known to be nonzero, and the substitutions that turn a linear relation into a fresh slack
/// variable (beta = t - alpha with t ≥ 0).
/// </summary>
internal sealed class RelationalFacts
{
    private readonly Dictionary<Expr, Interval> intervals = [];
    private readonly HashSet<Expr> nonzero = [];
    private readonly HashSet<int> sumCoreSizes = [];
    private readonly bool hasNonSumCore;
    private readonly HashSet<Expr> unitSumTerms = [];

    /// <summary>True when two assumptions contradict each other; the later one was then ignored.</summary>
    public bool Inconsistent { get; private set; }

    /// <summary>The cores that are sums, in the order their assumptions were given (deterministic).</summary>
    public IReadOnlyList<(Sum Core, Interval Interval)> SumCores { get; }

    public IReadOnlyList<(Symbol Target, Expr Replacement)> Substitutions { get; }

    public RelationalFacts(Assumptions assumptions)
    {
        var order = new List<Expr>();
        foreach (var r in assumptions.Relations) Read(r, order);
        foreach (var core in order.Concat(nonzero))
        {
            if (core is Sum s) sumCoreSizes.Add(s.Terms.Count);
            else hasNonSumCore = true;
        }
        foreach (var core in order.OfType<Sum>())
            if (intervals[core] is { IsPoint: true } p && p.Lower == BigRational.One)
                foreach (var t in core.Terms) unitSumTerms.Add(t);
        SumCores = order.OfType<Sum>().Select(s => (s, intervals[s])).Where(p => !p.Item2.IsAll).ToList();
        Substitutions = BuildSubstitutions(order.OfType<Symbol>().Where(s => HasShiftedBound(intervals[s])));
    }

    public Interval? IntervalOf(Expr core) => intervals.TryGetValue(core, out var i) ? i : null;

    /// <summary>True when e is a term of an assumed sum equal to 1 (a weight of a convex combination).</summary>
    public bool IsUnitSumTerm(Expr e) => unitSumTerms.Contains(e);

    /// <summary>
    /// A cheap filter before normalizing e: an assumption can speak of e only if some core has
    /// as many non-constant terms as e (sums), or e is not a sum and some core is not either.
    /// </summary>
    public bool MayKnow(Expr e)
    {
        if (intervals.Count == 0 && nonzero.Count == 0) return false;
        if (e is not Sum s) return hasNonSumCore;
        var n = s.Terms[0] is Number ? s.Terms.Count - 1 : s.Terms.Count;
        return sumCoreSizes.Contains(n);
    }

    public bool IsNonzero(Expr core) => nonzero.Contains(core);

    private void Read(Relation r, List<Expr> order)
    {
        var difference = Build.Sub(r.Left, r.Right);
        if (LinearKey.Of(difference) is not { } key) return;
        if (r.Kind == RelationKind.NotEqual)
        {
            if (key.Offset.IsZero) nonzero.Add(key.Core);
            return;
        }
        var whole = r.Kind switch
        {
            RelationKind.Equal => Interval.Point(BigRational.Zero),
            RelationKind.Greater => Interval.Positive,
            RelationKind.GreaterOrEqual => Interval.Nonnegative,
            RelationKind.Less => Interval.Negative,
            _ => Interval.Nonpositive,
        };
        var core = key.Invert(whole);
        if (!intervals.TryGetValue(key.Core, out var old)) { intervals[key.Core] = core; order.Add(key.Core); return; }
        var both = old.Intersect(core);
        if (both is null) Inconsistent = true;
        else intervals[key.Core] = both;
    }

    /// <summary>
    /// For a core c·s + rest known to be ≥ L (or ≤ U, or = V) with s a symbol absent from rest:
    /// s = (L + t - rest)/c with a fresh t ≥ 0 (t &gt; 0 when the bound is strict). And for a symbol bounded away from 0
    /// (<paramref name="shifted"/>: x &gt; 1), x = 1 + t: x^2 - x is then t^2 + t, positive, which the bounds of x^2 and -x
    /// alone could not show (the same x in both).
    /// </summary>
    private List<(Symbol, Expr)> BuildSubstitutions(IEnumerable<Symbol> shifted)
    {
        var result = new List<(Symbol, Expr)>();
        foreach (var s in shifted)
            foreach (var value in SlackValues(intervals[s], result.Count))
                result.Add((s, value));
        foreach (var (core, interval) in SumCores)
        {
            foreach (var term in core.Terms)
            {
                var (c, rest) = Build.SplitCoefficient(term);
                if (rest is not Symbol s || core.Terms.Count(t => t.Contains(s)) != 1) continue;
                var others = Build.Sub(core, term);
                foreach (var value in SlackValues(interval, result.Count))
                    result.Add((s, Build.Div(Build.Sub(value, others), Number.Of(c))));
            }
        }
        return result;
    }

    /// <summary>An interval with a finite bound other than 0 (a bound at 0 is a sign, which the reasoner reads directly).</summary>
    private static bool HasShiftedBound(Interval interval) =>
        !interval.IsPoint && (interval.Lower is { IsZero: false } || interval.Upper is { IsZero: false });

    /// <summary>Expressions that range exactly over the interval's lower or upper ray, through a fresh slack symbol.</summary>
    private static IEnumerable<Expr> SlackValues(Interval interval, int serial)
    {
        if (interval.IsPoint) { yield return Number.Of(interval.Lower!.Value); yield break; }
        if (interval.Lower is { } l)
            yield return Build.Add(Number.Of(l), Slack(serial, interval.LowerOpen));
        if (interval.Upper is { } u)
            yield return Build.Sub(Number.Of(u), Slack(serial + 1, interval.UpperOpen));
    }

    /// <summary>A symbol no problem can name (the '#' is not an identifier character in any front end).</summary>
    private static Symbol Slack(int serial, bool strict) =>
        Symbol.Of($"slack#{serial}", strict ? Facts.Positive : Facts.Nonnegative);
}
