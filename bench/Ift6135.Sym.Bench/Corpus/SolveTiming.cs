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
}
