namespace Ift6135.Sym.Bench.Harness;

/// <summary>
/// How many single calls a measurement times: at least <see cref="MinRepetitions"/>, more while the
/// <see cref="BudgetSeconds"/> lasts, never more than <see cref="MaxRepetitions"/>; a call slower than
/// <see cref="SlowCallSeconds"/> is timed once. The SymPy reference (bench/reference/harness.py) uses the same rule.
/// </summary>
public sealed record RunnerOptions(int MinRepetitions = 3, int MaxRepetitions = 30, double BudgetSeconds = 1.5, double SlowCallSeconds = 10)
{
    public static readonly RunnerOptions Default = new();

    /// <summary>One call, no warm-up loop to speak of: what the smoke test uses.</summary>
    public static readonly RunnerOptions Smoke = new(1, 1, 0, 0);
}
