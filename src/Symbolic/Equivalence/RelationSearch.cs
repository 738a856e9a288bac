using System.Diagnostics;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// Searches for a point where an inequality (or !=) fails: random admissible points, each followed by
/// a few hill-climbing steps that shrink the margin by which the relation holds. A violation is
/// reported only after re-checking it exactly or at 256 bits; finding none is "unknown", never "valid".
/// </summary>
internal sealed class RelationSearch(Problem problem, RelationKind kind, CompiledFunction left, CompiledFunction right, EquivalenceOptions options)
{
    public Verdict Run()
    {
        var sampler = new PointSampler(problem.Symbols, problem.Constraints, new Random(options.Seed), problem.Simplexes, problem.Indices);
        var clock = Stopwatch.StartNew();
        int tested = 0, rejected = 0, undefined = 0;
        var maxAttempts = (long)options.Points * options.MaxAttemptsPerPoint;
        for (long attempt = 0; tested < options.Points; attempt++)
        {
            if (clock.Elapsed > options.TimeBudget) return EquivalenceChecker.Unknown(options, $"time budget exceeded after {tested} points without a counterexample", tested);
            Safety.Deadline.Check();   // the step's budget, when one is running, bounds the search too
            if (attempt >= maxAttempts)
                return EquivalenceChecker.Unknown(options, $"could not draw enough valid points ({tested} of {options.Points}; {rejected} rejected by the assumptions, {undefined} undefined)", tested);
            if (sampler.TryDraw() is not { } point) { rejected++; continue; }
            if (Margin(point) is not { } margin) { undefined++; continue; }
            tested++;
            var scale = 1.0;
            for (var step = 0; ; step++)
            {
                if (margin <= 0 && Confirm(point) is { } counterexample)
                    return new Verdict(Outcome.Invalid, VerdictMethod.Numeric, tested, options.Seed, counterexample,
                        $"the relation fails at a point (re-checked beyond double precision), found after {tested} points");
                if (step >= options.RefinementSteps || problem.Symbols.Count == 0) break;
                var next = sampler.Perturb(point, scale);
                if (sampler.Admits(next) && Margin(next) is { } m && m < margin) { point = next; margin = m; }
                else scale /= 2;
            }
            // Without symbols every draw is the same point: one evaluation is the whole search. The difference of two constants has
            // one value, not a sample: a sign certain exactly or at 256 bits (the test that confirms failures) decides the relation.
            if (problem.Symbols.Count == 0)
                return CertainSign(point) is { } sign && !Fails(sign)
                    ? new Verdict(Outcome.Valid, VerdictMethod.SignReasoning, 0, options.Seed, null,
                        $"a relation between constants: the sign of their difference ({sign switch { < 0 => "negative", > 0 => "positive", _ => "zero" }}) is certain, evaluated exactly or with 256-bit floating point")
                    : EquivalenceChecker.Unknown(options, "a relation between constants: it did not fail when evaluated, and the sign of their difference is not certain at 256 bits", tested);
        }
        return EquivalenceChecker.Unknown(options,
            $"no counterexample found in {tested} points (seed {options.Seed}); an inequality is not declared valid from samples", tested);
    }

    /// <summary>How far the relation is from failing (&lt;= 0: it fails in doubles, or is at its boundary for a strict one), or null if undefined.</summary>
    private double? Margin(SamplePoint point)
    {
        if (!point.IsReal) return null;
        var l = left.Evaluate(point.Doubles);
        var r = right.Evaluate(point.Doubles);
        if (!double.IsFinite(l) || !double.IsFinite(r)) return null;
        var d = l - r;
        return kind switch
        {
            RelationKind.Greater => d,
            RelationKind.GreaterOrEqual => d == 0 ? double.Epsilon : d,
            RelationKind.Less => -d,
            RelationKind.LessOrEqual => d == 0 ? double.Epsilon : -d,
            _ => Math.Abs(d),
        };
    }

    /// <summary>The counterexample if the relation really fails at the point: exactly, or at 256 bits by a clear margin.</summary>
    private Counterexample? Confirm(SamplePoint point)
    {
        if (Problem.Exact(problem.Left, point) is { } le && Problem.Exact(problem.Right, point) is { } re)
            return Fails((le - re).Sign) ? new Counterexample(problem.Report(point), le.ToDouble(), re.ToDouble()) : null;
        if (kind == RelationKind.NotEqual) return null;           // equality of non-rational values is never certain numerically
        if (HighPrecision.TryEvaluate(problem.Left, point.Exact) is not { } lh || HighPrecision.TryEvaluate(problem.Right, point.Exact) is not { } rh)
            return null;
        var sign = SignAt256Bits(lh, rh);
        if (sign == 0 && kind is RelationKind.Greater or RelationKind.Less) return null;
        return Fails(sign) ? new Counterexample(problem.Report(point), lh.ToDouble(), rh.ToDouble()) : null;
    }

    /// <summary>The sign of left - right at the point when it is certain: exactly, or nonzero beyond the noise of 256 bits; else null.</summary>
    private int? CertainSign(SamplePoint point)
    {
        if (Problem.Exact(problem.Left, point) is { } le && Problem.Exact(problem.Right, point) is { } re) return (le - re).Sign;
        if (HighPrecision.TryEvaluate(problem.Left, point.Exact) is not { } lh || HighPrecision.TryEvaluate(problem.Right, point.Exact) is not { } rh)
            return null;
        var sign = SignAt256Bits(lh, rh);
        return sign == 0 ? null : sign;
    }

    /// <summary>Below 2^-200 of the sides' size the sign of a 256-bit difference is noise: 0 then.</summary>
    private static int SignAt256Bits(BigFloat lh, BigFloat rh)
    {
        var d = lh - rh;
        var noise = (lh.Abs().CompareTo(rh.Abs()) >= 0 ? lh.Abs() : rh.Abs()) + BigFloat.One;
        return d.Abs().CompareTo(noise.ScaleB(-200)) <= 0 ? 0 : d.Sign;
    }

    private bool Fails(int signOfDifference) => kind switch
    {
        RelationKind.Greater => signOfDifference <= 0,
        RelationKind.GreaterOrEqual => signOfDifference < 0,
        RelationKind.Less => signOfDifference >= 0,
        RelationKind.LessOrEqual => signOfDifference > 0,
        _ => signOfDifference == 0,
    };

}
