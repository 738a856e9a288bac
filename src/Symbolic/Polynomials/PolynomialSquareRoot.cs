using System.Numerics;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Polynomials;

/// <summary>
/// The exact square root of a multivariate polynomial that is a perfect square, q with q² = p, or
/// null. Term by term from the top, as for integers: lead(q) = sqrt(lead(p)), then each next term
/// of q is lead(p - q²) / (2 lead(q)) in the lexicographic order of <see cref="Monomial.CompareLex"/>.
/// So a² - 2ab + b² gives a - b, and (x+y)² expanded gives x + y.
/// </summary>
internal static class PolynomialSquareRoot
{
    public static SparsePolynomial? Of(SparsePolynomial p)
    {
        if (p.IsZero || !p.Terms.Keys.All(m => m.IsPlain)) return null;
        var (leadMonomial, leadCoefficient) = Leading(p);
        if (HalfMonomial(leadMonomial) is not { } rootMonomial || RationalRoot(leadCoefficient) is not { } rootCoefficient) return null;
        var lead = SparsePolynomial.Term(rootMonomial, rootCoefficient);
        var twiceLead = lead.Scale(new BigRational(2));
        var q = lead;
        // Each step fixes one more term of q; q has at most as many terms as p.
        for (var step = 0; step <= p.TermCount; step++)
        {
            var remainder = p.Subtract(q.Multiply(q));
            if (remainder.IsZero) return q;
            var (m, c) = Leading(remainder);
            if (Monomial.CompareLex(m, leadMonomial) >= 0) return null;       // not below lead(q)²: no square
            var next = SparsePolynomial.Term(m, c).DivideExact(twiceLead);
            if (next is null || !next.Terms.Keys.All(k => k.IsPlain)) return null;
            q = q.Add(next);
        }
        return null;
    }

    private static (Monomial Monomial, BigRational Coefficient) Leading(SparsePolynomial p)
    {
        var best = p.Terms.First();
        foreach (var t in p.Terms)
            if (Monomial.CompareLex(t.Key, best.Key) > 0) best = t;
        return (best.Key, best.Value);
    }

    private static Monomial? HalfMonomial(Monomial m)
    {
        var half = new List<(Expr, BigRational)>(m.Factors.Count);
        foreach (var (b, e) in m.Factors)
        {
            if (!e.IsInteger || !e.Numerator.IsEven) return null;
            half.Add((b, e * BigRational.Half));
        }
        return new Monomial(half);
    }

    private static BigRational? RationalRoot(BigRational c)
    {
        if (c.IsNegative) return null;
        return IntegerRoot(c.Numerator) is { } n && IntegerRoot(c.Denominator) is { } d ? new BigRational(n, d) : null;
    }

    private static BigInteger? IntegerRoot(BigInteger n)
    {
        if (n.IsZero) return n;
        // Newton's iteration from above converges to floor(sqrt(n)).
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) / 2;
            if (y >= x) break;
            x = y;
        }
        return x * x == n ? x : null;
    }
}
