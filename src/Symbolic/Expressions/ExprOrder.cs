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
        var c = CompareInts((int)a.Kind, (int)b.Kind);
        if (c != 0) return c;
        switch (a)
        {
            case Number na: return na.Value.CompareTo(((Number)b).Value);
            case Constant ca: return CompareInts((int)ca.Which, (int)((Constant)b).Which);
            case Symbol sa:
                var sb = (Symbol)b;
                c = string.CompareOrdinal(sa.Name, sb.Name);
                if (c != 0) return c;
                c = CompareLists(sa.Indices, sb.Indices);
                return c != 0 ? c : CompareInts((int)sa.Facts, (int)sb.Facts);
            case Function fa:
                c = CompareInts((int)fa.Which, (int)((Function)b).Which);
                return c != 0 ? c : CompareLists(a.Args, b.Args);
            case Apply aa:
                var ab = (Apply)b;
                c = string.CompareOrdinal(aa.Name, ab.Name);
                if (c != 0) return c;
                c = CompareLists(aa.Arguments, ab.Arguments);
                return c != 0 ? c : CompareInts(aa.DerivativeOrders, ab.DerivativeOrders);
            case IndexedOperator oa:
                // Equal operators (the same up to the name of the index) must compare as 0.
                return CompareLists(oa.NamelessArgs, ((IndexedOperator)b).NamelessArgs);
            default:
                return CompareLists(a.Args, b.Args);
        }
    }

    // Enums are compared by their values as ints: Enum.CompareTo(object) boxes both operands, and this
    // comparison runs a few times per operand whenever a sum or product is sorted.
    private static int CompareInts(int a, int b) => a.CompareTo(b);

    /// <summary>The only place the order recurses, so the stack is checked here rather than on every comparison of two atoms.</summary>
    private static int CompareLists(IReadOnlyList<Expr> a, IReadOnlyList<Expr> b)
    {
        Safety.StackGuard.Ensure("ordering terms");
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
