using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// Enclosures of elementary functions over intervals, kept rational through the tangent-line
/// bounds 1 + x ≤ e^x ≤ 1/(1 - x) (x &lt; 1) and 1 - 1/x ≤ log x ≤ x - 1 (x &gt; 0), each exact only at
/// the point where the function meets its tangent; elsewhere the endpoint is open.
/// </summary>
public static class IntervalFunctions
{
    /// <summary>e lies in this interval.</summary>
    public static readonly Interval E = Interval.Open(new BigRational(2718281828, 1000000000), new BigRational(2718281829, 1000000000));

    /// <summary>π lies in this interval.</summary>
    public static readonly Interval Pi = Interval.Open(new BigRational(3141592653, 1000000000), new BigRational(3141592654, 1000000000));

    public static readonly Interval MinusOneToOne = Interval.Closed(BigRational.MinusOne, BigRational.One);

    public static Interval Exp(Interval x)
    {
        BigRational? lower = null;
        var lowerOpen = true;
        if (x.Lower is { } l && (BigRational.One + l).IsPositive)
        {
            lower = BigRational.One + l;
            lowerOpen = !(l.IsZero && !x.LowerOpen);
        }
        BigRational? upper = null;
        var upperOpen = true;
        if (x.Upper is { } u && u < BigRational.One)
        {
            upper = (BigRational.One - u).Reciprocal();
            upperOpen = !(u.IsZero && !x.UpperOpen);
        }
        return Interval.Of(lower ?? BigRational.Zero, lower is null || lowerOpen, upper, upperOpen);
    }

    /// <summary>σ(x) = 1/(1 + e^-x), in (0, 1) and increasing.</summary>
    public static Interval Sigmoid(Interval x) =>
        IntervalArithmetic.Reciprocal(IntervalArithmetic.Shift(Exp(IntervalArithmetic.Negate(x)), BigRational.One));

    /// <summary>log x over the positive values of <paramref name="x"/>; all of ℝ if there are none known.</summary>
    public static Interval Log(Interval x)
    {
        if (!x.IsNonnegative || x.Upper is { IsZero: true }) return Interval.All;
        var l = x.Lower!.Value;
        BigRational? lower = l.IsZero ? null : BigRational.One - l.Reciprocal();
        var lowerOpen = !(l.IsOne && !x.LowerOpen);
        BigRational? upper = x.Upper is { } u ? u - BigRational.One : null;
        var upperOpen = !(x.Upper is { IsOne: true } && !x.UpperOpen);
        return Interval.Of(lower, lowerOpen, upper, upperOpen);
    }

    /// <summary>logit p = log(p/(1 - p)) over the values of <paramref name="p"/> in (0, 1); p/(1 - p) increases, so its endpoints bound it.</summary>
    public static Interval Logit(Interval p)
    {
        if (!p.IsNonnegative || p.Upper is not { } u || u > BigRational.One) return Interval.All;
        var l = p.Lower!.Value;
        if (l >= BigRational.One) return Interval.All;
        BigRational? upper = u.IsOne ? null : u / (BigRational.One - u);
        var ratio = Interval.TryOf(l / (BigRational.One - l), p.LowerOpen || l.IsZero, upper, p.UpperOpen || u.IsOne);
        return ratio is null ? Interval.All : Log(ratio);
    }
}
