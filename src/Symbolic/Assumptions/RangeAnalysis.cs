using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// One query's walk over an expression: each node's range from its children's (interval
/// arithmetic and sign algebra), met with what the relational assumptions say of the node
/// itself. Memoized per query; the polynomial rule runs only at the outermost level, so every
/// query does a bounded amount of work.
/// </summary>
/// <param name="nestedMemo">The cache of the nested analyses that run without the polynomial rule; null in those.</param>
internal sealed partial class RangeAnalysis(RelationalFacts facts, RangeCache memo, RangeCache? nestedMemo)
{
    public Range Of(Expr e)
    {
        if (memo.TryGet(e, out var known)) return known;
        Safety.Deadline.Check();   // interval arithmetic builds no nodes: the sign reasoner checks the step's budget per node
        var r = Structural(e).Meet(Assumed(e));
        memo.Add(e, r);
        return r;
    }

    /// <summary>What the relational assumptions say of e, through its normalized core.</summary>
    private Range Assumed(Expr e)
    {
        if (e is Number || !facts.MayKnow(e) || LinearKey.Of(e) is not { } key) return Range.Unknown;
        var r = Range.Unknown;
        if (facts.IntervalOf(key.Core) is { } core) r = Range.Real(key.Apply(core));
        if (key.Offset.IsZero && facts.IsNonzero(key.Core)) r = r with { Signs = r.Signs & ~SignSet.Zero };
        return r.Tightened();
    }

    private Range Structural(Expr e) => e switch
    {
        Number n => Range.Real(Interval.Point(n.Value)),
        Constant c => c.Which switch
        {
            ConstantKind.E => Range.Real(IntervalFunctions.E),
            ConstantKind.Pi => Range.Real(IntervalFunctions.Pi),
            ConstantKind.I => new Range(Interval.All, SignSet.NonReal),
            _ => Range.Unknown,
        },
        Symbol s => OfSymbol(s),
        Sum s => OfSum(s),
        Product p => OfProduct(p),
        Power p => OfPower(p),
        Function f => OfFunction(f),
        IndexedSum s => OfIndexedSum(s),
        IndexedProduct p => Range.OfSigns(SignOf.Get(p)),
        // What the structure alone says of an application (a KL divergence is nonnegative, SignOf says why).
        Apply a when SignOf.Get(a) is var signs && signs != SignSet.Any => Range.OfSigns(signs),
        _ => Range.Unknown,
    };

    /// <summary>A symbol's facts; a positive integer is at least 1 (so sum_{i=1}^{N} is nonempty).</summary>
    private static Range OfSymbol(Symbol s)
    {
        var r = Range.OfSigns(s.Facts.ToSignSet());
        if (!s.Facts.HasFlag(Facts.Integer)) return r;
        if (r.Signs.IsPositive()) return r.Meet(Range.Real(Interval.AtLeast(BigRational.One)));
        if (r.Signs.IsNegative()) return r.Meet(Range.Real(Interval.AtMost(BigRational.MinusOne)));
        return r;
    }

    private Range OfProduct(Product p) => Fold(p.Factors, SignSetAlgebra.Multiply, (a, b) => a * b);

    /// <summary>Combines the ranges of the operands left to right: signs by the sign algebra, intervals by interval arithmetic while both are real.</summary>
    private Range Fold(IReadOnlyList<Expr> operands, Func<SignSet, SignSet, SignSet> signs, Func<Interval, Interval, Interval> interval)
    {
        var acc = Of(operands[0]);
        for (var i = 1; i < operands.Count; i++)
        {
            var next = Of(operands[i]);
            acc = new Range(acc.IsReal && next.IsReal ? interval(acc.Interval, next.Interval) : Interval.All, signs(acc.Signs, next.Signs)).Tightened();
        }
        return acc;
    }

    private Range OfPower(Power p)
    {
        var exponent = Of(p.Exponent);
        if (p.Base is Constant { Which: ConstantKind.E })
            return exponent.IsReal ? new Range(IntervalFunctions.Exp(exponent.Interval), SignSet.Positive).Tightened() : Range.Unknown;
        var b = Of(p.Base);
        if (p.Exponent is Number { Value: var x })
        {
            if (x.IsInteger && x.Numerator.GetBitLength() < 31) return IntegerPower(b, (int)x.Numerator);
            if (!x.IsInteger && b.IsReal && b.Interval.IsNonnegative) return RationalPower(b, x);
            return b.Signs.IsNonzero() ? new Range(Interval.All, SignSet.NonzeroAny) : Range.Unknown;
        }
        if (b.Signs.IsPositive() && exponent.IsReal) return Range.OfSigns(SignSet.Positive);
        return Range.Unknown;
    }

    private static Range IntegerPower(Range b, int n)
    {
        if (!b.IsReal) return b.Signs.IsNonzero() ? new Range(Interval.All, SignSet.NonzeroAny) : Range.Unknown;
        var signs = n % 2 != 0 ? b.Signs : EvenPowerSigns(b.Signs);
        if (n < 0) signs &= ~SignSet.Zero;                                // x^-n exists only for x ≠ 0
        if (signs == SignSet.Empty) return Range.Unknown;
        return new Range(IntervalArithmetic.Pow(b.Interval, n), signs).Tightened();
    }

    private static SignSet EvenPowerSigns(SignSet b) =>
        (b.HasFlag(SignSet.Zero) ? SignSet.Zero : SignSet.Empty) |
        ((b & SignSet.NonzeroReal) != 0 ? SignSet.Positive : SignSet.Empty);

    /// <summary>
    /// x^r for x ≥ 0 and r not an integer: increasing in x, so bounded by the powers of the endpoints (rational
    /// bounds of each root, <see cref="RootBounds"/>); where those cannot be had, on the same side of 1 as x.
    /// </summary>
    private static Range RationalPower(Range b, BigRational r)
    {
        var i = b.Interval;
        if (r.IsNegative)
            return new Range(IntervalArithmetic.Reciprocal(RationalPower(b, -r).Interval), SignSet.Positive).Tightened();
        var one = BigRational.One;
        var l = i.Lower!.Value;
        var lower = RootBounds.Of(l, r) is { } atLower
            ? (atLower.Lower, i.LowerOpen || !atLower.Exact)   // below an irrational root the bound is never reached
            : l >= one ? (one, !(l == one && !i.LowerOpen)) : (BigRational.Zero, !(l.IsZero && !i.LowerOpen));
        var upper = i.Upper is { } u && RootBounds.Of(u, r) is { } atUpper
            ? ((BigRational?)atUpper.Upper, i.UpperOpen || !atUpper.Exact)
            : i.Upper is { } v && v <= one ? ((BigRational?)one, !(v == one && !i.UpperOpen)) : (null, true);
        return Range.Real(Interval.Of(lower.Item1, lower.Item2, upper.Item1, upper.Item2)).Meet(new Range(Interval.All, b.Signs));
    }
}
