using System.Numerics;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>The exact rational value of a finite double (every double is a dyadic rational).</summary>
public static class ExactDouble
{
    public static BigRational ToRational(double d)
    {
        if (!double.IsFinite(d)) throw new ArgumentException($"{d} is not a finite number.", nameof(d));
        if (d == 0) return BigRational.Zero;
        var bits = BitConverter.DoubleToInt64Bits(d);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent++;                      // subnormal: no implicit leading bit
        else mantissa |= 1L << 52;
        exponent -= 1075;
        BigRational value = exponent >= 0
            ? new BigRational(new BigInteger(mantissa) << exponent)
            : new BigRational(new BigInteger(mantissa), BigInteger.One << -exponent);
        return negative ? -value : value;
    }
}
