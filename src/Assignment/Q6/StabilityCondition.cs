using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Numeric;
using Ift6135.Sym.Symbolic.Polynomials;
using Ift6135.Sym.Symbolic.Solving;

namespace Ift6135.Sym.Assignment.Q6;

/// <summary>An open interval of learning rates, Upper null for +infinity.</summary>
public sealed record RateInterval(Expr Lower, Expr? Upper)
{
    public override string ToString() => Upper is null ? $"{Lower} < rate" : $"{Lower} < rate < {Upper}";
}

/// <summary>
/// The learning rates for which a 2x2 update matrix A(eta) is stable (spectral radius below 1), exactly:
/// with p(l) = l^2 - tr(A) l + det(A), both roots lie in the open unit disk iff (Jury/Schur-Cohn)
/// 1 - det A &gt; 0, 1 + det A &gt; 0, p(1) = 1 - tr A + det A &gt; 0 and p(-1) = 1 + tr A + det A &gt; 0.
/// Each is a polynomial inequality in eta; their real roots cut eta &gt; 0 into intervals on which every
/// condition keeps one sign, tested exactly at a rational point inside.
/// </summary>
public static class StabilityCondition
{
    public static IReadOnlyList<RateInterval> Rates(Symbolic.Matrices.Matrix a, Symbol eta)
    {
        var (trace, det) = (a[0, 0] + a[1, 1], a[0, 0] * a[1, 1] - a[0, 1] * a[1, 0]);
        var conditions = new[] { 1 - det, 1 + det, 1 - trace + det, 1 + trace + det }
            .Select(c => UnivariatePolynomial.From(c, eta)
                ?? throw new UnsupportedEquationException($"the stability condition {c} > 0 is not polynomial in {eta}"))
            .ToArray();
        var cuts = conditions.Where(p => !p.IsZero).SelectMany(Solver.RealRoots)
            .Select(r => (Root: r, Value: Evaluator.EvaluateReal(r, new Dictionary<Symbol, double>())))
            .Where(r => r.Value > 0).DistinctBy(r => r.Value).OrderBy(r => r.Value).ToList();
        var bounds = new List<(Expr Expr, double Value)> { (Number.Zero, 0) };
        bounds.AddRange(cuts.Select(c => (c.Root, c.Value)));
        var stable = new List<RateInterval>();
        for (var k = 0; k < bounds.Count; k++)
        {
            var upper = k + 1 < bounds.Count ? bounds[k + 1] : ((Expr, double)?)null;
            var inside = Inside(bounds[k].Value, upper?.Item2);
            if (conditions.All(p => p.Evaluate(Number.Of(inside)).IsNumber(out var v) && v.IsPositive))
                stable.Add(new RateInterval(bounds[k].Expr, upper?.Item1));
        }
        return stable;
    }

    /// <summary>A rational strictly between two distinct cut points (or beyond the last one).</summary>
    private static BigRational Inside(double lower, double? upper)
    {
        var target = upper is { } u ? (lower + u) / 2 : lower + 1;
        return ExactDouble.ToRational(target);
    }
}
