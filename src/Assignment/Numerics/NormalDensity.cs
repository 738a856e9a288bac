namespace Ift6135.Sym.Assignment.Numerics;

/// <summary>The normal log-density in floating point, for the numeric checks.</summary>
public static class NormalDensity
{
    public static double Log(double t, double mean, double variance) =>
        -0.5 * Math.Log(2 * Math.PI * variance) - (t - mean) * (t - mean) / (2 * variance);
}
