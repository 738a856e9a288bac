using System.Diagnostics;

namespace Ift6135.Sym.Bench.Harness;

/// <summary>
/// Times workloads call by call with a monotonic clock. Each call is timed alone (not in batches) so
/// that the figures compare one to one with the SymPy reference, which must clear its cache between
/// calls; a warm-up call first pays for JIT compilation.
/// </summary>
public static class Runner
{
    public static Measurement Measure(Workload workload, RunnerOptions options)
    {
        try
        {
            var run = workload.Prepare();
            var warmUp = Time(run, out var result);
            var times = new List<double>();
            var slow = warmUp > options.SlowCallSeconds;
            var spent = 0.0;
            while (times.Count < options.MaxRepetitions && (times.Count < options.MinRepetitions || spent < options.BudgetSeconds))
            {
                if (slow && times.Count >= 1) break;
                var t = Time(run, out result);
                times.Add(t);
                spent += t;
            }
            return new Measurement(workload.Id, workload.Size, Median(times), times.Count, workload.Fingerprint(result));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A workload that throws is a finding to print, not a reason to lose the other figures.
            return new Measurement(workload.Id, workload.Size, double.NaN, 0, "", $"{e.GetType().Name}: {e.Message}");
        }
    }

    public static IReadOnlyList<Measurement> MeasureAll(IEnumerable<Workload> workloads, RunnerOptions options, Action<Measurement>? progress = null)
    {
        var all = new List<Measurement>();
        foreach (var w in workloads)
        {
            var m = Measure(w, options);
            progress?.Invoke(m);
            all.Add(m);
        }
        return all;
    }

    private static double Time(Func<object> run, out object result)
    {
        var start = Stopwatch.GetTimestamp();
        result = run();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
