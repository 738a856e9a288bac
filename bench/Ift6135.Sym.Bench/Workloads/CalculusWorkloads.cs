using Ift6135.Sym.Bench.Harness;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Bench.Workloads;

/// <summary>Expansion of (a + b + c)^n, and d/dz of the sigmoid flow logit(Σ_i w_i σ(a_i z + b_i)).</summary>
public static class CalculusWorkloads
{
    public static IEnumerable<Workload> Trinomials(IEnumerable<int> powers) =>
        powers.Select(n => new Workload("expand.trinomial", n, () => ExpandOf(n), Fingerprints.TermCount));

    public static IEnumerable<Workload> SigmoidFlows(IEnumerable<int> components) =>
        components.Select(n => new Workload("diff.sigmoid_flow", n, () => DerivativeOf(n), r => Fingerprints.Real(AtPoint((Expr)r, n))));

    private static Func<object> ExpandOf(int n)
    {
        var power = Build.Pow(Build.Add(Symbol.Of("a"), Symbol.Of("b"), Symbol.Of("c")), Number.Of(n));
        return () => Rewrite.Expand(power);
    }

    private static readonly Symbol Z = Symbol.Of("z");

    public static Expr SigmoidFlow(int n) =>
        Build.Logit(Build.Add(Enumerable.Range(0, n).Select(i =>
            Build.Mul(Symbol.Of($"w{i}"), Build.Sigmoid(Build.Add(Build.Mul(Symbol.Of($"a{i}"), Z), Symbol.Of($"b{i}")))))));

    private static Func<object> DerivativeOf(int n)
    {
        var flow = SigmoidFlow(n);
        return () => Differentiation.Diff(flow, Z);
    }

    /// <summary>The point of bench/reference/engine.py: w_i = 1/(n+1) (so the mixture stays in (0, 1)), a_i = i mod 3 + 1, b_i = i mod 5 − 2, z = 0.3.</summary>
    public static double AtPoint(Expr e, int n)
    {
        var point = new Dictionary<Symbol, double> { [Z] = 0.3 };
        for (var i = 0; i < n; i++)
        {
            point[Symbol.Of($"w{i}")] = 1.0 / (n + 1);
            point[Symbol.Of($"a{i}")] = i % 3 + 1;
            point[Symbol.Of($"b{i}")] = i % 5 - 2;
        }
        return Evaluator.EvaluateReal(e, point);
    }
}
