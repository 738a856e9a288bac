namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>
/// Naming of the bound index of a sum or product. For comparison the index is replaced by a placeholder
/// numbered by the operator's nesting height (1 + the height of the operators in its body), so that the
/// replacement is the same whatever the index was called, and an inner operator's placeholder (lower
/// height) never meets an outer one's. For substitution, a fresh name is chosen when the written one
/// would capture a free symbol of the replacement.
/// </summary>
internal static class BoundIndex
{
    /// <summary>A name no reader produces, so a placeholder never meets a symbol of the problem.</summary>
    public static Symbol Placeholder(int level, Assumptions.Facts facts) => Symbol.Of($"\u27E8bound {level}\u27E9", facts);

    public static (Expr Nameless, int Level) Nameless(Expr body, Symbol index)
    {
        var level = 1 + body.Descendants().OfType<IndexedOperator>().Select(o => o.Level).DefaultIfEmpty(0).Max();
        return (Substitution.Substitute(body, index, Placeholder(level, index.Facts)), level);
    }

    /// <summary>The first of i, j, k, l, m, p, q, r (then i1, i2, ...) that is free in none of <paramref name="avoid"/>, with the facts of <paramref name="index"/>.</summary>
    public static Symbol Fresh(Symbol index, IReadOnlyCollection<Expr> avoid)
    {
        var taken = avoid.SelectMany(Substitution.FreeSymbols).Select(s => s.Name).ToHashSet();
        var names = new[] { "i", "j", "k", "l", "m", "p", "q", "r" }.Concat(Enumerable.Range(1, int.MaxValue - 1).Select(n => "i" + n));
        return Symbol.Of(names.First(n => !taken.Contains(n)), index.Facts);
    }
}
