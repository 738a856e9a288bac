using System.Diagnostics;
using System.Globalization;
using Ift6135.Sym.Checking;

namespace Ift6135.Sym.Bench.Corpus;

/// <summary>One step's cost: the fastest of several runs (the least disturbed by other processes), its verdict and method.</summary>
public sealed record StepCost(string Source, double Seconds, string Verdict, string Method, string Expected);

/// <summary>
/// Where check's time goes, step by step: each corpus step is checked several times and its fastest
/// run kept (on a shared machine the minimum is the figure least inflated by waiting for a core).
/// Written as a table sorted by cost, with totals per verdict and method, to find the slow steps.
/// </summary>
public static class StepProfile
{
    public static IReadOnlyList<StepCost> Measure(IReadOnlyList<CorpusStep> steps, int runs)
    {
        var costs = new List<StepCost>();
        foreach (var s in steps)
        {
            var report = Checker.CheckText(s.Document, s.Source); // warm-up, and the verdict
            var best = double.MaxValue;
            for (var k = 0; k < runs; k++)
            {
                var start = Stopwatch.GetTimestamp();
                Checker.CheckText(s.Document, s.Source);
                best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalSeconds);
            }
            var step = report.Chains.SelectMany(c => c.Steps).FirstOrDefault();
            costs.Add(new StepCost(s.Source, best, CorpusExport.Verdict(report), step?.Method ?? "-", s.Expected));
        }
        return costs;
    }

    public static void Write(IReadOnlyList<StepCost> costs, TextWriter output)
    {
        var total = costs.Sum(c => c.Seconds);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {costs.Count} steps, {total * 1e3:F1} ms in all (fastest run of each), {costs.Count / total:F0} steps/s"));
        foreach (var g in costs.GroupBy(c => $"{c.Verdict}/{c.Method}").OrderByDescending(g => g.Sum(c => c.Seconds)))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {g.Key,-28} {g.Count(),4} steps {g.Sum(c => c.Seconds) * 1e3,9:F1} ms ({g.Sum(c => c.Seconds) / total:P0})"));
        output.WriteLine("ms\tverdict\tmethod\texpected\tsource");
        foreach (var c in costs.OrderByDescending(c => c.Seconds))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Seconds * 1e3:F3}\t{c.Verdict}\t{c.Method}\t{c.Expected}\t{c.Source}"));
    }
}
