using Ift6135.Sym.Bench.Harness;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Bench.Workloads;

/// <summary>
/// Canonical construction: one n-ary Add (or Mul) of many prepared terms, which must collect like
/// terms (add exponents of equal bases) and sort. Term i is (i mod 7 + 1)·x_(i mod 1000)^(i mod 3 + 1),
/// so min(n, 3000) distinct monomials remain; factor i is y_(i mod 500)^(i mod 3 + 1), so min(n, 500) bases remain.
/// </summary>
public static class ConstructionWorkloads
{
    public static IEnumerable<Workload> Sums(IEnumerable<int> sizes) =>
        sizes.Select(n => new Workload("construct.sum", n, () => SumOf(n), Fingerprints.TermCount));

    public static IEnumerable<Workload> Products(IEnumerable<int> sizes) =>
        sizes.Select(n => new Workload("construct.product", n, () => ProductOf(n), Fingerprints.FactorCount));

    private static Func<object> SumOf(int n)
    {
        var x = Enumerable.Range(0, 1000).Select(i => Symbol.Of($"x{i}")).ToArray();
        var terms = Enumerable.Range(0, n)
            .Select(i => Build.Mul(Number.Of(i % 7 + 1), Build.Pow(x[i % 1000], Number.Of(i % 3 + 1))))
            .ToArray();
        return () => Build.Add(terms);
    }

    private static Func<object> ProductOf(int n)
    {
        var y = Enumerable.Range(0, 500).Select(i => Symbol.Of($"y{i}")).ToArray();
        var factors = Enumerable.Range(0, n).Select(i => Build.Pow(y[i % 500], Number.Of(i % 3 + 1))).ToArray();
        return () => Build.Mul(factors);
    }
}
