using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Assumptions;

internal sealed partial class RangeAnalysis
{
    private Range OfFunction(Function f)
    {
        var args = f.Arguments.Select(Of).ToList();
        var a = args[0];
        if (f.Which == FunctionKind.Abs)
            return a.IsReal
                ? Range.Real(IntervalArithmetic.Abs(a.Interval)).Meet(Range.OfSigns(a.Signs.IsNonzero() ? SignSet.Positive : SignSet.Nonnegative))
                : Range.OfSigns(a.Signs.IsNonzero() ? SignSet.Positive : SignSet.Nonnegative);
        if (!args.All(x => x.IsReal)) return Range.Unknown;
        return f.Which switch
        {
            FunctionKind.Sigmoid => Range.Real(IntervalFunctions.Sigmoid(a.Interval)),
            FunctionKind.Logit => a.Interval.IsNonnegative && a.Interval.Upper is { } u && u <= BigRational.One
                ? Range.Real(IntervalFunctions.Logit(a.Interval)) : Range.Unknown,
            FunctionKind.Log => a.Signs.IsPositive() ? Range.Real(IntervalFunctions.Log(a.Interval)) : Range.Unknown,
            FunctionKind.Heaviside => Range.Real(Heaviside(a.Signs)),
            FunctionKind.Sign => Range.Real(IntervalFunctions.MinusOneToOne).Meet(Range.OfSigns(a.Signs)),
            FunctionKind.Sin or FunctionKind.Cos => Range.Real(IntervalFunctions.MinusOneToOne),
            FunctionKind.Atan2 => Range.Real(Interval.Closed(-IntervalFunctions.Pi.Upper!.Value, IntervalFunctions.Pi.Upper!.Value)),
            FunctionKind.Max => Range.Real(args.Skip(1).Aggregate(a.Interval, (m, x) => IntervalArithmetic.Max(m, x.Interval))),
            FunctionKind.Min => Range.Real(args.Skip(1).Aggregate(a.Interval, (m, x) => IntervalArithmetic.Min(m, x.Interval))),
            _ => Range.Unknown,
        };
    }

    /// <summary>The unit step with H(0) = 1/2, as the constructors define it.</summary>
    private static Interval Heaviside(SignSet x) => x switch
    {
        SignSet.Positive => Interval.Point(BigRational.One),
        SignSet.Negative => Interval.Point(BigRational.Zero),
        SignSet.Zero => Interval.Point(BigRational.Half),
        _ => Interval.Closed(BigRational.Zero, BigRational.One),
    };

    /// <summary>
    /// sum_{i=lo}^{hi} body: signed like its body; nonempty (hi ≥ lo) with a positive body, positive;
    /// and a convex combination when a factor of the body is a weight known to sum to 1.
    /// </summary>
    private Range OfIndexedSum(IndexedSum s)
    {
        var body = Of(s.Body);
        var r = Range.Unknown;
        if (body.IsReal)
        {
            var nonempty = Of(Build.Sub(s.Upper, s.Lower)).Signs.IsNonnegative();
            if (body.Signs.IsNonnegative()) r = Range.OfSigns(nonempty && body.Signs.IsPositive() ? SignSet.Positive : SignSet.Nonnegative);
            else if (body.Signs.IsNonpositive()) r = Range.OfSigns(nonempty && body.Signs.IsNegative() ? SignSet.Negative : SignSet.Nonpositive);
            else r = Range.OfSigns(SignSet.RealAny);
        }
        return r.Meet(IndexedConvexCombination(s));
    }

    private Range IndexedConvexCombination(IndexedSum s)
    {
        var (coefficient, rest) = Build.SplitCoefficient(s.Body);
        IReadOnlyList<Expr> factors = rest is Product p ? p.Factors : [rest];
        if (factors.Count < 2) return Range.Unknown;
        foreach (var weight in factors)
        {
            if (!SumsToOne(Build.IndexedSum(weight, s.Index, s.Lower, s.Upper))) continue;
            if (!Of(weight).Signs.IsNonnegative()) continue;
            var value = Of(Build.Div(rest, weight));
            if (!value.IsReal) continue;
            return Range.Real(IntervalArithmetic.Scale(value.Interval, coefficient));
        }
        return Range.Unknown;
    }

    /// <summary>True when e is 1 by construction or by an equality assumption.</summary>
    private bool SumsToOne(Expr e)
    {
        if (e.IsOne) return true;
        if (LinearKey.Of(e) is not { } key || facts.IntervalOf(key.Core) is not { IsPoint: true } core) return false;
        return key.Apply(core).Lower == BigRational.One;
    }
}
