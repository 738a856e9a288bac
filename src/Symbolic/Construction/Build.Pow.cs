using System.Numerics;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Construction;

public static partial class Build
{
    public static Expr Sqrt(Expr x) => Pow(x, Number.Half);

    public static Expr Exp(Expr x) => Pow(Constant.E, x);

    /// <summary>
    /// b^e in canonical form. Rewrites only where the identity always holds:
    /// (b^a)^n = b^(an) for integer n; (b^a)^c = b^(ac) for b ≥ 0 and a real;
    /// (b^(2k))^c = |b|^(2kc) for real b; (xy)^n = x^n y^n for integer n; e^(c log x) = x^c.
    /// </summary>
    public static Expr Pow(Expr b, Expr e)
    {
        if (e is Number { Value.IsZero: true }) return Number.One;
        if (e is Number { Value.IsOne: true }) return b;
        if (b is Constant { Which: ConstantKind.Undefined } || e is Constant { Which: ConstantKind.Undefined }) return Constant.Undefined;
        if (b is Number { Value.IsOne: true }) return Number.One;

        if (b is Number bn) return PowNumber(bn.Value, e);
        if (b is Constant { Which: ConstantKind.I } && e is Number { Value.IsInteger: true } ie) return PowI(ie.Value.Numerator);
        if (b is Constant { Which: ConstantKind.E } && ExpOfLog(e) is { } power) return power;

        var integerExponent = e is Number { Value.IsInteger: true };
        switch (b)
        {
            case Power inner:
                if (integerExponent || (SignOf.Get(inner.Base).IsNonnegative() && SignOf.Get(inner.Exponent).IsReal()))
                    return Pow(inner.Base, Mul(inner.Exponent, e));
                if (inner.Exponent is Number { Value: { IsInteger: true } n } && n.Numerator.IsEven && SignOf.Get(inner.Base).IsReal())
                    return Pow(Abs(inner.Base), Mul(inner.Exponent, e));
                break;
            case Product p:
                if (integerExponent) return Mul(p.Factors.Select(f => Pow(f, e)).ToArray());
                var split = SplitNonnegativeFactors(p, e);
                if (split is not null) return split;
                break;
        }
        return new Power(b, e);
    }

    /// <summary>(xy)^c = x^c y^c is safe for the factors known to be nonnegative; the rest stay together.</summary>
    private static Expr? SplitNonnegativeFactors(Product p, Expr e)
    {
        var nonnegative = p.Factors.Where(f => SignOf.Get(f).IsNonnegative()).ToList();
        if (nonnegative.Count == 0) return null;
        var rest = p.Factors.Where(f => !SignOf.Get(f).IsNonnegative()).ToArray();
        var parts = nonnegative.Select(f => Pow(f, e)).ToList();
        if (rest.Length > 0)
        {
            // A negative coefficient moves into the remaining base: (-2x)^c with x unknown stays (-2x)^c.
            // The rest is rebuilt canonically (Mul distributes -4/3 over a lone sum; a lone number
            // folds, (-1/3)^(1/2) = i sqrt(3)/3); its factors are not known nonnegative, so this
            // Pow does not come back here with anything left to split.
            parts.Add(Pow(Mul(rest), e));
        }
        return Mul(parts);
    }

    /// <summary>e^(c log x) = x^c, the definition of the principal power.</summary>
    private static Expr? ExpOfLog(Expr e)
    {
        if (e is Function { Which: FunctionKind.Log } log) return log.Argument;
        if (e is Product p && p.Factors.Count(f => f is Function { Which: FunctionKind.Log }) == 1)
        {
            var log1 = (Function)p.Factors.First(f => f is Function { Which: FunctionKind.Log });
            var c = Mul(p.Factors.Where(f => !ReferenceEquals(f, log1)).ToArray());
            if (c is Number) return Pow(log1.Argument, c);
        }
        return null;
    }

    private static Expr PowI(BigInteger n) => (int)BigInteger.Remainder(BigInteger.Remainder(n, 4) + 4, 4) switch
    {
        0 => Number.One,
        1 => Constant.I,
        2 => Number.MinusOne,
        _ => Mul(Number.MinusOne, Constant.I),
    };

