using System.Numerics;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Rewriting;

/// <summary>
/// A dense univariate polynomial with rational coefficients (index = power), just what Cancel needs
/// for its greatest common divisors. A private stand-in until the Polynomials lane's type is merged.
/// </summary>
internal sealed class RationalPolynomial
{
    private const int MaxDegree = 200;

    public IReadOnlyList<BigRational> Coefficients { get; }

    private RationalPolynomial(List<BigRational> coefficients)
    {
        while (coefficients.Count > 0 && coefficients[^1].IsZero) coefficients.RemoveAt(coefficients.Count - 1);
        Coefficients = coefficients;
    }

    public int Degree => Coefficients.Count - 1;      // -1 for the zero polynomial
    public bool IsZero => Coefficients.Count == 0;
    public BigRational Leading => Coefficients[^1];

    /// <summary>The polynomial e is in x, or null when e is not a polynomial in x with rational coefficients.</summary>
    public static RationalPolynomial? From(Expr e, Symbol x)
    {
        Expr expanded;
        try { expanded = Rewrite.Expand(e, 2_000); }
        catch (ExpansionLimitException) { return null; }
        var c = new List<BigRational>();
        foreach (var term in expanded is Sum s ? s.Terms : [expanded])
        {
            var (k, rest) = Build.SplitCoefficient(term);
            int power;
            if (rest.IsOne) power = 0;
            else if (rest.Equals(x)) power = 1;
            else if (rest is Power { Base: var b, Exponent: Number { Value: { IsInteger: true, IsPositive: true } n } } && b.Equals(x) && n.Numerator <= MaxDegree)
                power = (int)n.Numerator;
            else return null;
            while (c.Count <= power) c.Add(BigRational.Zero);
            c[power] += k;
        }
        return new RationalPolynomial(c);
    }

    public Expr ToExpr(Symbol x) =>
        Build.Add(Coefficients.Select((k, i) => Build.Mul(Number.Of(k), Build.Pow(x, Number.Of(i)))).ToArray());

    public (RationalPolynomial Quotient, RationalPolynomial Remainder) DivRem(RationalPolynomial divisor)
    {
        if (divisor.IsZero) throw new DivideByZeroException("Division by the zero polynomial.");
        var r = Coefficients.ToList();
        var q = new List<BigRational>(new BigRational[Math.Max(0, Degree - divisor.Degree + 1)]);
        for (var i = Degree - divisor.Degree; i >= 0; i--)
        {
            var factor = r[i + divisor.Degree] / divisor.Leading;
            q[i] = factor;
            if (factor.IsZero) continue;
            for (var j = 0; j <= divisor.Degree; j++) r[i + j] -= factor * divisor.Coefficients[j];
        }
        return (new RationalPolynomial(q), new RationalPolynomial(r));
    }

    /// <summary>The greatest common divisor by Euclid's algorithm, made primitive with integer coefficients and a positive leading one.</summary>
    public static RationalPolynomial Gcd(RationalPolynomial a, RationalPolynomial b)
    {
        while (!b.IsZero) (a, b) = (b, a.DivRem(b).Remainder);
        return a.IsZero ? a : a.Primitive();
    }

    /// <summary>This polynomial scaled to integer coefficients with no common factor and a positive leading coefficient.</summary>
    public RationalPolynomial Primitive()
    {
        var lcm = Coefficients.Aggregate(BigInteger.One, (acc, k) => acc / BigInteger.GreatestCommonDivisor(acc, k.Denominator) * k.Denominator);
        var gcd = Coefficients.Aggregate(BigInteger.Zero, (acc, k) => BigInteger.GreatestCommonDivisor(acc, (k * lcm).Numerator));
        var scale = new BigRational(lcm, gcd) * Leading.Sign;
        return new RationalPolynomial(Coefficients.Select(k => k * scale).ToList());
    }
}
