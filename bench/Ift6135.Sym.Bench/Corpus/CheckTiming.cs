using System.Diagnostics;
using Ift6135.Sym.Bench.Harness;
using Ift6135.Sym.Checking;

namespace Ift6135.Sym.Bench.Corpus;

/// <summary>
/// What `check` costs per step, in-process (the CLI's start-up is measured on its own): the corpus
/// passes through <see cref="Checker.CheckText"/> one step document at a time, LaTeX parsing
/// included; and one document of N steps for N up to the corpus, to see how time grows with N.
/// </summary>
public static class CheckTiming
{
    public static Measurement Corpus(IReadOnlyList<CorpusStep> steps, int repetitions)
    {
        var verdicts = steps.Select(s => CorpusExport.Verdict(Checker.CheckText(s.Document, s.Source))).ToArray(); // warm-up (JIT)
        var times = Enumerable.Range(0, repetitions).Select(_ => Timed(() => { foreach (var s in steps) Checker.CheckText(s.Document, s.Source); })).ToArray();
        var tally = string.Join(";", verdicts.GroupBy(v => v).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}"));
        return new Measurement("check.corpus", steps.Count, Runner.Median(times.Select(t => t.Wall).ToArray()), repetitions, tally,
            CpuSeconds: Runner.Median(times.Select(t => t.Cpu).ToArray()));
    }

    /// <summary>
    /// One document of declaration-free steps, one display each: every 8th, 4th, 2nd, then every step,
    /// so each size has the same mix of easy and hard steps (the tables grow harder towards their end).
    /// </summary>
    public static IReadOnlyList<Measurement> Scaling(IReadOnlyList<CorpusStep> steps, int repetitions)
    {
        var plain = steps.Where(s => !s.Document.StartsWith('%')).ToArray();
        var rows = new List<Measurement>();
        foreach (var stride in new[] { 8, 4, 2, 1 })
        {
            var chosen = plain.Where((_, i) => i % stride == 0).ToArray();
            if (chosen.Length == 0 || rows.Any(r => r.Size == chosen.Length)) continue;
            var n = chosen.Length;
            var document = string.Concat(chosen.Select(s => s.Document + "\n"));
            var report = Checker.CheckText(document, "scaling.tex"); // warm-up
            var times = Enumerable.Range(0, repetitions).Select(_ => Seconds(() => Checker.CheckText(document, "scaling.tex"))).ToArray();
            rows.Add(new Measurement("check.steps", n, Runner.Median(times), repetitions, $"steps={report.Chains.Sum(c => c.Steps.Count)}"));
        }
        return rows;
    }

    public static double Seconds(Action run) => Timed(run).Wall;

    /// <summary>Wall time and the process's CPU time: on a shared machine the wall time also counts waiting for a core.</summary>
    public static (double Wall, double Cpu) Timed(Action run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        run();
        var wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return (wall, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }
}
