using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Construction;

/// <summary>
/// Sorts operands into canonical order, in linear time when they are nearly sorted already: the operands
/// of an existing sum or product come first and in order, so adding one term to a long sum must not
/// cost a full sort (which made building a sum term by term quadratic with a large constant).
/// </summary>
internal static class CanonicalSort
{
    public static void Sort(List<Expr> items)
    {
        var sorted = 1;
        while (sorted < items.Count && ExprOrder.Compare(items[sorted - 1], items[sorted]) <= 0) sorted++;
        if (sorted >= items.Count) return;
        var tail = items.GetRange(sorted, items.Count - sorted);
        tail.Sort(ExprOrder.Comparer);
        var merged = new List<Expr>(items.Count);
        int i = 0, j = 0;
        while (i < sorted || j < tail.Count)
            merged.Add(j == tail.Count || (i < sorted && ExprOrder.Compare(items[i], tail[j]) <= 0) ? items[i++] : tail[j++]);
        items.Clear();
        items.AddRange(merged);
    }
}
