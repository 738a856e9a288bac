namespace Ift6135.Sym.Assignment.Numerics;

/// <summary>
/// Standard normal draws from a seeded generator (Box–Muller), so every Monte Carlo estimate in the
/// document is reproducible from its seed.
/// </summary>
public sealed class GaussianSampler(int seed)
{
    private readonly Random random = new(seed);
    private double? spare;

    public int Seed { get; } = seed;

    public double Next()
    {
        if (spare is { } s)
        {
            spare = null;
            return s;
        }
        // 1 - U lies in (0, 1], so the logarithm is finite.
        var radius = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
        var angle = 2.0 * Math.PI * random.NextDouble();
        // One call for both: the values of Math.Sin and Math.Cos, at about the cost of one of them.
        var (sin, cos) = Math.SinCos(angle);
        spare = radius * sin;
        return radius * cos;
    }

    /// <summary>A draw from N(mean, sd^2).</summary>
    public double Next(double mean, double sd) => mean + sd * Next();
}
