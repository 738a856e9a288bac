namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>
/// The canonical total order on expressions, used to sort the operands of sums and products.
/// It depends only on structure (never on hashes), so canonical forms are the same in every run.
/// Display order (descending degree) is the printers' business, not this one's.
/// </summary>
public static class ExprOrder
{
    public static readonly IComparer<Expr> Comparer = Comparer<Expr>.Create(Compare);

    public static int Compare(Expr a, Expr b)
    {
        if (ReferenceEquals(a, b)) return 0;
        var c = a.Kind.CompareTo(b.Kind);
        if (c == 0) Safety.StackGuard.Ensure("ordering terms");
        if (c != 0) return c;
        switch (a)
        {
            case Number na: return na.Value.CompareTo(((Number)b).Value);
            case Constant ca: return ca.Which.CompareTo(((Constant)b).Which);
            case Symbol sa:
                var sb = (Symbol)b;
                c = string.CompareOrdinal(sa.Name, sb.Name);
                if (c != 0) return c;
                c = CompareLists(sa.Indices, sb.Indices);
                return c != 0 ? c : sa.Facts.CompareTo(sb.Facts);
            case Function fa:
                c = fa.Which.CompareTo(((Function)b).Which);
                return c != 0 ? c : CompareLists(a.Args, b.Args);
            case Apply aa:
                var ab = (Apply)b;
                c = string.CompareOrdinal(aa.Name, ab.Name);
                if (c != 0) return c;
                c = CompareLists(aa.Arguments, ab.Arguments);
                return c != 0 ? c : CompareInts(aa.DerivativeOrders, ab.DerivativeOrders);
            default:
                return CompareLists(a.Args, b.Args);
        }
    }

    private static int CompareLists(IReadOnlyList<Expr> a, IReadOnlyList<Expr> b)
    {
        var n = Math.Min(a.Count, b.Count);
        for (var i = 0; i < n; i++)
        {
            var c = Compare(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Count.CompareTo(b.Count);
    }

    private static int CompareInts(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        return a.Count.CompareTo(b.Count);
    }
}