    private static Expr PowNumber(BigRational b, Expr e)
    {
        if (b.IsZero)
        {
            var s = SignOf.Get(e);
            if (s.IsPositive()) return Number.Zero;
            if (s.IsNegative()) return Constant.Undefined;
            return new Power(Number.Zero, e);
        }
        if (e is not Number en) return new Power(Number.Of(b), e);
        var x = en.Value;
        if (x.IsInteger) return PowInteger(b, x.Numerator) ?? new Power(Number.Of(b), e);
        return PowRational(b, x);
    }

    private static Expr? PowInteger(BigRational b, BigInteger n)
    {
        if (BigInteger.Abs(n) > Limits.MaxExactExponent) return null;
        if (ResultBits(b, BigInteger.Abs(n)) > Limits.MaxResultBits) return null;
        return Number.Of(b.Pow((int)n));
    }

    /// <summary>
    /// The bits of b^n's larger part, from log2 rather than the bit length (which counts 2 as two bits and would
    /// refuse 2^32767, whose 32,768 bits are within the bound).
    /// </summary>
    private static double ResultBits(BigRational b, BigInteger n)
    {
        var larger = BigInteger.Max(BigInteger.Abs(b.Numerator), b.Denominator);
        return larger.IsZero || larger.IsOne ? 0 : Math.Floor((double)n * BigInteger.Log(larger, 2) + 1e-9) + 1;
    }

    /// <summary>b^(p/q): integer part computed, perfect q-th powers extracted, denominators rationalized.</summary>
    private static Expr PowRational(BigRational b, BigRational x)
    {
        var q = x.Denominator;
        if (q > 64) return new Power(Number.Of(b), Number.Of(x));
        if (b.IsNegative)
        {
            // Only square roots of negative numbers are taken apart: sqrt(-4) = 2i.
            if (q == 2) return Mul(Pow(Number.Of(-b), Number.Of(x)), PowI(x.Numerator));
            return new Power(Number.Of(b), Number.Of(x));
        }
        var whole = x.Floor();
        var fraction = x - whole;                      // in (0, 1), equal to r/q
        var wholePart = PowInteger(b, whole);
        if (wholePart is null) return new Power(Number.Of(b), Number.Of(x));
        var qi = (int)q;
        // b = n/d = (n d^(q-1)) / d^q, so b^(r/q) = (n d^(q-1))^(r/q) / d^r.
        var radicand = b.Numerator * BigInteger.Pow(b.Denominator, qi - 1);
        var (outside, inside) = ExtractPowers(radicand, qi);
        var r = (int)fraction.Numerator;
        var coefficient = new BigRational(BigInteger.Pow(outside, r), BigInteger.Pow(b.Denominator, r));
        var number = ((Number)wholePart).Value * coefficient;
        if (inside.IsOne) return Number.Of(number);
        var root = new Power(Number.Of(inside), Number.Of(fraction));
        return number.IsOne ? root : new Product([Number.Of(number), root]);
    }

    /// <summary>Writes n = outside^q · inside with inside free of q-th powers (by trial division, up to a bound).</summary>
    private static (BigInteger Outside, BigInteger Inside) ExtractPowers(BigInteger n, int q)
    {
        var outside = BigInteger.One;
        var inside = BigInteger.One;
        var rest = n;
        for (var p = 2; p < 10_000 && rest > 1; p += p == 2 ? 1 : 2)
        {
            var count = 0;
            while ((rest % p).IsZero) { rest /= p; count++; }
            if (count == 0) continue;
            outside *= BigInteger.Pow(p, count / q);
            inside *= BigInteger.Pow(p, count % q);
        }
        inside *= rest;
        // A large leftover may still be a perfect power: test it whole.
        var root = IntegerRoot(rest, q);
        if (rest > 1 && root > 1 && BigInteger.Pow(root, q) == rest) { outside *= root; inside /= rest; }
        return (outside, inside);
    }

    private static BigInteger IntegerRoot(BigInteger n, int q)
    {
        if (n < 2 || n.GetBitLength() > 1000) return BigInteger.Zero;
        var guess = (BigInteger)Math.Pow((double)n, 1.0 / q);
        for (var g = BigInteger.Max(guess - 2, BigInteger.One); g <= guess + 2; g++)
            if (BigInteger.Pow(g, q) == n) return g;
        return guess;
    }
}
