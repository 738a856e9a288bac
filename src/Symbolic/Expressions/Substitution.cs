using Ift6135.Sym.Symbolic.Construction;

namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>Substitution and free symbols: structural, rebuilding canonically as it goes.</summary>
public static class Substitution
{
    public static Expr Substitute(Expr e, Expr target, Expr replacement) =>
        Substitute(e, new Dictionary<Expr, Expr> { [target] = replacement });

    /// <summary>
    /// Replaces every occurrence of each key, simultaneously. A sum's or product's bound index is never
    /// replaced inside it, and is renamed first when a replacement would otherwise be captured by it
    /// (putting k for j in sum_k x_k y_j gives sum_i x_i y_k, not sum_k x_k y_k).
    /// </summary>
    public static Expr Substitute(Expr e, IReadOnlyDictionary<Expr, Expr> map)
    {
        if (map.TryGetValue(e, out var r)) return r;
        if (e is IndexedOperator o)
        {
            var inner = map.Where(kv => !kv.Key.Equals(o.Index)).ToDictionary(kv => kv.Key, kv => kv.Value);
            var captured = inner.Any(kv => Captures(kv.Value, o.Index) && o.Body.Contains(kv.Key));
            if (captured || inner.Count < map.Count)
            {
                var index = captured ? BoundIndex.Fresh(o.Index, [o.Body, .. inner.Keys, .. inner.Values]) : o.Index;
                var body = captured ? Substitute(o.Body, o.Index, index) : o.Body;
                return o.Make(Substitute(body, inner), index, Substitute(o.Lower, map), Substitute(o.Upper, map));
            }
        }
        return e.MapArgs(a => Substitute(a, map));
    }

    private static bool Captures(Expr replacement, Symbol index) => FreeSymbols(replacement).Contains(index);

    /// <summary>The symbols an expression depends on (bound summation indices excluded), in canonical order.</summary>
    public static IReadOnlyList<Symbol> FreeSymbols(Expr e)
    {
        var set = new SortedSet<Expr>(ExprOrder.Comparer);
        Collect(e, set, []);
        return set.Cast<Symbol>().ToList();
    }

    private static void Collect(Expr e, SortedSet<Expr> set, HashSet<Symbol> bound)
    {
        switch (e)
        {
            case Symbol s:
                if (!bound.Contains(s)) set.Add(s);
                foreach (var i in s.Indices) Collect(i, set, bound);
                return;
            case IndexedOperator o:
                Collect(o.Lower, set, bound);
                Collect(o.Upper, set, bound);
                var inner = new HashSet<Symbol>(bound) { o.Index };
                Collect(o.Body, set, inner);
                return;
            default:
                foreach (var a in e.Args) Collect(a, set, bound);
                return;
        }
    }
}
