using System.Numerics;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Symbolic.Solving;

/// <summary>
/// Rational roots of polynomials with rational coefficients (the rational root theorem), split
/// off one at a time so that what remains may be of degree two and solvable exactly.
/// </summary>
public static class RationalRoots
{
    /// <summary>Beyond this size the divisors of the constant and leading terms are not enumerated.</summary>
    private static readonly BigInteger MaxEnumerated = BigInteger.Pow(10, 10);

    /// <summary>
    /// The rational roots with multiplicity, and the cofactor left after dividing them out.
    /// Null when the coefficients are not all rational or too large to enumerate candidates.
    /// </summary>
    public static (IReadOnlyList<Expr> Roots, UnivariatePolynomial Cofactor)? Extract(UnivariatePolynomial p)
    {
        if (p.IsZero || !p.HasRationalCoefficients) return null;
        var roots = new List<Expr>();
        var x = p.Variable;
        // x = 0 first: it is not found among the divisors of a zero constant term.
        while (p.Degree > 0 && p.Coefficients[0].IsZero)
        {
            roots.Add(Number.Zero);
            p = UnivariatePolynomial.FromCoefficients(x, p.Coefficients.Skip(1));
        }
        var found = true;
        while (found && p.Degree > 0)
        {
            found = false;
            var integer = IntegerCoefficients(p);
            var constant = BigInteger.Abs(integer[0]);
            var lead = BigInteger.Abs(integer[^1]);
            if (constant > MaxEnumerated || lead > MaxEnumerated) return null;
            foreach (var candidate in Candidates(constant, lead))
            {
                var factor = UnivariatePolynomial.FromCoefficients(x, [Number.Of(-candidate), Number.One]);
                var (quotient, remainder) = p.DivideWithRemainder(factor);
                if (!remainder.IsZero) continue;
                roots.Add(Number.Of(candidate));
                p = quotient;
                found = true;
                break;
            }
        }
        return (roots, p);
    }

    private static BigInteger[] IntegerCoefficients(UnivariatePolynomial p)
    {
        var values = p.Coefficients.Select(c => ((Number)c).Value).ToArray();
        var lcm = RationalContent.CommonDenominator(values);
        return values.Select(v => (v * lcm).Numerator).ToArray();
    }

    private static IEnumerable<BigRational> Candidates(BigInteger constant, BigInteger lead)
    {
        var seen = new HashSet<BigRational>();
        foreach (var p in Divisors(constant))
            foreach (var q in Divisors(lead))
                foreach (var sign in new[] { 1, -1 })
                {
                    var c = new BigRational(sign * p, q);
                    if (seen.Add(c)) yield return c;
                }
    }

    private static List<BigInteger> Divisors(BigInteger n)
    {
        var small = new List<BigInteger>();
        var large = new List<BigInteger>();
        for (BigInteger d = 1; d * d <= n; d++)
        {
            if (!(n % d).IsZero) continue;
            small.Add(d);
            if (d * d != n) large.Add(n / d);
        }
        large.Reverse();
        return [.. small, .. large];
    }
}
