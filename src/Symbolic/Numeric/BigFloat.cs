using System.Numerics;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>
/// A binary floating-point number Mantissa · 2^Exponent with a <see cref="Precision"/>-bit mantissa
/// (about 77 decimal digits), for re-checking numeric counterexamples far beyond double precision.
/// Each arithmetic operation truncates to <see cref="Precision"/> bits (relative error below 2^-255);
/// the transcendental functions in <see cref="BigFloatMath"/> work with guard bits and are accurate
/// to about 2^-240 relative. There is no overflow (the exponent is an int) and no NaN: undefined
/// operations are reported by the callers as null.
/// </summary>
public readonly struct BigFloat : IComparable<BigFloat>
{
    public const int Precision = 256;

    public BigInteger Mantissa { get; }
    public int Exponent { get; }

    public BigFloat(BigInteger mantissa, int exponent)
    {
        var excess = mantissa.IsZero ? 0 : (int)mantissa.GetBitLength() - Precision;   // GetBitLength ignores the sign
        if (excess > 0)
        {
            var m = BigInteger.Abs(mantissa) >> excess;    // truncation toward zero, symmetric in sign
            mantissa = mantissa.Sign < 0 ? -m : m;
            exponent += excess;
        }
        Mantissa = mantissa;
        Exponent = mantissa.IsZero ? 0 : exponent;
    }

    public static readonly BigFloat Zero = new(BigInteger.Zero, 0);
    public static readonly BigFloat One = new(BigInteger.One, 0);

    public int Sign => Mantissa.Sign;
    public bool IsZero => Mantissa.IsZero;

    /// <summary>The exponent of the leading bit: 2^(Magnitude-1) &lt;= |x| &lt; 2^Magnitude.</summary>
    public long Magnitude => Mantissa.IsZero ? long.MinValue / 4 : (long)Mantissa.GetBitLength() + Exponent;

    public static BigFloat From(BigRational r)
    {
        if (r.IsZero) return Zero;
        var shift = Precision + (int)r.Denominator.GetBitLength();
        return new BigFloat((r.Numerator << shift) / r.Denominator, -shift);
    }

    public static BigFloat From(int n) => new(n, 0);

    /// <summary>The exact value of a finite double.</summary>
    public static BigFloat From(double d) => From(ExactDouble.ToRational(d));

    public static BigFloat operator -(BigFloat a) => new(-a.Mantissa, a.Exponent);

    public static BigFloat operator +(BigFloat a, BigFloat b)
    {
        if (a.IsZero) return b;
        if (b.IsZero) return a;
        // A term smaller than the other's last bit changes nothing at this precision.
        if (a.Magnitude - b.Magnitude > Precision + 2) return a;
        if (b.Magnitude - a.Magnitude > Precision + 2) return b;
        return a.Exponent >= b.Exponent
            ? new BigFloat((a.Mantissa << (a.Exponent - b.Exponent)) + b.Mantissa, b.Exponent)
            : new BigFloat(a.Mantissa + (b.Mantissa << (b.Exponent - a.Exponent)), a.Exponent);
    }

    public static BigFloat operator -(BigFloat a, BigFloat b) => a + (-b);
    public static BigFloat operator *(BigFloat a, BigFloat b) => new(a.Mantissa * b.Mantissa, a.Exponent + b.Exponent);

    public static BigFloat operator /(BigFloat a, BigFloat b)
    {
        if (b.IsZero) throw new DivideByZeroException("BigFloat division by zero.");
        var shift = Precision + (int)b.Mantissa.GetBitLength();
        return new BigFloat((a.Mantissa << shift) / b.Mantissa, a.Exponent - b.Exponent - shift);
    }

    /// <summary>x · 2^k, exactly.</summary>
    public BigFloat ScaleB(int k) => new(Mantissa, Exponent + k);

    public BigFloat Abs() => Sign < 0 ? -this : this;

    public int CompareTo(BigFloat other) => (this - other).Sign;

    public double ToDouble()
    {
        if (IsZero) return 0;
        var shift = Math.Max(0, (int)Mantissa.GetBitLength() - 64);
        return Math.ScaleB((double)(Mantissa >> shift), Exponent + shift);
    }

    public override string ToString() => ToDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
