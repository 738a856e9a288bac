using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Construction;

/// <summary>
/// Where an operand already seen by Add or Mul sits in its list of distinct operands (like terms, equal bases).
/// Most sums and products have a handful of operands: for them a scan of the list, which compares cached hashes
/// first, finds the same position as a hash table without building one (the tables of Add and Mul were the
/// largest allocation of a solve). Past <see cref="ScanLimit"/> distinct operands the table is built once, so a
/// sum of 100,000 terms still collects in linear time.
/// </summary>
internal struct LikeOperands(int capacity)
{
    private const int ScanLimit = 8;

    private Dictionary<Expr, int>? table;

    /// <summary>The position of <paramref name="key"/> among the keys of <paramref name="seen"/>, or -1.</summary>
    public readonly int Find<T>(Expr key, List<T> seen, Func<T, Expr> keyOf)
    {
        if (table is not null) return table.TryGetValue(key, out var i) ? i : -1;
        for (var i = 0; i < seen.Count; i++)
            if (keyOf(seen[i]).Equals(key)) return i;
        return -1;
    }

    /// <summary>Records that <paramref name="key"/>, not seen before, is at <paramref name="position"/> of <paramref name="seen"/>.</summary>
    public void Remember<T>(Expr key, int position, List<T> seen, Func<T, Expr> keyOf)
    {
        if (table is not null) { table[key] = position; return; }
        if (position < ScanLimit) return;
        table = new Dictionary<Expr, int>(Math.Max(capacity, 2 * ScanLimit));
        for (var i = 0; i < seen.Count; i++) table[keyOf(seen[i])] = i;
        table[key] = position;
    }
}
