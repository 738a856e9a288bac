using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Rewriting;

public static partial class Rewrite
{
    /// <summary>Sums whose counts differ by more than this many terms are left apart (the terms would be written out).</summary>
    private const int MaxPeeledTerms = 8;

    /// <summary>
    /// Sums of one body over ranges that differ by a few terms at an end, in the normal form of <see cref="SplitIndexed"/>
    /// (every index from 1), written over the longest range with the difference as explicit terms: Σ_{k=1}^{K-1} w_{k+1}
    /// (Σ_{k=2}^{K} w_k) is Σ_{k=1}^{K} w_k - w_1, and Σ_{k=1}^{K-1} w_k is Σ_{k=1}^{K} w_k - w_K. So that a step which
    /// only peels a term off a sum (the z_1 of an importance-weighted bound) reaches 0. Only where the shorter count is
    /// provably at least 0 (<see cref="AtLeastZero"/>): a sum over an empty range is 0 and the rewrite would not hold below.
    /// For deciding equalities, not for printing. Sums inside other sums or products are left as they are.
    /// </summary>
    public static Expr AlignIndexedRanges(Expr e)
    {
        var sums = new List<IndexedSum>();
        CollectOuterSums(e, sums);
        if (sums.Count < 2) return e;
        var distinct = sums.Distinct().ToList();
        var map = new Dictionary<Expr, Expr>();
        foreach (var shorter in distinct)
            foreach (var longer in distinct)
                if (!map.ContainsKey(shorter) && !ReferenceEquals(shorter, longer) && Peeled(shorter, longer) is { } aligned)
                    map[shorter] = aligned;
        return map.Count == 0 ? e : Substitution.Substitute(e, map);
    }

    /// <summary>The sums anywhere in an expression (log(w_1 + Σ_k w_k) included), but not those inside another sum or product.</summary>
    private static void CollectOuterSums(Expr e, List<IndexedSum> sums)
    {
        if (e is IndexedSum sum) { sums.Add(sum); return; }
        if (e is IndexedOperator) return;
        foreach (var a in e.Args) CollectOuterSums(a, sums);
    }

    /// <summary>
    /// <paramref name="shorter"/> written as <paramref name="longer"/> less its extra terms, when both run from 1, the counts
    /// differ by an integer d in 1..<see cref="MaxPeeledTerms"/>, and the bodies agree at the start (g(k), the last d terms
    /// extra) or at the end (shorter's body is g(k + d), the first d terms extra); else null.
    /// </summary>
    private static Expr? Peeled(IndexedSum shorter, IndexedSum longer)
    {
        if (!shorter.Lower.IsOne || !longer.Lower.IsOne) return null;
        if (Build.Sub(longer.Upper, shorter.Upper) is not Number { Value: var gap } || !gap.IsInteger || gap.Sign <= 0 || gap > MaxPeeledTerms) return null;
        if (!AtLeastZero(shorter.Upper)) return null;
        var d = (int)gap.Numerator;
        var k = longer.Index;
        Expr At(Expr index) => Substitution.Substitute(longer.Body, k, index);
        var body = Substitution.Substitute(shorter.Body, shorter.Index, k);
        IEnumerable<Expr> extra;
        if (body.Equals(longer.Body)) extra = Enumerable.Range(0, d).Select(i => At(Build.Sub(longer.Upper, Number.Of(i))));
        else if (body.Equals(At(Build.Add(k, Number.Of(d))))) extra = Enumerable.Range(1, d).Select(i => At(Number.Of(i)));
        else return null;
        return Build.Sub(longer, Build.Add(extra.ToArray()));
    }

    /// <summary>
    /// Whether a count is provably at least 0: a number that is, or a constant plus positive-integer symbols with positive
    /// integer coefficients, each symbol then at least 1 (K - 1 for a count K).
    /// </summary>
    private static bool AtLeastZero(Expr count)
    {
        var least = Numbers.BigRational.Zero;
        foreach (var term in count is Sum sum ? sum.Terms : [count])
        {
            if (term is Number n) { least += n.Value; continue; }
            var (coefficient, rest) = Build.SplitCoefficient(term);
            if (rest is not Symbol { Facts: var facts } || !facts.HasFlag(Facts.Integer) || !facts.HasFlag(Facts.Positive)
                || !coefficient.IsInteger || coefficient.Sign <= 0)
                return false;
            least += coefficient;
        }
        return least.Sign >= 0;
    }
}
