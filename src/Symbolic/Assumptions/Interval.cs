using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// A nonempty interval of the real line with exact rational endpoints: a missing
/// <see cref="Lower"/> is -∞ and a missing <see cref="Upper"/> is +∞ (both always open).
/// Arithmetic is in <see cref="IntervalArithmetic"/> and <see cref="IntervalFunctions"/>;
/// every operation returns an interval that contains every value the operation can produce.
/// </summary>
public sealed record Interval
{
    public BigRational? Lower { get; }
    public bool LowerOpen { get; }
    public BigRational? Upper { get; }
    public bool UpperOpen { get; }

    private Interval(BigRational? lower, bool lowerOpen, BigRational? upper, bool upperOpen)
    {
        Lower = lower;
        LowerOpen = lower is null || lowerOpen;
        Upper = upper;
        UpperOpen = upper is null || upperOpen;
    }

    public static readonly Interval All = new(null, true, null, true);
    public static readonly Interval Positive = new(BigRational.Zero, true, null, true);
    public static readonly Interval Nonnegative = new(BigRational.Zero, false, null, true);
    public static readonly Interval Negative = new(null, true, BigRational.Zero, true);
    public static readonly Interval Nonpositive = new(null, true, BigRational.Zero, false);
    public static readonly Interval UnitOpen = new(BigRational.Zero, true, BigRational.One, true);

    /// <summary>The interval with these endpoints (null = infinite); throws if it is empty.</summary>
    public static Interval Of(BigRational? lower, bool lowerOpen, BigRational? upper, bool upperOpen) =>
        TryOf(lower, lowerOpen, upper, upperOpen)
        ?? throw new ArgumentException($"The interval {Describe(lower, lowerOpen, upper, upperOpen)} is empty.");

    /// <summary>The interval with these endpoints, or null when it is empty.</summary>
    public static Interval? TryOf(BigRational? lower, bool lowerOpen, BigRational? upper, bool upperOpen)
    {
        if (lower is { } l && upper is { } u)
        {
            var c = l.CompareTo(u);
            if (c > 0 || (c == 0 && (lowerOpen || upperOpen))) return null;
        }
        return new Interval(lower, lowerOpen, upper, upperOpen);
    }

    public static Interval Point(BigRational value) => new(value, false, value, false);
    public static Interval Closed(BigRational lower, BigRational upper) => Of(lower, false, upper, false);
    public static Interval Open(BigRational lower, BigRational upper) => Of(lower, true, upper, true);
    public static Interval AtLeast(BigRational lower) => new(lower, false, null, true);
    public static Interval GreaterThan(BigRational lower) => new(lower, true, null, true);
    public static Interval AtMost(BigRational upper) => new(null, true, upper, false);
    public static Interval LessThan(BigRational upper) => new(null, true, upper, true);

    public bool IsPoint => Lower is { } l && Upper is { } u && l == u;
    public bool IsAll => Lower is null && Upper is null;

    public bool Contains(BigRational x) =>
        (Lower is not { } l || (LowerOpen ? l < x : l <= x)) &&
        (Upper is not { } u || (UpperOpen ? x < u : x <= u));

    public bool IsPositive => Lower is { } l && (l.IsPositive || (l.IsZero && LowerOpen));
    public bool IsNonnegative => Lower is { } l && !l.IsNegative;
    public bool IsNegative => Upper is { } u && (u.IsNegative || (u.IsZero && UpperOpen));
    public bool IsNonpositive => Upper is { } u && !u.IsPositive;

    /// <summary>The signs the values of this interval take.</summary>
    public SignSet Signs
    {
        get
        {
            var s = SignSet.Empty;
            if (Lower is not { } l || l.IsNegative) s |= SignSet.Negative;
            if (Contains(BigRational.Zero)) s |= SignSet.Zero;
            if (Upper is not { } u || u.IsPositive) s |= SignSet.Positive;
            return s;
        }
    }

    /// <summary>The values both intervals hold, or null when they share none.</summary>
    public Interval? Intersect(Interval other)
    {
        var (lower, lowerOpen) = CompareLower(Lower, LowerOpen, other.Lower, other.LowerOpen) >= 0 ? (Lower, LowerOpen) : (other.Lower, other.LowerOpen);
        var (upper, upperOpen) = CompareUpper(Upper, UpperOpen, other.Upper, other.UpperOpen) <= 0 ? (Upper, UpperOpen) : (other.Upper, other.UpperOpen);
        return TryOf(lower, lowerOpen, upper, upperOpen);
    }

    /// <summary>The smallest interval holding both.</summary>
    public Interval Hull(Interval other)
    {
        var (lower, lowerOpen) = CompareLower(Lower, LowerOpen, other.Lower, other.LowerOpen) <= 0 ? (Lower, LowerOpen) : (other.Lower, other.LowerOpen);
        var (upper, upperOpen) = CompareUpper(Upper, UpperOpen, other.Upper, other.UpperOpen) >= 0 ? (Upper, UpperOpen) : (other.Upper, other.UpperOpen);
        return new Interval(lower, lowerOpen, upper, upperOpen);
    }

    /// <summary>Orders lower bounds by how much they exclude: -∞ least, and (a, … excludes more than [a, ….</summary>
    private static int CompareLower(BigRational? a, bool aOpen, BigRational? b, bool bOpen)
    {
        if (a is null) return b is null ? 0 : -1;
        if (b is null) return 1;
        var c = a.Value.CompareTo(b.Value);
        return c != 0 ? c : aOpen.CompareTo(bOpen);
    }

    /// <summary>Orders upper bounds by how much they allow: +∞ most, and …, a] allows more than …, a).</summary>
    private static int CompareUpper(BigRational? a, bool aOpen, BigRational? b, bool bOpen)
    {
        if (a is null) return b is null ? 0 : 1;
        if (b is null) return -1;
        var c = a.Value.CompareTo(b.Value);
        return c != 0 ? c : bOpen.CompareTo(aOpen);
    }

    public static Interval operator +(Interval a, Interval b) => IntervalArithmetic.Add(a, b);
    public static Interval operator -(Interval a) => IntervalArithmetic.Negate(a);
    public static Interval operator -(Interval a, Interval b) => IntervalArithmetic.Add(a, IntervalArithmetic.Negate(b));
    public static Interval operator *(Interval a, Interval b) => IntervalArithmetic.Multiply(a, b);
    public static Interval operator /(Interval a, Interval b) => IntervalArithmetic.Multiply(a, IntervalArithmetic.Reciprocal(b));

    public override string ToString() => Describe(Lower, LowerOpen, Upper, UpperOpen);

    private static string Describe(BigRational? lower, bool lowerOpen, BigRational? upper, bool upperOpen) =>
        (lower is null || lowerOpen ? "(" : "[") + (lower?.ToString() ?? "-oo") + ", " +
        (upper?.ToString() ?? "oo") + (upper is null || upperOpen ? ")" : "]");
}
