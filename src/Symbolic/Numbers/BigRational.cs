using System.Globalization;
using System.Numerics;

namespace Ift6135.Sym.Symbolic.Numbers;

/// <summary>
/// An exact rational number p/q with q &gt; 0 and gcd(p, q) = 1. The engine never rounds:
/// floating point appears only in numeric checks.
/// </summary>
public readonly struct BigRational : IEquatable<BigRational>, IComparable<BigRational>
{
    public BigInteger Numerator { get; }
    private readonly BigInteger denominator;

    /// <summary>Always positive; default(BigRational) reads as 0/1.</summary>
    public BigInteger Denominator => denominator.IsZero ? BigInteger.One : denominator;

    public static readonly BigRational Zero = new(BigInteger.Zero, BigInteger.One, normalized: true);
    public static readonly BigRational One = new(BigInteger.One, BigInteger.One, normalized: true);
    public static readonly BigRational MinusOne = new(BigInteger.MinusOne, BigInteger.One, normalized: true);
    public static readonly BigRational Half = new(BigInteger.One, 2, normalized: true);

    private BigRational(BigInteger numerator, BigInteger denominator, bool normalized)
    {
        _ = normalized;
        Numerator = numerator;
        this.denominator = denominator;
    }

    public BigRational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("A rational number cannot have denominator 0.");
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsOne && !g.IsZero) { numerator /= g; denominator /= g; }
        if (numerator.IsZero) denominator = BigInteger.One;
        Numerator = numerator;
        this.denominator = denominator;
    }

    public BigRational(BigInteger integer) : this(integer, BigInteger.One, normalized: true) { }

    private BigInteger Den => Denominator;

    public bool IsZero => Numerator.IsZero;
    public bool IsOne => Numerator.IsOne && Den.IsOne;
    public bool IsMinusOne => Numerator == BigInteger.MinusOne && Den.IsOne;
    public bool IsInteger => Den.IsOne;
    public int Sign => Numerator.Sign;
    public bool IsNegative => Numerator.Sign < 0;
    public bool IsPositive => Numerator.Sign > 0;

    public static implicit operator BigRational(int value) => new(value);
    public static implicit operator BigRational(long value) => new(value);
    public static implicit operator BigRational(BigInteger value) => new(value);

    // Integers (most coefficients) are added and multiplied without the GCD that normalizing a fraction needs.
    public static BigRational operator +(BigRational a, BigRational b) =>
        a.IsInteger && b.IsInteger ? new(a.Numerator + b.Numerator, BigInteger.One, normalized: true)
        : a.Den == b.Den ? new(a.Numerator + b.Numerator, a.Den) : new(a.Numerator * b.Den + b.Numerator * a.Den, a.Den * b.Den);
    public static BigRational operator -(BigRational a, BigRational b) => a + (-b);
    public static BigRational operator -(BigRational a) => new(-a.Numerator, a.Den, normalized: true);
    public static BigRational operator *(BigRational a, BigRational b) =>
        a.IsInteger && b.IsInteger ? new(a.Numerator * b.Numerator, BigInteger.One, normalized: true) : new(a.Numerator * b.Numerator, a.Den * b.Den);
    public static BigRational operator /(BigRational a, BigRational b)
    {
        if (b.IsZero) throw new DivideByZeroException("Division of a rational number by 0.");
        return new(a.Numerator * b.Den, a.Den * b.Numerator);
    }

    public BigRational Reciprocal() => One / this;
    public BigRational Abs() => IsNegative ? -this : this;

    /// <summary>this^exponent for an integer exponent; the caller bounds the exponent's size.</summary>
    public BigRational Pow(int exponent)
    {
        if (exponent == 0) return One;
        if (exponent < 0) return Reciprocal().Pow(-exponent);
        return new(BigInteger.Pow(Numerator, exponent), BigInteger.Pow(Den, exponent), normalized: true);
    }

    /// <summary>Floor of the number, as an integer.</summary>
    public BigInteger Floor()
    {
        var q = BigInteger.DivRem(Numerator, Den, out var r);
        return r.Sign < 0 ? q - 1 : q;
    }

    public double ToDouble()
    {
        var n = Numerator; var d = Den;
        // Scale very large operands down so that the conversion neither overflows nor loses all digits.
        var shift = (long)Math.Max(n.IsZero ? 0 : n.GetBitLength(), d.GetBitLength()) - 1000;
        if (shift > 0) { n >>= (int)shift; d >>= (int)shift; if (d.IsZero) return n.Sign * double.PositiveInfinity; }
        return (double)n / (double)d;
    }

    public static bool TryParse(string text, out BigRational value)
    {
        value = Zero;
        text = text.Trim();
        if (text.Length == 0) return false;
        var slash = text.IndexOf('/');
        if (slash >= 0)
        {
            if (!BigInteger.TryParse(text[..slash], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p)) return false;
            if (!BigInteger.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q.IsZero) return false;
            value = new(p, q);
            return true;
        }
        var negative = text.StartsWith('-');
        var body = negative || text.StartsWith('+') ? text[1..] : text;
        var exponent = 0;
        var e = body.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || Math.Abs(exponent) > 10_000) return false;
            body = body[..e];
        }
        var dot = body.IndexOf('.');
        var digits = dot >= 0 ? body.Remove(dot, 1) : body;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return false;
        var scale = dot >= 0 ? body.Length - dot - 1 : 0;
        var mantissa = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        var power = exponent - scale;
        value = power >= 0 ? new BigRational(mantissa * BigInteger.Pow(10, power)) : new BigRational(mantissa, BigInteger.Pow(10, -power));
        if (negative) value = -value;
        return true;
    }

    public bool Equals(BigRational other) => Numerator == other.Numerator && Den == other.Den;
    public override bool Equals(object? obj) => obj is BigRational r && Equals(r);
    /// <summary>Deterministic (System.HashCode and BigInteger's hash are seeded per process, and expression hashes build on this one).</summary>
    public override int GetHashCode() => unchecked(StableHash(Numerator) * 16777619 ^ StableHash(Den));

    private static int StableHash(BigInteger n) =>
        n >= long.MinValue && n <= long.MaxValue ? ((long)n).GetHashCode() : (int)(n % 2147483629);
    public int CompareTo(BigRational other) => (Numerator * other.Den).CompareTo(other.Numerator * Den);
    public static bool operator ==(BigRational a, BigRational b) => a.Equals(b);
    public static bool operator !=(BigRational a, BigRational b) => !a.Equals(b);
    public static bool operator <(BigRational a, BigRational b) => a.CompareTo(b) < 0;
    public static bool operator >(BigRational a, BigRational b) => a.CompareTo(b) > 0;
    public static bool operator <=(BigRational a, BigRational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(BigRational a, BigRational b) => a.CompareTo(b) >= 0;

    public override string ToString() =>
        Den.IsOne ? Numerator.ToString(CultureInfo.InvariantCulture)
                  : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Den.ToString(CultureInfo.InvariantCulture)}";
}
