namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// What the reasoner knows of one value: the signs it may take and, when it is real, an interval
/// holding it. The two are kept consistent: each tightens the other (an interval cannot say
/// "nonzero", a sign set cannot say "below 1").
/// </summary>
internal readonly record struct Range(Interval Interval, SignSet Signs)
{
    public static readonly Range Unknown = new(Interval.All, SignSet.Any);

    public static Range Real(Interval interval) => new(interval, interval.Signs);

    public static Range OfSigns(SignSet signs) => new Range(Interval.All, signs).Tightened();

    public bool IsReal => Signs.IsReal();

    /// <summary>Known to be exactly one of negative, zero or positive.</summary>
    public bool HasSingleSign => Signs is SignSet.Positive or SignSet.Negative or SignSet.Zero;

    /// <summary>Makes signs and interval agree; a contradiction between them leaves both as they were.</summary>
    public Range Tightened()
    {
        if (!IsReal) return new Range(Interval.All, Signs);
        var signs = Signs & Interval.Signs;
        if (signs == SignSet.Empty) return this;
        var interval = Interval.Intersect(HalfLine(signs)) ?? Interval;
        return new Range(interval, signs & interval.Signs);
    }

    /// <summary>Both pieces of knowledge at once (each is true of the value).</summary>
    public Range Meet(Range other)
    {
        var signs = Signs & other.Signs;
        if (signs == SignSet.Empty) return this;
        var interval = !other.IsReal ? Interval : !IsReal ? other.Interval : Interval.Intersect(other.Interval) ?? Interval;
        return new Range(interval, signs).Tightened();
    }

    private static Interval HalfLine(SignSet signs) => signs switch
    {
        SignSet.Positive => Interval.Positive,
        SignSet.Nonnegative => Interval.Nonnegative,
        SignSet.Negative => Interval.Negative,
        SignSet.Nonpositive => Interval.Nonpositive,
        SignSet.Zero => Interval.Point(Numbers.BigRational.Zero),
        _ => Interval.All,
    };
}
