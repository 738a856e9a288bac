using Ift6135.Sym.Bench.Corpus;
using BenchmarkDotNet.Running;
using Ift6135.Sym.Bench.Benchmarks;
using Ift6135.Sym.Bench.Harness;
using Ift6135.Sym.Bench.Workloads;

namespace Ift6135.Sym.Bench;

/// <summary>
/// compare [--smoke] [--key ID/SIZE | --filter TEXT] [--out FILE]: time workloads call by call and write
/// JSON (what bench/run.sh puts side by side with SymPy; it runs one key per process so that a
/// runaway case can be stopped by a time limit). list [--smoke]: the keys. bdn [arguments]: BenchmarkDotNet.
/// corpus --tables TSV... --out FILE: the check fixture corpus in SymPy syntax (JSON lines).
/// check --tables TSV... [--reps N] --out FILE: check's steps per second and its scaling, in-process.
/// solve [--reps N] [--phases] --out FILE: solve's derivations and verifications in-process (--phases: each question alone too, on stderr).
/// profile --tables TSV... [--reps N] --out FILE: each corpus step's time (fastest of N runs), slowest first.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "bdn")
        {
            BenchmarkSwitcher.FromTypes([typeof(EngineBenchmarks)]).Run(args[1..]);
            return 0;
        }
        if (args.Length > 0 && args[0] == "compare") return Compare(args[1..]);
        if (args.Length > 0 && args[0] is "corpus" or "check" or "solve" or "profile") return Process(args[0], args[1..]);
        if (args.Length > 0 && args[0] == "list")
        {
            foreach (var w in Catalog.All(args.Contains("--smoke") ? Scale.Smoke : Scale.Full)) Console.WriteLine(w.Key);
            return 0;
        }
        Console.Error.WriteLine("usage: Ift6135.Sym.Bench compare [--smoke] [--key ID/SIZE | --filter TEXT] [--out FILE] | list [--smoke] | bdn [BenchmarkDotNet arguments]"
            + " | corpus --tables TSV... --out FILE | check --tables TSV... [--reps N] --out FILE | solve [--reps N] [--phases] --out FILE"
            + " | profile --tables TSV... [--reps N] --out FILE");
        return 2;
    }

    private static int Compare(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var filter = ValueOf(args, "--filter");
        var key = ValueOf(args, "--key");
        var outFile = ValueOf(args, "--out");
        var options = smoke ? RunnerOptions.Smoke : RunnerOptions.Default;
        var results = Runner.MeasureAll(Catalog.Matching(smoke ? Scale.Smoke : Scale.Full, filter, key), options,
            m => Console.Error.WriteLine($"  ours   {m.Id,-26} {m.Size,6}  {m.MedianSeconds * 1e3,12:F3} ms  x{m.Repetitions,-3} {m.Fingerprint}{(m.Error is null ? "" : "  ERROR " + m.Error)}"));
        using var output = outFile is null ? Console.OpenStandardOutput() : File.Create(outFile);
        JsonReport.Write(output, "ift6135-sym", results);
        return results.Any(r => r.Error is not null) ? 1 : 0;
    }

    /// <summary>The process-level comparisons of bench/run.sh: the check corpus and solve, in-process.</summary>
    private static int Process(string what, string[] args)
    {
        var outFile = ValueOf(args, "--out") ?? throw new ArgumentException("--out FILE is required");
        var reps = int.Parse(ValueOf(args, "--reps") ?? "3", System.Globalization.CultureInfo.InvariantCulture);
        var tables = args.SkipWhile(a => a != "--tables").Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (what == "solve")
        {
            if (args.Contains("--phases"))
                foreach (var (name, wall, cpu) in SolveTiming.Phases(reps))
                    Console.Error.WriteLine($"  ours   solve phase {name,-4} {wall * 1e3,10:F1} ms (CPU {cpu * 1e3,8:F1} ms)  median of {reps}");
            var m = SolveTiming.Measure(reps);
            Console.Error.WriteLine($"  ours   solve (in-process)  {m.MedianSeconds * 1e3,10:F1} ms  x{m.Repetitions} {m.Fingerprint} {m.Error}");
            using var file = File.Create(outFile);
            JsonReport.Write(file, "ift6135-sym", [m]);
            return m.Error is null ? 0 : 1;
        }
        var steps = StepCorpus.Load(tables);
        if (what == "corpus")
        {
            using var writer = new StreamWriter(outFile);
            var written = CorpusExport.Write(steps, writer);
            Console.Error.WriteLine($"  corpus: {written} of {steps.Count} steps reach a decision and are written in SymPy syntax to {outFile}");
            return 0;
        }
        if (what == "profile")
        {
            var costs = StepProfile.Measure(CorpusExport.Decidable(steps).Select(d => d.Step).ToArray(), reps);
            using var writer = new StreamWriter(outFile);
            StepProfile.Write(costs, writer);
            Console.Error.WriteLine($"  profile: {costs.Count} steps, {costs.Sum(c => c.Seconds) * 1e3:F1} ms in all (fastest of {reps} runs each), written to {outFile}");
            return 0;
        }
        var decidable = CorpusExport.Decidable(steps).Select(d => d.Step).ToArray();
        var rows = new List<Measurement> { CheckTiming.Corpus(decidable, reps) };
        rows.AddRange(CheckTiming.Scaling(decidable, reps));
        foreach (var m in rows) Console.Error.WriteLine($"  ours   {m.Id,-14} {m.Size,5} steps {m.MedianSeconds * 1e3,10:F1} ms  x{m.Repetitions} {m.Fingerprint}");
        using (var file = File.Create(outFile)) JsonReport.Write(file, "ift6135-sym", rows);
        return 0;
    }

    private static string? ValueOf(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
