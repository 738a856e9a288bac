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
        // A canonical product without a sum factor is already expanded: rebuilding it would only make a copy.
        Product p when !HasSumFactor(p) => p,
        Product p => Distribute(p.Factors, maxTerms, depth: 0),
        Power { Base: Sum s, Exponent: Number { Value: { IsInteger: true } n } } when n.Numerator > 1 => ExpandPower(s, n.Numerator, maxTerms),
        // 1/(a + b)^n: the denominator is expanded, as a whole.
        Power { Base: Sum s, Exponent: Number { Value: { IsInteger: true } n } } when n.Numerator < -1 =>
            Build.Pow(ExpandPower(s, -n.Numerator, maxTerms), Number.MinusOne),
        _ => node,
    };

    private static bool HasSumFactor(Product p)
    {
        foreach (var f in p.Factors)
            if (f is Sum) return true;
        return false;
    }

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

    /// <summary>
    /// (t1 + ... + tk)^n by the multinomial theorem: one term n!/(j1!···jk!) t1^j1···tk^jk per
    /// composition j1 + ... + jk = n, the C(n+k-1, k-1) terms built directly (repeated
    /// multiplication would build and collect n - 1 intermediate sums). A term in which a power
    /// rebuilt a sum (sqrt(a+b)^2 = a + b) is distributed again, as a product of sums is.
    /// </summary>
    private static Expr ExpandPower(Sum s, BigInteger n, int maxTerms)
    {
        var k = s.Terms.Count;
        var count = Binomial(n + k - 1, k - 1);
        if (count > maxTerms) throw new ExpansionLimitException(count > long.MaxValue ? long.MaxValue : (long)count, maxTerms, $"({s})^{n}");
        var power = (int)n;
        var powers = new Expr[k][];
        for (var i = 0; i < k; i++)
        {
            powers[i] = new Expr[power + 1];
            for (var j = 0; j <= power; j++) powers[i][j] = Build.Pow(s.Terms[i], Number.Of(j));
        }
        var terms = new List<Expr>((int)count);
        var factors = new Expr[k + 1];
        void Compose(int i, int left, BigInteger coefficient)
        {
            if (i == k - 1)
            {
                factors[0] = Number.Of(coefficient);
                factors[k] = powers[i][left];
                var term = Build.Mul(factors);
                terms.Add(term is Product p && p.Factors.Any(f => f is Sum) ? Distribute(p.Factors, maxTerms, depth: 1) : term);
                return;
            }
            for (var j = left; j >= 0; j--)
            {
                factors[i + 1] = powers[i][j];
                Compose(i + 1, left - j, coefficient * Binomial(left, j));
            }
        }
        Compose(0, power, BigInteger.One);
        return Build.Add(terms);
    }

    private static BigInteger Binomial(BigInteger n, BigInteger k)
    {
        BigInteger r = 1;
        for (var i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return r;
    }
}
