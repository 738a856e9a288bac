using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Tests.Engine.Signs;

public class IntervalTests
{
    private static BigRational Q(long n, long d = 1) => new(n, d);

    [Fact]
    public void EmptyIntervalsAreRefused()
    {
        Assert.Null(Interval.TryOf(Q(1), true, Q(1), false));
        Assert.Throws<ArgumentException>(() => Interval.Of(Q(2), false, Q(1), false));
        Assert.NotNull(Interval.TryOf(Q(1), false, Q(1), false));
    }

    [Fact]
    public void SumAddsEndpointsAndOpenness()
    {
        var r = Interval.Closed(Q(1), Q(2)) + Interval.Of(Q(0), true, Q(3), false);
        Assert.Equal(Interval.Of(Q(1), true, Q(5), false), r);
        Assert.Equal(Interval.AtLeast(Q(-1)), Interval.AtLeast(Q(1)) + Interval.Point(Q(-2)));
    }

    [Fact]
    public void NegationSwapsEnds() =>
        Assert.Equal(Interval.Of(Q(-3), false, Q(-1), true), -Interval.Of(Q(1), true, Q(3), false));

    [Fact]
    public void ProductOfMixedSignsTakesExtremeCorners() =>
        // [-1, 2] * [3, 4]: corners -4, -3, 6, 8.
        Assert.Equal(Interval.Closed(Q(-4), Q(8)), Interval.Closed(Q(-1), Q(2)) * Interval.Closed(Q(3), Q(4)));

    [Fact]
    public void ProductWithInfiniteEnds()
    {
        // (0, 1] * (-oo, -1] = (-oo, 0): x y < 0 and unbounded below.
        Assert.Equal(Interval.Negative, Interval.Of(Q(0), true, Q(1), false) * Interval.AtMost(Q(-1)));
        // [0, 1] * [0, oo) = [0, oo).
        Assert.Equal(Interval.Nonnegative, Interval.Closed(Q(0), Q(1)) * Interval.Nonnegative);
        // {0} * (1, oo) = {0}.
        Assert.Equal(Interval.Point(Q(0)), Interval.Point(Q(0)) * Interval.GreaterThan(Q(1)));
    }

    [Fact]
    public void ReciprocalOfPositiveAndNegative()
    {
        Assert.Equal(Interval.Of(Q(1, 4), false, Q(1, 2), true), IntervalArithmetic.Reciprocal(Interval.Of(Q(2), true, Q(4), false)));
        Assert.Equal(Interval.Positive, IntervalArithmetic.Reciprocal(Interval.Positive));
        Assert.Equal(Interval.Of(Q(-1), false, Q(0), true), IntervalArithmetic.Reciprocal(Interval.AtMost(Q(-1))));
        Assert.Equal(Interval.All, IntervalArithmetic.Reciprocal(Interval.Closed(Q(-1), Q(1))));
    }

    [Fact]
    public void EvenPowerFoldsNegativeHalf()
    {
        Assert.Equal(Interval.Closed(Q(0), Q(9)), IntervalArithmetic.Pow(Interval.Closed(Q(-3), Q(2)), 2));
        Assert.Equal(Interval.Closed(Q(-27), Q(8)), IntervalArithmetic.Pow(Interval.Closed(Q(-3), Q(2)), 3));
        Assert.Equal(Interval.Of(Q(1, 9), false, Q(1, 4), false), IntervalArithmetic.Pow(Interval.Closed(Q(2), Q(3)), -2));
    }

    [Fact]
    public void AbsMaxMin()
    {
        Assert.Equal(Interval.Closed(Q(0), Q(3)), IntervalArithmetic.Abs(Interval.Of(Q(-3), false, Q(2), true)));
        Assert.Equal(Interval.Of(Q(1), true, Q(4), false), IntervalArithmetic.Max(Interval.Of(Q(1), true, Q(2), false), Interval.Closed(Q(1), Q(4))));
        Assert.Equal(Interval.Closed(Q(-1), Q(2)), IntervalArithmetic.Min(Interval.Closed(Q(-1), Q(5)), Interval.Closed(Q(0), Q(2))));
    }

    [Fact]
    public void IntersectAndHull()
    {
        var a = Interval.Of(Q(0), true, Q(2), false);
        var b = Interval.Closed(Q(1), Q(3));
        Assert.Equal(Interval.Closed(Q(1), Q(2)), a.Intersect(b));
        Assert.Equal(Interval.Of(Q(0), true, Q(3), false), a.Hull(b));
        Assert.Null(Interval.Negative.Intersect(Interval.Nonnegative));
        Assert.Equal(Interval.Point(Q(0)), Interval.Nonpositive.Intersect(Interval.Nonnegative));
    }

    [Fact]
    public void ExpBoundsAreValid()
    {
        // e^[0, 1/2]: from 1 (attained) to below 1/(1 - 1/2) = 2 (e^0.5 ≈ 1.6487).
        var r = IntervalFunctions.Exp(Interval.Closed(Q(0), Q(1, 2)));
        Assert.Equal(Interval.Of(Q(1), false, Q(2), true), r);
        Assert.Equal(Interval.Positive, IntervalFunctions.Exp(Interval.All));
        Assert.True(IntervalFunctions.Exp(Interval.Point(Q(3))).Contains(Q(20)));   // e^3 ≈ 20.09, upper unbounded here
        Assert.Equal(Interval.Point(Q(1)), IntervalFunctions.Exp(Interval.Point(Q(0))));
    }

    [Fact]
    public void SigmoidBounds()
    {
        Assert.Equal(Interval.UnitOpen, IntervalFunctions.Sigmoid(Interval.All));
        Assert.Equal(Interval.Point(Q(1, 2)), IntervalFunctions.Sigmoid(Interval.Point(Q(0))));
        var positive = IntervalFunctions.Sigmoid(Interval.Nonnegative);
        Assert.Equal(Q(1, 2), positive.Lower);
        Assert.False(positive.LowerOpen);
        Assert.Equal(Q(1), positive.Upper);
        // sigma(2) ≈ 0.8808 must lie inside the enclosure of sigma([2, 2]).
        var two = IntervalFunctions.Sigmoid(Interval.Point(Q(2)));
        Assert.True(two.Contains(Q(8808, 10000)));
    }

    [Fact]
    public void LogAndLogitBounds()
    {
        var log = IntervalFunctions.Log(Interval.Closed(Q(1), Q(3)));     // [0, log 3 ≈ 1.0986]
        Assert.Equal(Q(0), log.Lower);
        Assert.False(log.LowerOpen);
        Assert.True(log.Contains(Q(10986, 10000)));
        Assert.True(IntervalFunctions.Logit(Interval.Of(Q(1, 2), true, Q(1), true)).IsPositive);
        Assert.True(IntervalFunctions.Logit(Interval.Of(Q(0), true, Q(1, 2), true)).IsNegative);
    }

    [Fact]
    public void SignsOfIntervals()
    {
        Assert.Equal(SignSet.Positive, Interval.Of(Q(0), true, Q(1), false).Signs);
        Assert.Equal(SignSet.Nonnegative, Interval.Closed(Q(0), Q(1)).Signs);
        Assert.Equal(SignSet.RealAny, Interval.All.Signs);
        Assert.Equal(SignSet.Negative, Interval.LessThan(Q(-2)).Signs);
    }

    [Fact]
    public void PrintsWithBrackets() => Assert.Equal("(0, 1]", Interval.Of(Q(0), true, Q(1), false).ToString());
}
