using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Rewriting;

public static partial class Rewrite
{
    /// <summary>
    /// A normal form of the sums and products with a bound index, for deciding equalities (not for
    /// printing: it rewrites what was written). Every index is shifted to start at 1 (sum_{j=0}^{n-1} x_{j+1}
    /// = sum_{j=1}^{n} x_j). Sums are split over the terms of their expanded body,
    /// with the factors free of the index taken out (sum_k (c x_k + y_k) = c sum_k x_k + sum_k y_k);
    /// products are split over the factors of their body, a factor free of the index raised to the number
    /// of factors (prod_i c x_i = c^(n) prod_i x_i); a sum of a power of the index alone is replaced by its
    /// closed form (<see cref="PowerSums"/>: sum_{k=1}^{n} k = n(n+1)/2); the log of a product of positive factors becomes the
    /// sum of their logs (<see cref="ExpandLog(Expr)"/>), split in turn. An expression without such an
    /// operator is returned as it is. <paramref name="maxTerms"/> bounds the expansion of each body.
    /// </summary>
    public static Expr SplitIndexed(Expr e, int maxTerms)
    {
        if (!e.Descendants().Any(d => d is IndexedOperator)) return e;
        var split = Linearity(e, maxTerms);
        if (!split.Descendants().Any(d => d is Function { Which: FunctionKind.Log } log && log.Argument.Descendants().Any(x => x is IndexedProduct))) return split;
        return Linearity(ExpandLog(split), maxTerms);
    }

    private static Expr Linearity(Expr e, int maxTerms) => e.Transform(node => node switch
    {
        IndexedSum s => SplitSum(s, maxTerms),
        IndexedProduct p => SplitProduct(p, maxTerms),
        _ => node,
    });

    private static Expr SplitSum(IndexedSum s, int maxTerms)
    {
        var (shifted, count) = FromOne(s);
        var body = TryExpand(shifted, maxTerms) ?? shifted;
        var terms = body is Sum sum ? sum.Terms : [body];
        return Build.Add(terms.Select(t =>
        {
            var (coefficient, rest) = Build.SplitCoefficient(t);
            var (inside, outside) = ByIndex(rest, s.Index);
            var inner = Build.Mul(inside);
            var summed = PowerSums.Closed(inner, s.Index, count, maxTerms) ?? Build.IndexedSum(inner, s.Index, Number.One, count);
            return Build.Mul([Number.Of(coefficient), .. outside, summed]);
        }).ToArray());
    }

    private static Expr SplitProduct(IndexedProduct p, int maxTerms)
    {
        var (shifted, count) = FromOne(p);
        var (coefficient, rest) = Build.SplitCoefficient(shifted);
        var (inside, outside) = ByIndex(rest, p.Index);
        return Build.Mul([
            Build.Pow(Number.Of(coefficient), count),
            .. outside.Select(f => Build.Pow(f, count)),
            .. inside.Select(f => ProductOfFactor(f, p.Index, count, maxTerms))]);
    }

    /// <summary>
    /// The product over the index of one factor of the body, with an integer power taken out (prod_k 1/s_k =
    /// (prod_k s_k)^(-1), as sums take constants out) and an exponential turned into the exponential of a sum
    /// (prod_k e^(a_k) = e^(sum_k a_k), split in turn); the power of a product is that of its factors for an integer
    /// exponent whatever their signs, and a positive base's powers multiply to the power of the sum.
    /// </summary>
    private static Expr ProductOfFactor(Expr factor, Symbol index, Expr count, int maxTerms)
    {
        if (factor is Power { Exponent: Number { Value.IsInteger: true } exponent } power && power.Base.Contains(index))
            return Build.Pow(Build.IndexedProduct(power.Base, index, Number.One, count), exponent);
        if (factor is Power { Base: Constant { Which: ConstantKind.E } or Number { Value.IsPositive: true } } growth && growth.Exponent.Contains(index)
            && !growth.Base.Contains(index))
        {
            var sum = Build.IndexedSum(growth.Exponent, index, Number.One, count);
            return Build.Pow(growth.Base, sum is IndexedSum s ? SplitSum(s, maxTerms) : sum);
        }
        return Build.IndexedProduct(factor, index, Number.One, count);
    }

    /// <summary>The body with the index shifted so that it runs from 1, and the number of terms (its new upper bound).</summary>
    private static (Expr Body, Expr Count) FromOne(IndexedOperator o)
    {
        var count = Build.Add(o.Upper, Build.Neg(o.Lower), Number.One);
        if (o.Lower.IsOne) return (o.Body, count);
        var shift = Build.Sub(o.Lower, Number.One);
        return (Substitution.Substitute(o.Body, o.Index, Build.Add(o.Index, shift)), count);
    }

    /// <summary>The factors of a product that depend on the index, and those that do not.</summary>
    private static (List<Expr> Inside, List<Expr> Outside) ByIndex(Expr product, Symbol index)
    {
        var factors = product is Product p ? p.Factors : [product];
        var inside = factors.Where(f => f.Contains(index)).ToList();
        return (inside, factors.Where(f => !f.Contains(index)).ToList());
    }
}
