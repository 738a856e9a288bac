using BenchmarkDotNet.Attributes;
using Ift6135.Sym.Bench.Harness;
using Ift6135.Sym.Bench.Workloads;

namespace Ift6135.Sym.Bench.Benchmarks;

/// <summary>
/// BenchmarkDotNet over the same workloads as the side-by-side runner (one case per id/size), for
/// statistically careful figures and allocations: `dotnet run -c Release --project bench/Ift6135.Sym.Bench -- bdn --filter '*'`.
/// Narrow with BenchmarkDotNet's own filters, e.g. --filter '*' --allCategories det.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Func<object> run = () => 0;

    public static IEnumerable<string> Cases() => Catalog.All(Scale.Full).Select(w => w.Key);

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    [GlobalSetup]
    public void Setup() => run = Catalog.All(Scale.Full).Single(w => w.Key == Case).Prepare();

    [Benchmark]
    public object Run() => run();
}
