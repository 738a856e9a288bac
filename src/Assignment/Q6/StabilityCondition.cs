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

    /// <summary>What a rate inside the interval satisfies, as relations on <paramref name="rate"/>.</summary>
    public IEnumerable<Relation> Bounds(Expr rate)
    {
        yield return new Relation(RelationKind.Greater, rate, Lower);
        if (Upper is not null) yield return new Relation(RelationKind.Less, rate, Upper);
    }
}

/// <summary>One interval between consecutive cut points of the conditions, and whether every condition is positive on it.</summary>
public sealed record RatePiece(RateInterval Interval, bool Stable);

/// <summary>
/// The learning rates for which a 2x2 update matrix A(eta) is stable (spectral radius below 1), exactly:
/// with p(l) = l^2 - tr(A) l + det(A), both roots lie in the open unit disk iff (Jury/Schur-Cohn)
/// 1 - det A &gt; 0, 1 + det A &gt; 0, p(1) = 1 - tr A + det A &gt; 0 and p(-1) = 1 + tr A + det A &gt; 0.
/// Each is a polynomial inequality in eta; their real roots cut eta &gt; 0 into intervals on which every
/// condition keeps one sign, tested exactly at a rational point inside.
/// </summary>
public static class StabilityCondition
{
    public static IReadOnlyList<RateInterval> Rates(Symbolic.Matrices.Matrix a, Symbol eta) =>
        Pieces(a, eta).Where(p => p.Stable).Select(p => p.Interval).ToArray();

    /// <summary>The four Jury expressions of A, in the order 1 - det, 1 + det, 1 - tr + det, 1 + tr + det; A is stable iff all are positive.</summary>
    public static IReadOnlyList<Expr> Conditions(Symbolic.Matrices.Matrix a)
    {
        var (trace, det) = (a[0, 0] + a[1, 1], a[0, 0] * a[1, 1] - a[0, 1] * a[1, 0]);
        return [1 - det, 1 + det, 1 - trace + det, 1 + trace + det];
    }

    /// <summary>Every interval of eta &gt; 0 between consecutive cut points, in increasing order, stable or not.</summary>
    public static IReadOnlyList<RatePiece> Pieces(Symbolic.Matrices.Matrix a, Symbol eta)
    {
        var conditions = Conditions(a)
            .Select(c => UnivariatePolynomial.From(c, eta)
                ?? throw new UnsupportedEquationException($"the stability condition {c} > 0 is not polynomial in {eta}"))
            .ToArray();
        var cuts = conditions.Where(p => !p.IsZero).SelectMany(Solver.PositiveRealRoots)
            .Select(r => (Root: r, Value: Evaluator.EvaluateReal(r, new Dictionary<Symbol, double>())))
            .Where(r => r.Value > 0).DistinctBy(r => r.Value).OrderBy(r => r.Value).ToList();
        var bounds = new List<(Expr Expr, double Value)> { (Number.Zero, 0) };
        bounds.AddRange(cuts.Select(c => (c.Root, c.Value)));
        var pieces = new List<RatePiece>();
        for (var k = 0; k < bounds.Count; k++)
        {
            var upper = k + 1 < bounds.Count ? bounds[k + 1] : ((Expr, double)?)null;
            var inside = Inside(bounds[k].Value, upper?.Item2);
            var stable = conditions.All(p => p.Evaluate(Number.Of(inside)).IsNumber(out var v) && v.IsPositive);
            pieces.Add(new RatePiece(new RateInterval(bounds[k].Expr, upper?.Item1), stable));
        }
        return pieces;
    }

    /// <summary>
    /// Whether the polynomial <paramref name="c"/> in eta is positive on the open interval: no exact real root
    /// strictly inside it, and positive at one rational point inside (so, by continuity, everywhere inside).
    /// </summary>
    public static bool PositiveOn(Expr c, Symbol eta, RateInterval interval)
    {
        var p = UnivariatePolynomial.From(c, eta);
        if (p is null) return false;
        var (lower, upper) = (Value(interval.Lower), interval.Upper is null ? (double?)null : Value(interval.Upper));
        if (!p.IsZero && Solver.PositiveRealRoots(p).Select(Value).Any(r => r > lower && (upper is null || r < upper) && !Touches(r, lower) && !(upper is { } u && Touches(r, u))))
            return false;
        return p.Evaluate(Number.Of(Inside(lower, upper))).IsNumber(out var v) && v.IsPositive;
    }

    private static double Value(Expr e) => Evaluator.EvaluateReal(e, new Dictionary<Symbol, double>());

    /// <summary>An end point found again as a root (a radical evaluated twice may differ in the last bits).</summary>
    private static bool Touches(double root, double end) => Math.Abs(root - end) <= 1e-12 * Math.Max(1, Math.Abs(end));

    /// <summary>A rational strictly between two distinct cut points (or beyond the last one).</summary>
    private static BigRational Inside(double lower, double? upper)
    {
        var target = upper is { } u ? (lower + u) / 2 : lower + 1;
        return ExactDouble.ToRational(target);
    }
}
