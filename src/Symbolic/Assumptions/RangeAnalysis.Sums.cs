using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Assumptions;

internal sealed partial class RangeAnalysis
{
    private const int MaxConvexTerms = 8;
    private const int MaxWeightChoices = 512;

    /// <summary>
    /// A sum: term by term; then by groups the assumptions sign (alpha + beta + r with
    /// alpha + beta ≥ 0); then as a convex combination; then with its terms gathered by constant factors;
    /// and, when the sign is still open, by the polynomial rule.
    /// </summary>
    private Range OfSum(Sum s)
    {
        var r = Termwise(s);
        if (!r.IsReal) return r;
        r = r.Meet(ByKnownGroups(s)).Meet(ConvexCombination(s));
        if (!r.HasSingleSign && GatheredByConstantFactors(s) is { } gathered) r = r.Meet(Of(gathered));
        if (nestedMemo is not null && !r.HasSingleSign) r = r.Meet(PolynomialSign(s));
        return r;
    }

    /// <summary>
    /// The terms that differ only in constant factors, gathered: 3α - 2√2 α is α (3 - 2√2), positive, where the two
    /// terms alone have opposite signs (the canonical form keeps them apart, √2 not being a number). An identity,
    /// so it is sound whatever it shows; the gathered sum has fewer terms, so reading it again ends; null when no two terms share their part with symbols.
    /// </summary>
    private static Expr? GatheredByConstantFactors(Expr e)
    {
        // Numbers are already gathered by the canonical form: only a root of a number or π, e can keep terms apart, and
        // looking for one first keeps the cost off the many sums that have none (the check corpus runs this per sum).
        if (e is not Sum s || !s.Terms.Any(t => t is Product p ? p.Factors.Any(IsIrrationalConstant) : IsIrrationalConstant(t))) return null;
        var groups = new Dictionary<Expr, List<Expr>>();
        foreach (var t in s.Terms)
        {
            IReadOnlyList<Expr> factors = t is Product p ? p.Factors : [t];
            var constant = factors.Where(IsConstant).ToArray();
            var rest = Build.Mul(factors.Where(f => !IsConstant(f)).ToArray());
            if (!groups.TryGetValue(rest, out var list)) groups[rest] = list = [];
            list.Add(constant.Length == 0 ? Number.One : Build.Mul(constant));
        }
        if (groups.Count == s.Terms.Count) return null;
        var gathered = Build.Add(groups.Select(g => Build.Mul(g.Key, Build.Add([.. g.Value]))).ToArray());
        // A sum of constants only is one group, itself: nothing to read again.
        return gathered.Equals(e) ? null : gathered;
    }

    private static bool IsConstant(Expr e) => !Substitution.FreeSymbols(e).Any();

    private static bool IsIrrationalConstant(Expr e) => e is Constant or Power { Base: Number, Exponent: Number };

    private Range Termwise(Sum s) => Fold(s.Terms, SignSetAlgebra.Add, (a, b) => a + b);

    /// <summary>
    /// For each assumed core K = k1 + k2 + … whose terms all occur in s: s = λK + (s - λK), with λ the
    /// coefficient of K's first term in s. The remainder has fewer terms, so this terminates.
    /// </summary>
    private Range ByKnownGroups(Sum s)
    {
        var r = Range.Unknown;
        if (facts.SumCores.Count == 0) return r;
        var coefficients = new Dictionary<Expr, BigRational>();
        foreach (var t in s.Terms)
        {
            if (t is Number) continue;
            var (c, rest) = Build.SplitCoefficient(t);
            coefficients[rest] = c;
        }
        foreach (var (core, interval) in facts.SumCores)
        {
            if (core.Terms.Count > coefficients.Count) continue;
            if (!core.Terms.All(t => coefficients.ContainsKey(Build.SplitCoefficient(t).Remainder))) continue;
            var lambda = coefficients[Build.SplitCoefficient(core.Terms[0]).Remainder];
            var remainder = Of(Build.Sub(s, Build.Mul(Number.Of(lambda), core)));
            if (!remainder.IsReal) continue;
            r = r.Meet(Range.Real(IntervalArithmetic.Scale(interval, lambda) + remainder.Interval));
        }
        return r;
    }

