using Ift6135.Sym.Assignment;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Bench.Harness;

namespace Ift6135.Sym.Bench.Corpus;

/// <summary>
/// The derivations and verifications of `solve` in-process (no LaTeX, no file, no PDF): what the
/// SymPy reference bench/reference/solve.py does, with the default parameters.
/// </summary>
public static class SolveTiming
{
    public static Measurement Measure(int repetitions)
    {
        var solution = SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default); // warm-up (JIT)
        var times = Enumerable.Range(0, repetitions)
            .Select(_ => CheckTiming.Timed(() => SolutionDeriver.Derive(AssignmentParameters.Default, StepVerifiers.Default))).ToArray();
        var failed = solution.SanityChecks.Count(c => !c.Passed);
        return new Measurement("solve.inprocess", solution.Questions.Sum(q => q.Parts.Count), Runner.Median(times.Select(t => t.Wall).ToArray()), repetitions,
            $"parts={solution.Questions.Sum(q => q.Parts.Count)};checks={solution.SanityChecks.Count};ledger={solution.Ledger.Count}",
            failed == 0 ? null : $"{failed} sanity checks failed", Runner.Median(times.Select(t => t.Cpu).ToArray()));
    }

    /// <summary>
    /// Where solve's time goes: each question's derivation timed alone, one after the other on one thread (median wall and CPU over
    /// <paramref name="repetitions"/> runs after a warm-up run), in document order.
    /// </summary>
    public static IReadOnlyList<(string Name, double Wall, double Cpu)> Phases(int repetitions)
    {
        var runs = Enumerable.Range(0, repetitions + 1).Select(_ => TimeEachQuestion()).Skip(1).ToArray();
        return runs[0].Select((phase, i) => (phase.Name,
            Runner.Median(runs.Select(r => r[i].Wall).ToArray()), Runner.Median(runs.Select(r => r[i].Cpu).ToArray()))).ToArray();
    }

    private static (string Name, double Wall, double Cpu)[] TimeEachQuestion()
    {
        var log = new DerivationLog();
        return SolutionDeriver.Questions(AssignmentParameters.Default, StepVerifiers.Default)
            .Select(q =>
            {
                var (wall, cpu) = CheckTiming.Timed(() => q.Derive(log));
                return (q.Name, wall, cpu);
            }).ToArray();
    }
}
