namespace Ift6135.Sym.Assignment.Numerics;

/// <summary>Vigna's SplitMix64: a counter stepped by the golden-ratio constant and mixed; it seeds <see cref="Xoshiro256"/>.</summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