    /// <summary>
    /// k + λ Σ c_i u_i with c_i ≥ 0, some c_i &gt; 0 and Σ c_i = 1 (by construction, as w and 1 - w,
    /// or by an equality assumption) lies in k + λ [min u_i, max u_i]. λ = ±1 is the common sign of
    /// the terms' numeric coefficients; each term's weight is its coefficient times at most one factor.
    /// </summary>
    private Range ConvexCombination(Sum s)
    {
        var offset = s.Terms[0] is Number k ? k.Value : BigRational.Zero;
        var terms = s.Terms.Where(t => t is not Number).ToList();
        if (terms.Count < 2) return Range.Unknown;
        var signs = terms.Select(t => Build.SplitCoefficient(t).Coefficient.Sign).Distinct().ToList();
        if (signs.Count != 1) return Range.Unknown;
        var lambda = new BigRational(signs[0]);
        if (AssumedWeights(terms, lambda) is { } assumed && ConvexHull(assumed) is { } direct)
            return Range.Real(IntervalArithmetic.Shift(IntervalArithmetic.Scale(direct, lambda), offset));
        if (terms.Count > MaxConvexTerms) return Range.Unknown;
        var candidates = terms.Select(t => WeightCandidates(Build.Mul(Number.Of(lambda), t))).ToList();
        var total = candidates.Aggregate(1L, (n, c) => n * c.Count);
        if (total > MaxWeightChoices) return Range.Unknown;
        var choice = new int[terms.Count];
        for (var n = 0; n < total; n++)
        {
            var rest = n;
            for (var i = 0; i < choice.Length; i++) { choice[i] = (int)(rest % candidates[i].Count); rest /= candidates[i].Count; }
            var picked = choice.Select((c, i) => candidates[i][c]).ToList();
            if (ConvexHull(picked) is { } hull)
                return Range.Real(IntervalArithmetic.Shift(IntervalArithmetic.Scale(hull, lambda), offset));
        }
        return Range.Unknown;
    }

    /// <summary>
    /// Ways to read a term as weight · value: the coefficient alone, or times one factor that could
    /// be a weight (nonnegative, and at most 1 or a term of an assumed unit sum such as w1 + w2 + w3 = 1).
    /// </summary>
    private List<(Expr Weight, Expr Value)> WeightCandidates(Expr term)
    {
        var (c, rest) = Build.SplitCoefficient(term);
        var list = new List<(Expr, Expr)> { (Number.Of(c), rest) };
        if (rest is not Product p) return list;
        foreach (var f in p.Factors)
        {
            var weight = Build.Mul(Number.Of(c), f);
            var range = Of(weight);
            if (!range.Signs.IsNonnegative()) continue;
            if (!(range.Interval.Upper is { } u && u <= BigRational.One) && !facts.IsUnitSumTerm(f)) continue;
            list.Add((weight, Build.Div(rest, f)));
        }
        return list;
    }

    /// <summary>
    /// The one reading that needs no search: each term's weight is its factor named in an assumed unit
    /// sum (w_i in w1 + ... + wN = 1). Linear in the number of terms, so N = 50 weights are read as
    /// quickly as 2, where enumerating every factor as a possible weight grows as 3^N.
    /// </summary>
    private List<(Expr Weight, Expr Value)>? AssumedWeights(List<Expr> terms, BigRational lambda)
    {
        var picked = new List<(Expr, Expr)>();
        foreach (var t in terms)
        {
            var (c, rest) = Build.SplitCoefficient(Build.Mul(Number.Of(lambda), t));
            IReadOnlyList<Expr> factors = rest is Product p ? p.Factors : [rest];
            if (factors.FirstOrDefault(facts.IsUnitSumTerm) is not { } f) return null;
            picked.Add((Build.Mul(Number.Of(c), f), Build.Div(rest, f)));
        }
        return picked;
    }

    /// <summary>The hull of the values when the weights form a convex combination, else null.</summary>
    private Interval? ConvexHull(List<(Expr Weight, Expr Value)> picked)
    {
        if (!SumsToOne(Build.Add(picked.Select(p => p.Weight).ToArray()))) return null;
        var anyPositive = false;
        foreach (var (w, _) in picked)
        {
            var signs = Of(w).Signs;
            if (!signs.IsNonnegative()) return null;
            anyPositive |= signs.IsPositive();
        }
        if (!anyPositive) return null;
        Interval? hull = null;
        foreach (var (_, v) in picked)
        {
            var range = Of(v);
            if (!range.IsReal) return null;
            hull = hull is null ? range.Interval : hull.Hull(range.Interval);
        }
        return hull;
    }
}
