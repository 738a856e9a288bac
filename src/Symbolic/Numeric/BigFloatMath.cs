using System.Numerics;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>
/// Elementary functions on <see cref="BigFloat"/>: argument reduction then a Taylor or atanh
/// series summed until the terms fall below 2^-(Precision + 16). Null means "not a real number
/// here" (log of a non-positive number, sqrt of a negative one) or an argument too large to reduce.
/// </summary>
public static class BigFloatMath
{
    private const int StopBits = BigFloat.Precision + 16;
    private const double MaxExpArgument = 1e6;

    public static readonly BigFloat Ln2 = Atanh(BigFloat.One / BigFloat.From(3)).ScaleB(1);          // log 2 = 2 atanh(1/3)
    public static readonly BigFloat Pi = (AtanSeries(BigFloat.One / BigFloat.From(5)).ScaleB(4))      // Machin's formula
        - AtanSeries(BigFloat.One / BigFloat.From(239)).ScaleB(2);

    public static BigFloat? Sqrt(BigFloat x)
    {
        if (x.Sign < 0) return null;
        if (x.IsZero) return x;
        // Give the mantissa at least 2·Precision bits and an even exponent, then take the integer square root.
        var shift = 2 * BigFloat.Precision - (int)x.Mantissa.GetBitLength();
        if (shift < 0) shift = 0;
        if (((x.Exponent - shift) & 1) != 0) shift++;
        return new BigFloat(IntegerSqrt(x.Mantissa << shift), (x.Exponent - shift) / 2);
    }

    private static BigInteger IntegerSqrt(BigInteger n)
    {
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    public static BigFloat? Exp(BigFloat x)
    {
        var approx = x.ToDouble();
        if (Math.Abs(approx) > MaxExpArgument) return null;
        // x = n log 2 + r with |r| <= log(2)/2, then r is halved 16 times so the series converges fast.
        var n = (int)Math.Round(approx / Math.Log(2));
        var r = (x - Ln2 * BigFloat.From(n)).ScaleB(-16);
        var sum = BigFloat.One;
        var term = BigFloat.One;
        for (var k = 1; k < 400; k++)
        {
            term = term * r / BigFloat.From(k);
            sum += term;
            if (term.IsZero || term.Magnitude < -StopBits) break;
        }
        for (var i = 0; i < 16; i++) sum *= sum;
        return sum.ScaleB(n);
    }

    public static BigFloat? Log(BigFloat x)
    {
        if (x.Sign <= 0) return null;
        // x = m · 2^k with m in [1/√2, √2); log m = 2 atanh((m - 1)/(m + 1)) with |argument| <= 0.172: the series
        // needs ~60 terms where m in [1/2, 1) (argument up to 1/3) needed ~90, and numeric rechecks of check take many logs.
        var k = (int)x.Magnitude;
        var m = x.ScaleB(-k);
        if (m.ToDouble() < Math.Sqrt(0.5)) (m, k) = (m.ScaleB(1), k - 1);
        return Ln2 * BigFloat.From(k) + Atanh((m - BigFloat.One) / (m + BigFloat.One)).ScaleB(1);
    }

    private static BigFloat Atanh(BigFloat z)
    {
        var z2 = z * z;
        var power = z;
        var sum = z;
        for (var j = 1; j < 2000; j++)
        {
            power *= z2;
            var term = power / BigFloat.From(2 * j + 1);
            sum += term;
            if (term.IsZero || term.Magnitude < -StopBits) break;
        }
        return sum;
    }

    private static BigFloat AtanSeries(BigFloat z)
    {
        var z2 = z * z;
        var power = z;
        var sum = z;
        for (var j = 1; j < 4000; j++)
        {
            power = -(power * z2);
            var term = power / BigFloat.From(2 * j + 1);
            sum += term;
            if (term.IsZero || term.Magnitude < -StopBits) break;
        }
        return sum;
    }

    /// <summary>atan(x): 1/x for |x| &gt; 1, then two half-angle steps so the series argument is below tan(pi/16).</summary>
    public static BigFloat Atan(BigFloat x)
    {
        if (x.IsZero) return x;
        if (x.Abs().CompareTo(BigFloat.One) > 0)
        {
            var half = Pi.ScaleB(-1);
            var inner = Atan(BigFloat.One / x);
            return x.Sign > 0 ? half - inner : -half - inner;
        }
        var y = x;
        for (var i = 0; i < 2; i++) y /= BigFloat.One + Sqrt(BigFloat.One + y * y)!.Value;   // atan x = 2 atan(x / (1 + sqrt(1 + x²)))
        return AtanSeries(y).ScaleB(2);
    }

    public static BigFloat Atan2(BigFloat y, BigFloat x)
    {
        if (x.Sign > 0) return Atan(y / x);
        if (x.Sign < 0) return y.Sign >= 0 ? Atan(y / x) + Pi : Atan(y / x) - Pi;
        return y.Sign > 0 ? Pi.ScaleB(-1) : y.Sign < 0 ? -Pi.ScaleB(-1) : BigFloat.Zero;
    }

    public static BigFloat? Sin(BigFloat x) => SinCos(x, sine: true);
    public static BigFloat? Cos(BigFloat x) => SinCos(x, sine: false);

    private static BigFloat? SinCos(BigFloat x, bool sine)
    {
        var approx = x.ToDouble();
        if (Math.Abs(approx) > MaxExpArgument) return null;
        var twoPi = Pi.ScaleB(1);
        var r = x - twoPi * BigFloat.From((int)Math.Round(approx / (2 * Math.PI)));   // |r| <= pi (plus a rounding sliver)
        var term = sine ? r : BigFloat.One;
        var sum = term;
        var r2 = r * r;
        for (var k = sine ? 2 : 1; k < 400; k++)
        {
            var n = sine ? 2 * k - 1 : 2 * k;
            term = -(term * r2) / BigFloat.From(n * (n - 1));
            sum += term;
            if (term.IsZero || term.Magnitude < -StopBits) break;
        }
        return sum;
    }

    /// <summary>b^n for an integer n, by repeated squaring.</summary>
    public static BigFloat? PowInteger(BigFloat b, BigInteger n)
    {
        if (n.IsZero) return BigFloat.One;
        if (b.IsZero) return n.Sign > 0 ? BigFloat.Zero : null;
        if (BigInteger.Abs(n) > 1_000_000) return null;
        var e = (int)BigInteger.Abs(n);
        var result = BigFloat.One;
        var power = b;
        while (e > 0)
        {
            if ((e & 1) != 0) result *= power;
            power *= power;
            e >>= 1;
        }
        return n.Sign > 0 ? result : BigFloat.One / result;
    }
}
