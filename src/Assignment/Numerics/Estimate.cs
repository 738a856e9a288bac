namespace Ift6135.Sym.Assignment.Numerics;

/// <summary>A Monte Carlo estimate: the sample mean, its standard error, and how many draws it used.</summary>
public sealed record Estimate(double Mean, double StandardError, int Draws)
{
    public static Estimate Of(IReadOnlyList<double> values)
    {
        if (values.Count < 2) throw new ArgumentException("An estimate with a standard error needs at least two draws.");
        var mean = values.Average();
        // The squared deviations added in order from 0, as LINQ's Sum with a selector adds them, without a call per value.
        var squares = 0.0;
        foreach (var v in values as double[] ?? [.. values]) squares += (v - mean) * (v - mean);
        var variance = squares / (values.Count - 1);
        return new(mean, Math.Sqrt(variance / values.Count), values.Count);
    }

    /// <summary>True when the mean is at most <paramref name="bound"/> up to <paramref name="errors"/> standard errors.</summary>
    public bool AtMost(double bound, double errors = 3) => Mean <= bound + errors * StandardError;

    public override string ToString() => $"{Mean:F4} ± {StandardError:F4}";
}
