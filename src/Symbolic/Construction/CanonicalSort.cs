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
        SortChecked(tail);
        var merged = new List<Expr>(items.Count);
        int i = 0, j = 0;
        while (i < sorted || j < tail.Count)
            merged.Add(j == tail.Count || (i < sorted && ExprOrder.Compare(items[i], tail[j]) <= 0) ? items[i++] : tail[j++]);
        items.Clear();
        items.AddRange(merged);
    }

    /// <summary>Lists at least this long are sorted with the step's budget checked between comparisons.</summary>
    private const int CheckedLength = 4096;

    /// <summary>
    /// Sorting a sum of 100,000 terms takes about a second and builds no node, so it would pass no check point;
    /// a long sort checks the budget every 1024 comparisons. List.Sort wraps what a comparer throws in an
    /// InvalidOperationException: the budget's exception is taken out again.
    /// </summary>
    private static void SortChecked(List<Expr> items)
    {
        if (items.Count < CheckedLength || !Safety.Deadline.IsActive)
        {
            items.Sort(ExprOrder.Comparer);
            return;
        }
        var comparisons = 0;
        try
        {
            items.Sort((a, b) =>
            {
                if ((++comparisons & 1023) == 0) Safety.Deadline.Check();
                return ExprOrder.Compare(a, b);
            });
        }
        catch (InvalidOperationException e) when (e.InnerException is Safety.TimeBudgetExceededException budget)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(budget).Throw();
        }
    }
}
