using Ift6135.Sym.Bench.Harness;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Bench.Workloads;

/// <summary>
/// Deciding whether two expressions are equal: four identities and one falsehood, written as infix
/// text that bench/reference/engine.py gives SymPy too (sigmoid and logit spelled out there).
/// The size is a parameter of the pair (a power), or 1.
/// </summary>
public static class EquivalenceWorkloads
{
    public static IEnumerable<Workload> All() =>
    [
        Pair("equiv.sigmoid_derivative", 1, "sigmoid(x)*(1 - sigmoid(x))", "exp(-x)/(1 + exp(-x))^2"),
        Pair("equiv.log_sigmoid", 1, "log(sigmoid(x))", "-log(1 + exp(-x))"),
        Pair("equiv.logit_sigmoid", 1, "logit(sigmoid(x))", "x"),
        Pair("equiv.binomial", 8, "(a + b)^8", ExpandedBinomial(8)),
        Pair("equiv.false_square", 2, "(a + b)^2", "a^2 + b^2"),
    ];

    /// <summary>Σ_k C(n, k) a^k b^(n−k), by Pascal's rule (independent of the engine's expander).</summary>
    public static string ExpandedBinomial(int n)
    {
        var c = new long[n + 1];
        c[0] = 1;
        for (var row = 1; row <= n; row++)
            for (var k = row; k > 0; k--) c[k] += c[k - 1];
        return string.Join(" + ", Enumerable.Range(0, n + 1).Select(k => $"{c[k]}*a^{k}*b^{n - k}"));
    }

    private static Workload Pair(string id, int size, string left, string right) =>
        new(id, size, () =>
        {
            var table = new SymbolTable();
            var a = InfixParser.Parse(left, table);
            var b = InfixParser.Parse(right, table);
            return () => EquivalenceChecker.Decide(a, b, AssumptionSet.None);
        }, r => "verdict=" + ((Verdict)r).Outcome.ToString().ToLowerInvariant());
}
