using System.Numerics;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Rewriting;

/// <summary>Algebraic rewrites that change the shape but never the value of an expression.</summary>
public static partial class Rewrite
{
    /// <summary>The default bound on the number of terms a single expansion step may produce.</summary>
    public const int DefaultMaxTerms = 10_000;

    /// <summary>Distributes products over sums and expands positive integer powers of sums, everywhere in the tree.</summary>
    public static Expr Expand(Expr e) => Expand(e, Safety.SafetyLimits.Current.MaxExpansionTerms);

    /// <exception cref="ExpansionLimitException">When a step would produce more than <paramref name="maxTerms"/> terms.</exception>
    public static Expr Expand(Expr e, int maxTerms) => ToFixedPoint(e, node => ExpandNode(node, maxTerms));

    /// <summary>Expands one node whose arguments are already expanded.</summary>
    internal static Expr ExpandNode(Expr node, int maxTerms) => node switch
    {
        Product p => Distribute(p.Factors, maxTerms, depth: 0),
        Power { Base: Sum s, Exponent: Number { Value: { IsInteger: true } n } } when n.Numerator > 1 => ExpandPower(s, n.Numerator, maxTerms),
        // 1/(a + b)^n: the denominator is expanded, as a whole.
        Power { Base: Sum s, Exponent: Number { Value: { IsInteger: true } n } } when n.Numerator < -1 =>
            Build.Pow(ExpandPower(s, -n.Numerator, maxTerms), Number.MinusOne),
        _ => node,
    };

    private static Expr Distribute(IReadOnlyList<Expr> factors, long maxTerms, int depth)
    {
        var sums = factors.OfType<Sum>().ToList();
        if (sums.Count == 0) return Build.Mul(factors);
        long count = 1;
        foreach (var s in sums)
        {
            count *= s.Terms.Count;
            if (count > maxTerms) throw new ExpansionLimitException(count, (int)Math.Min(maxTerms, int.MaxValue), "a product of sums");
        }
        var rest = factors.Where(f => f is not Sum).ToList();
        IReadOnlyList<Expr> partial = [Build.Mul(rest)];
        foreach (var s in sums)
            partial = partial.SelectMany(t => s.Terms.Select(u => Build.Mul(t, u))).ToList();
        // Multiplying terms can rebuild a sum ((a+b)^(1/2) (a+b)^(1/2) = a + b): expand such terms again, boundedly.
        var terms = partial.Select(t => t is Product p && depth < 8 && p.Factors.Any(f => f is Sum)
            ? Distribute(p.Factors, maxTerms, depth + 1) : t);
        return Build.Add(terms.ToArray());
    }

    /// <summary>(t1 + ... + tk)^n by repeated multiplication, after checking the multinomial term count C(n+k-1, k-1).</summary>
    private static Expr ExpandPower(Sum s, BigInteger n, int maxTerms)
    {
        var count = Binomial(n + s.Terms.Count - 1, s.Terms.Count - 1);
        if (count > maxTerms) throw new ExpansionLimitException(count > long.MaxValue ? long.MaxValue : (long)count, maxTerms, $"({s})^{n}");
        Expr result = s;
        // The intermediate products hold at most count terms before collecting, times k: bound them by that.
        for (var k = 1; k < n; k++)
            result = Distribute([result, s], (long)maxTerms * s.Terms.Count, depth: 0);
        return result;
    }

    private static BigInteger Binomial(BigInteger n, int k)
    {
        BigInteger r = 1;
        for (var i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return r;
    }
}
