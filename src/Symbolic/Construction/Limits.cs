namespace Ift6135.Sym.Symbolic.Construction;

/// <summary>
/// Bounds that keep construction from exhausting memory on hostile input: a power of a number
/// whose result would exceed these sizes stays an unevaluated power instead.
/// </summary>
public static class Limits
{
    /// <summary>Largest |n| for which b^n of a rational b is computed exactly.</summary>
    public static int MaxExactExponent { get; set; } = 10_000;

    /// <summary>
    /// Largest bit length of a number produced by exact exponentiation: 2^15 bits, about 9,900 digits,
    /// as long as the longest number a user may type (SafetyLimits.MaxNumberDigits). Larger results
    /// (found by fuzzing: 1e100^2500 has 250,001 digits) took seconds to compute and longer to print,
    /// both in single big-integer operations that no time budget can interrupt.
    /// </summary>
    public static long MaxResultBits { get; set; } = 1 << 15;
}
