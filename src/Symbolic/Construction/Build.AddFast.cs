using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Construction;

public static partial class Build
{
    private const int FastAddMinimumTerms = 16;
    private const int FastAddMaximumExtra = 4;

    /// <summary>
    /// s + t (+ a few more) for a long canonical sum s: each new term finds its like term by a scan of
    /// hashes and is placed by binary search, instead of re-collecting and re-sorting all of s. Gives the
    /// same node as the general path (which it falls back to for anything unusual), so that building a
    /// sum term by term costs a linear scan per term rather than a full rebuild.
    /// </summary>
    private static Expr? TryAddFewToLongSum(IReadOnlyList<Expr> terms)
    {
        if (terms.Count < 2 || terms.Count > FastAddMaximumExtra + 1) return null;
        Sum? big = null;
        foreach (var t in terms)
        {
            if (t is Sum s && s.Terms.Count >= FastAddMinimumTerms && big is null) big = s;
            else if (t is Sum or Constant { Which: ConstantKind.Undefined }) return null;
        }
        if (big is null) return null;

        var constant = big.Terms[0] is Number n0 ? n0.Value : BigRational.Zero;
        var rest = new List<Expr>(big.Terms.Count + terms.Count);
        for (var i = constant.IsZero && big.Terms[0] is not Number ? 0 : 1; i < big.Terms.Count; i++) rest.Add(big.Terms[i]);
        foreach (var t in terms)
        {
            if (ReferenceEquals(t, big)) continue;
            if (t is Number n) { constant += n.Value; continue; }
            if (!Place(rest, t)) return null;
        }
        if (!constant.IsZero) rest.Insert(0, Number.Of(constant));
        return rest.Count switch
        {
            0 => Number.Zero,
            1 => rest[0],
            _ => new Sum(rest.ToArray()),
        };
    }

    /// <summary>Adds a non-numeric term to sorted, collected terms; false when the result would not be a plain term.</summary>
    private static bool Place(List<Expr> sorted, Expr term)
    {
        var (c, remainder) = SplitCoefficient(term);
        for (var i = 0; i < sorted.Count; i++)
        {
            var (ci, ri) = SplitCoefficient(sorted[i]);
            if (!ri.Equals(remainder)) continue;
            sorted.RemoveAt(i);
            var total = ci + c;
            if (total.IsZero) return true;
            term = WithCoefficient(total, remainder);
            if (term is Sum or Number) return false;
            break;
        }
        var at = sorted.BinarySearch(term, ExprOrder.Comparer);
        sorted.Insert(at < 0 ? ~at : at, term);
        return true;
    }
}
