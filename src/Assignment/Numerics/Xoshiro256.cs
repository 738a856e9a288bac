using System.Numerics;
using System.Runtime.CompilerServices;

namespace Ift6135.Sym.Assignment.Numerics;

/// <summary>
/// Blackman and Vigna's xoshiro256** generator: 64 random bits per step from a 256-bit state, by shifts, rotations,
/// exclusive ors and two multiplications. Used for Question 4's hundreds of thousands of draws, where System.Random's
/// seeded (legacy) algorithm, 31 bits a call through an interface, was a visible cost. The state is filled from the
/// seed by SplitMix64, the seeding its authors recommend (never all zero, and nearby seeds give unrelated states).
/// </summary>
public sealed class Xoshiro256
{
    private ulong s0, s1, s2, s3;

    public Xoshiro256(int seed)
    {
        var mixer = new SplitMix64((ulong)seed);
        (s0, s1, s2, s3) = (mixer.Next(), mixer.Next(), mixer.Next(), mixer.Next());
    }

    /// <summary>A generator in a given state (at least one word non-zero), for the reference sequences of the tests.</summary>
    public Xoshiro256(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0) throw new ArgumentException("The all-zero state is a fixed point of the generator.");
        (this.s0, this.s1, this.s2, this.s3) = (s0, s1, s2, s3);
    }

    public ulong NextBits() => Step(ref s0, ref s1, ref s2, ref s3);

    /// <summary>
    /// The next <paramref name="into"/>.Length steps, the values <see cref="NextBits"/> would give one by one: the state is
    /// kept in locals (registers) for the whole run, where a step by <see cref="NextBits"/> reads and writes the four fields.
    /// </summary>
    public void Fill(Span<ulong> into)
    {
        ulong a = s0, b = s1, c = s2, d = s3;
        for (var i = 0; i < into.Length; i++) into[i] = Step(ref a, ref b, ref c, ref d);
        (s0, s1, s2, s3) = (a, b, c, d);
    }

    /// <summary>One step: the output, from the second word, and the state's update.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Step(ref ulong a, ref ulong b, ref ulong c, ref ulong d)
    {
        var result = BitOperations.RotateLeft(b * 5, 7) * 9;
        var t = b << 17;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = BitOperations.RotateLeft(d, 45);
        return result;
    }

    /// <summary>The top 53 bits of <paramref name="bits"/> as a multiple of 2^-53 in [0, 1).</summary>
    /// <remarks>Converted as a signed integer (it is below 2^53): without AVX-512 an unsigned conversion takes several instructions.</remarks>
    public static double ToUnit(ulong bits) => (long)(bits >> 11) * (1.0 / (1L << 53));
}
