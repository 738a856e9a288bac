using System.Runtime.CompilerServices;

namespace Ift6135.Sym.Assignment.Numerics;

/// <summary>
/// Standard normal draws by the ziggurat method (Marsaglia and Tsang) over <see cref="Xoshiro256"/>, reproducible from
/// the seed. One 64-bit step gives the region (its 8 low bits), the sign (the next bit) and the position in the region
/// (its 53 high bits), disjoint bits, so the three are independent. 98.5% of draws end there, a multiplication and a
/// comparison; the rest test a wedge under the curve (one exponential) or, from the base region, draw the tail beyond r
/// (Marsaglia's exact method, two logarithms a try). The distribution is the normal's exactly, up to the 53-bit grid of
/// the positions; Box-Muller, which it replaces in Question 4, cost a logarithm, a square root and a sine and cosine
/// for every two draws.
/// </summary>
public sealed class ZigguratSampler(int seed)
{
    private static readonly ZigguratLayers Layers = ZigguratLayers.Standard;
    private readonly Xoshiro256 random = new(seed);

    /// <summary>The generator's next steps, made a buffer at a time (<see cref="Xoshiro256.Fill"/>) and used in order.</summary>
    private readonly ulong[] steps = new ulong[256];
    private int used = 256;

    public int Seed { get; } = seed;

    public double Next() => Next(Layers.Widths);

    /// <summary>A draw from N(mean, sd^2).</summary>
    public double Next(double mean, double sd) => mean + sd * Next();

    /// <summary>Fills <paramref name="into"/> with draws from N(mean, sd^2), in the order <see cref="Next(double, double)"/> gives them.</summary>
    public void Fill(Span<double> into, double mean, double sd)
    {
        var widths = Layers.Widths;
        for (var i = 0; i < into.Length; i++) into[i] = mean + sd * Next(widths);
    }

    /// <summary>
    /// The draw; <paramref name="widths"/> is <see cref="ZigguratLayers.Widths"/>, read once by a caller that draws many. Inlined
    /// into the loops that draw: the common case is a few instructions, the rest a call to <see cref="Beyond"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Next(ReadOnlySpan<double> widths)
    {
        var bits = NextBits();
        var region = (int)(bits & (ZigguratLayers.Count - 1));
        var x = Xoshiro256.ToUnit(bits) * widths[region];
        if (x >= widths[region + 1]) return Beyond(bits, region, x);
        return WithSign(x, bits);
    }

    /// <summary>A point outside its region's box under f: the tail from the base region, else the wedge test, and a new draw if that fails.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double Beyond(ulong bits, int region, double x)
    {
        if (region == 0) x = NextTail();
        else if (!UnderWedge(region, x)) return Next();
        return WithSign(x, bits);
    }

    /// <summary>
    /// x, negated when the sign bit of the step (bit 8, just above the region's) is set: that bit moved to the double's sign
    /// bit, since a branch on a random bit would be mispredicted for half of the draws.
    /// </summary>
    private static double WithSign(double x, ulong bits) =>
        BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) ^ (long)((bits & ZigguratLayers.Count) << 55));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong NextBits()
    {
        if (used == steps.Length)
        {
            random.Fill(steps);
            used = 0;
        }
        return steps[used++];
    }

    /// <summary>Whether a height uniform between the region's bottom f(x_i) and top f(x_(i+1)) lies under f(x).</summary>
    private bool UnderWedge(int region, double x)
    {
        var heights = Layers.Heights;
        var height = heights[region] + Xoshiro256.ToUnit(NextBits()) * (heights[region + 1] - heights[region]);
        return height < Math.Exp(-0.5 * x * x);
    }

    /// <summary>
    /// A draw from the standard normal conditioned on exceeding r (<see cref="ZigguratLayers.TailStart"/>), as the base region
    /// needs it: r + a with a = -log(U1)/r exponential, kept with probability exp(-a^2/2), which is when b = -log(U2), another
    /// exponential, exceeds a^2/2. 1 - U lies in (0, 1], so the logarithms are finite. Public so that its distribution can be
    /// tested on many draws: the normal draws reach it 2.6 times in ten thousand.
    /// </summary>
    public double NextTail()
    {
        var r = Layers.TailStart;
        while (true)
        {
            var a = -Math.Log(1 - Xoshiro256.ToUnit(NextBits())) / r;
            var b = -Math.Log(1 - Xoshiro256.ToUnit(NextBits()));
            if (2 * b > a * a) return r + a;
        }
    }
}
