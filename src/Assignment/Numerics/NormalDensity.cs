namespace Ift6135.Sym.Assignment.Numerics;

/// <summary>The normal log-density in floating point, for the numeric checks.</summary>
public static class NormalDensity
{
    public static double Log(double t, double mean, double variance) => WithVariance(variance).Log(t, mean);

    /// <summary>
    /// The log-density for one variance, its normalising term computed once: Monte Carlo loops evaluate
    /// it millions of times, and the logarithm of the constant was most of that cost.
    /// </summary>
    public static NormalLogDensity WithVariance(double variance) => new(-0.5 * Math.Log(2 * Math.PI * variance), variance);
}

/// <summary>log N(t; mean, variance) for a fixed variance; the same floating-point operations as <see cref="NormalDensity.Log"/>.</summary>
public readonly record struct NormalLogDensity(double LogNormaliser, double Variance)
{
    public double Log(double t, double mean) => LogNormaliser - (t - mean) * (t - mean) / (2 * Variance);
}
