using BenchmarkDotNet.Running;
using Ift6135.Sym.Bench.Benchmarks;
using Ift6135.Sym.Bench.Harness;
using Ift6135.Sym.Bench.Workloads;

namespace Ift6135.Sym.Bench;

/// <summary>
/// compare [--smoke] [--key ID/SIZE | --filter TEXT] [--out FILE]: time workloads call by call and write
/// JSON (what bench/run.sh puts side by side with SymPy; it runs one key per process so that a
/// runaway case can be stopped by a time limit). list [--smoke]: the keys. bdn [arguments]: BenchmarkDotNet.
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
        if (args.Length > 0 && args[0] == "list")
        {
            foreach (var w in Catalog.All(args.Contains("--smoke") ? Scale.Smoke : Scale.Full)) Console.WriteLine(w.Key);
            return 0;
        }
        Console.Error.WriteLine("usage: Ift6135.Sym.Bench compare [--smoke] [--key ID/SIZE | --filter TEXT] [--out FILE] | list [--smoke] | bdn [BenchmarkDotNet arguments]");
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

    private static string? ValueOf(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
