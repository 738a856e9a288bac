namespace Ift6135.Sym.Bench.Harness;

/// <summary>
/// The timing of one workload: the median of <see cref="Repetitions"/> single calls after a warm-up call;
/// <see cref="CpuSeconds"/>, when measured, is the median CPU time of the process over the same calls.
/// </summary>
public sealed record Measurement(string Id, int Size, double MedianSeconds, int Repetitions, string Fingerprint, string? Error = null, double CpuSeconds = double.NaN);
