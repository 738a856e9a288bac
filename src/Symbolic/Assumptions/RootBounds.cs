using System.Numerics;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// Rational bounds of x^(p/q) for a rational x ≥ 0 and a positive exponent p/q: Lower ≤ x^(p/q) ≤ Upper, equal
/// (and Exact) when the power is rational. The root is taken of an integer scaled by 2^(q·ScaleBits), so
/// the bounds are about 2^-ScaleBits apart relative to the value: √2 lies in [1.41421356237309.., +2^-48].
/// The bounds come from integer arithmetic only (no floating point), so they are certain.
/// </summary>
public static class RootBounds
{
    private const int ScaleBits = 48;

    /// <summary>Exponents and endpoints beyond these give no bounds (the caller keeps its coarse ones): the work stays small.</summary>
    private const int MaxExponentPart = 12;
    private const int MaxOperandBits = 256;

    public static (BigRational Lower, BigRational Upper, bool Exact)? Of(BigRational x, BigRational exponent)
    {
        if (x.IsNegative || !exponent.IsPositive) return null;
        if (exponent.Numerator > MaxExponentPart || exponent.Denominator > MaxExponentPart) return null;
        if (x.Numerator.GetBitLength() + x.Denominator.GetBitLength() > MaxOperandBits) return null;
        if (x.IsZero) return (BigRational.Zero, BigRational.Zero, true);
        var (p, q) = ((int)exponent.Numerator, (int)exponent.Denominator);
        var power = x.Pow(p);
        // (n/d)^(1/q) = (n d^(q-1))^(1/q) / d, and the scale 2^ScaleBits is taken out of the root exactly.
        var (n, d) = (power.Numerator, power.Denominator);
        var radicand = n * BigInteger.Pow(d, q - 1) << (ScaleBits * q);
        var root = FloorRoot(radicand, q);
        var denominator = d << ScaleBits;
        var exact = BigInteger.Pow(root, q) == radicand;
        return (new BigRational(root, denominator), new BigRational(exact ? root : root + 1, denominator), exact);
    }

    /// <summary>floor(n^(1/q)) for n ≥ 1: Newton's iteration started above the root decreases to it.</summary>
    public static BigInteger FloorRoot(BigInteger n, int q)
    {
        if (n.Sign <= 0) return BigInteger.Zero;
        var x = BigInteger.One << (int)((n.GetBitLength() + q - 1) / q);   // 2^ceil(bits/q) > n^(1/q)
        while (true)
        {
            var y = ((q - 1) * x + n / BigInteger.Pow(x, q - 1)) / q;
            if (y >= x) return x;
            x = y;
        }
    }
}
