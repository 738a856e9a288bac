using System.Numerics;

namespace Ift6135.Sym.Symbolic.Numbers;

/// <summary>
/// The content of a list of rationals, gcd of the numerators over lcm of the denominators: the largest
/// rational c such that every value divided by c is an integer, and those integers have no common factor.
/// Shared by the polynomial types and the rewriting normal forms, which all make things primitive.
/// </summary>
internal static class RationalContent
{
    /// <summary>Nonnegative; 0 only when every value is 0 (or there are none).</summary>
    public static BigRational Of(IEnumerable<BigRational> values)
    {
        var numerators = BigInteger.Zero;
        var denominators = BigInteger.One;
        foreach (var v in values)
        {
            numerators = BigInteger.GreatestCommonDivisor(numerators, v.Numerator);
            denominators = denominators / BigInteger.GreatestCommonDivisor(denominators, v.Denominator) * v.Denominator;
        }
        return new BigRational(numerators, denominators);
    }

    /// <summary>The least common multiple of the denominators: the smallest positive integer clearing all fractions.</summary>
    public static BigInteger CommonDenominator(IEnumerable<BigRational> values) =>
        values.Aggregate(BigInteger.One, (l, v) => l / BigInteger.GreatestCommonDivisor(l, v.Denominator) * v.Denominator);
}
