using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// Exact interval arithmetic. Results enclose every value the operation can take; open/closed
/// flags say whether an endpoint is attained. Reciprocals follow the engine's convention for
/// x^-1 (see <see cref="SignOf"/>): they describe the values where the quotient is defined.
/// </summary>
public static class IntervalArithmetic
{
    public static Interval Add(Interval a, Interval b) => Interval.Of(
        a.Lower is { } la && b.Lower is { } lb ? la + lb : null, a.LowerOpen || b.LowerOpen,
        a.Upper is { } ua && b.Upper is { } ub ? ua + ub : null, a.UpperOpen || b.UpperOpen);

    public static Interval Negate(Interval a) => Interval.Of(-a.Upper, a.UpperOpen, -a.Lower, a.LowerOpen);

    public static Interval Scale(Interval a, BigRational c)
    {
        if (c.IsZero) return Interval.Point(BigRational.Zero);
        if (c.IsNegative) return Negate(Scale(a, -c));
        return Interval.Of(a.Lower * c, a.LowerOpen, a.Upper * c, a.UpperOpen);
    }

    public static Interval Shift(Interval a, BigRational k) => Add(a, Interval.Point(k));

    /// <summary>The product set's bounds are products of endpoints (0 · ∞ counts as 0: another corner then gives the infinity).</summary>
    public static Interval Multiply(Interval a, Interval b)
    {
        End[] xs = [End.LowerOf(a), End.UpperOf(a)];
        End[] ys = [End.LowerOf(b), End.UpperOf(b)];
        var corners = new List<End>(4);
        foreach (var x in xs) foreach (var y in ys) corners.Add(End.Times(x, y));
        return End.ToInterval(End.Min(corners), End.Max(corners));
    }

    /// <summary>1/x over the values of <paramref name="a"/> other than 0.</summary>
    public static Interval Reciprocal(Interval a)
    {
        if (a.IsNegative || (a.IsNonpositive && !a.IsPoint)) return Negate(Reciprocal(Negate(a)));
        if (!a.IsNonnegative || a.IsPoint && a.Lower!.Value.IsZero) return Interval.All;
        var l = a.Lower!.Value;
        BigRational? upper = l.IsZero ? null : l.Reciprocal();
        BigRational lower = a.Upper is { } u ? u.Reciprocal() : BigRational.Zero;
        return Interval.Of(lower, a.Upper is null || a.UpperOpen, upper, l.IsZero || a.LowerOpen);
    }

    public static Interval Pow(Interval a, int n)
    {
        if (n == 0) return Interval.Point(BigRational.One);
        if (n < 0) return Reciprocal(Pow(a, -n));
        var b = n % 2 == 0 ? Abs(a) : a;
        return Interval.Of(b.Lower?.Pow(n), b.LowerOpen, b.Upper?.Pow(n), b.UpperOpen);
    }

    public static Interval Abs(Interval a)
    {
        if (a.IsNonnegative) return a;
        if (a.IsNonpositive) return Negate(a);
        var up = End.Max([End.UpperOf(a), End.UpperOf(Negate(a))]);
        return End.ToInterval(new End(0, BigRational.Zero, false), up);
    }

    public static Interval Max(Interval a, Interval b) => End.ToInterval(
        End.Max([End.LowerOf(a), End.LowerOf(b)], openWins: true), End.Max([End.UpperOf(a), End.UpperOf(b)]));

    public static Interval Min(Interval a, Interval b) => Negate(Max(Negate(a), Negate(b)));

    /// <summary>An interval endpoint on the extended line: Infinity is -1, 0 or +1.</summary>
    private readonly record struct End(int Infinity, BigRational Value, bool Open)
    {
        public static End LowerOf(Interval a) => a.Lower is { } l ? new End(0, l, a.LowerOpen) : new End(-1, BigRational.Zero, true);
        public static End UpperOf(Interval a) => a.Upper is { } u ? new End(0, u, a.UpperOpen) : new End(1, BigRational.Zero, true);

        private int Sign => Infinity != 0 ? Infinity : Value.Sign;

        public static End Times(End x, End y)
        {
            var xZero = x.Infinity == 0 && x.Value.IsZero;
            var yZero = y.Infinity == 0 && y.Value.IsZero;
            if (xZero || yZero)
                return new End(0, BigRational.Zero, !((xZero && !x.Open) || (yZero && !y.Open)));
            if (x.Infinity != 0 || y.Infinity != 0) return new End(x.Sign * y.Sign, BigRational.Zero, true);
            return new End(0, x.Value * y.Value, x.Open || y.Open);
        }

        private static int Compare(End a, End b) =>
            a.Infinity != b.Infinity ? a.Infinity.CompareTo(b.Infinity) : a.Value.CompareTo(b.Value);

        /// <summary>The largest endpoint; among equals it is attained if any is, unless <paramref name="openWins"/>.</summary>
        public static End Max(IReadOnlyList<End> ends, bool openWins = false) => Extreme(ends, 1, openWins);

        public static End Min(IReadOnlyList<End> ends) => Extreme(ends, -1, false);

        private static End Extreme(IReadOnlyList<End> ends, int direction, bool openWins)
        {
            var best = ends[0];
            for (var i = 1; i < ends.Count; i++)
            {
                var c = Compare(ends[i], best) * direction;
                if (c > 0) best = ends[i];
                else if (c == 0) best = best with { Open = openWins ? best.Open || ends[i].Open : best.Open && ends[i].Open };
            }
            return best;
        }

        public static Interval ToInterval(End low, End high) => Interval.Of(
            low.Infinity == 0 ? low.Value : (low.Infinity > 0 ? throw Infinite() : null), low.Open,
            high.Infinity == 0 ? high.Value : (high.Infinity < 0 ? throw Infinite() : null), high.Open);

        private static InvalidOperationException Infinite() => new("An interval endpoint landed on the wrong infinity.");
    }
}
