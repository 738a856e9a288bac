using Ift6135.Sym.Symbolic.Construction;

namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>Substitution and free symbols: structural, rebuilding canonically as it goes.</summary>
public static class Substitution
{
    public static Expr Substitute(Expr e, Expr target, Expr replacement) =>
        Substitute(e, new Dictionary<Expr, Expr> { [target] = replacement });

    /// <summary>Replaces every occurrence of each key, simultaneously; a sum's bound index is never replaced inside it.</summary>
    public static Expr Substitute(Expr e, IReadOnlyDictionary<Expr, Expr> map)
    {
        if (map.TryGetValue(e, out var r)) return r;
        if (e is IndexedSum s && map.ContainsKey(s.Index))
        {
            var inner = map.Where(kv => !kv.Key.Equals(s.Index)).ToDictionary(kv => kv.Key, kv => kv.Value);
            return Build.IndexedSum(Substitute(s.Body, inner), s.Index, Substitute(s.Lower, map), Substitute(s.Upper, map));
        }
        return e.MapArgs(a => Substitute(a, map));
    }

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
            case IndexedSum sum:
                Collect(sum.Lower, set, bound);
                Collect(sum.Upper, set, bound);
                var inner = new HashSet<Symbol>(bound) { sum.Index };
                Collect(sum.Body, set, inner);
                return;
            default:
                foreach (var a in e.Args) Collect(a, set, bound);
                return;
        }
    }
}
