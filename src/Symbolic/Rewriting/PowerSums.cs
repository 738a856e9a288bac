using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Rewriting;

/// <summary>
/// Closed forms of sum_{k=1}^{m} k^p for a natural p (Faulhaber's polynomials), from the telescoping
/// identity (m+1)^(p+1) - 1 = sum_{j=0}^{p} C(p+1, j) S_j(m), solved for S_p with S_0(m) = m; exact.
/// </summary>
public static class PowerSums
{
    /// <summary>The largest power given a closed form: the polynomials grow with p, and steps use small ones.</summary>
    public const int MaxPower = 12;

    /// <summary>sum_{k=1}^{m} body in closed form when body is 1, k or k^p (p natural, at most <see cref="MaxPower"/>); else null.</summary>
    public static Expr? Closed(Expr body, Symbol index, Expr m, int maxTerms)
    {
        int p;
        if (body.Equals(index)) p = 1;
        else if (body is Power { Exponent: Number { Value: { IsInteger: true } e } } pw && pw.Base.Equals(index) && e.Sign > 0 && e <= MaxPower) p = (int)e.Numerator;
        else return null;
        return Sum(p, m, maxTerms);
    }

    /// <summary>S_p(m) = sum_{k=1}^{m} k^p, expanded in m.</summary>
    public static Expr Sum(int p, Expr m, int maxTerms)
    {
        var sums = new List<Expr> { m };
        for (var q = 1; q <= p; q++)
        {
            var rest = Build.Sub(Build.Pow(Build.Add(m, Number.One), Number.Of(q + 1)), Number.One);
            for (var j = 0; j < q; j++) rest = Build.Sub(rest, Build.Mul(Number.Of(Binomial(q + 1, j)), sums[j]));
            var s = Build.Div(rest, Number.Of(q + 1));
            sums.Add(Rewrite.TryExpand(s, maxTerms) ?? s);
        }
        return sums[p];
    }

    private static System.Numerics.BigInteger Binomial(int n, int k)
    {
        System.Numerics.BigInteger r = 1;
        for (var i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return r;
    }
}
