using Ift6135.Sym.Bench.Harness;

namespace Ift6135.Sym.Bench.Workloads;

/// <summary>
/// Every workload with its sizes. The ids and sizes must match bench/reference/engine.py, which does
/// the same work in SymPy; the report pairs rows by id and size.
/// </summary>
public static class Catalog
{
    public static IReadOnlyList<Workload> All(Scale scale)
    {
        var full = scale == Scale.Full;
        return
        [
            .. ConstructionWorkloads.Sums(full ? [1_000, 10_000] : [10]),
            .. ConstructionWorkloads.Products(full ? [1_000, 10_000] : [10]),
            .. MatrixWorkloads.TriangularDeterminants(full ? [10, 100, 1000] : [3]),
            .. MatrixWorkloads.DenseDeterminants(full ? [3, 4, 5, 6, 7] : [3]),
            .. MatrixWorkloads.SymbolicCharacteristicPolynomials(full ? [3, 4] : [2]),
            .. MatrixWorkloads.RationalCharacteristicPolynomials(full ? [6, 12, 24] : [3]),
            .. MatrixWorkloads.RationalEigenvalues(full ? [4, 6, 8] : [3]),
            .. MatrixWorkloads.SymbolicEigenvalues(),
            .. CalculusWorkloads.Trinomials(full ? [5, 10, 20, 30] : [2]),
            .. CalculusWorkloads.SigmoidFlows(full ? [1, 10, 100] : [2]),
            .. EquivalenceWorkloads.All(),
            .. ParsingWorkloads.Infix(full ? [10, 100, 1000] : [2]),
        ];
    }

    /// <summary>The workloads whose key is <paramref name="key"/> (exactly) and contains <paramref name="filter"/>.</summary>
    public static IEnumerable<Workload> Matching(Scale scale, string? filter, string? key = null) =>
        All(scale).Where(w => (key is null || w.Key == key) && (filter is null || w.Key.Contains(filter, StringComparison.Ordinal)));
}
