namespace Ift6135.Sym.Assignment.Numerics;

/// <summary>
/// The layers of Marsaglia and Tsang's ziggurat under f(x) = exp(-x^2/2), x >= 0, computed when first used:
/// <see cref="Count"/> regions of equal area v. Region 0 is the rectangle [0, r] x [0, f(r)] with the tail beyond r;
/// region i >= 1 is [0, x_i] x [f(x_i), f(x_(i+1))], with x_1 = r, x_i decreasing and x_Count = 0. Choosing a region
/// uniformly and a point uniformly in the box [0, x_i] x [f(x_i), f(x_(i+1))] then keeping it when it lies under f
/// draws from the half-normal exactly; the box is under f whenever the point's x is below x_(i+1), most of the time.
/// </summary>
public sealed class ZigguratLayers
{
    /// <summary>256 regions: 8 bits of a draw choose one, and a point needs the test under the curve (or the tail) 1.5% of the time.</summary>
    public const int Count = 256;

    /// <summary>x_0 = v / f(r) (the width region 0 would have as a rectangle), x_1 = r, ..., x_Count = 0.</summary>
    private readonly double[] x;

    /// <summary>f(x_i); f(x_Count) = f(0) = 1.</summary>
    private readonly double[] f;

    public static ZigguratLayers Standard { get; } = new();

    /// <summary>Where the tail begins, r.</summary>
    public double TailStart => x[1];

    /// <summary>The area v of each region.</summary>
    public double Area { get; }

    /// <summary>x_0, ..., x_Count: region i (i >= 1) has width x_i, and its box is under f left of x_(i+1).</summary>
    public ReadOnlySpan<double> Widths => x;

    /// <summary>f(x_0) = 0 (unused), f(x_1), ..., f(x_Count) = 1: region i (i >= 1) lies between heights i and i + 1.</summary>
    public ReadOnlySpan<double> Heights => f;

    private ZigguratLayers()
    {
        var r = TailStartOf();
        Stack(r, out x, out f, out _);
        Area = RegionArea(r);
    }

    /// <summary>
    /// The tail start r: stacking Count - 1 regions of area v(r) on the base region, too small an r gives regions too large (they
    /// pass f(0) = 1 before the top), too large an r too small. The search keeps a bracket, lo with regions too large and hi with
    /// regions too small, until lo and hi are neighbouring doubles; it gives hi. The sign of <see cref="TopExcess"/> changes once
    /// (at r ~ 3.654 a step of one ulp moves it by 1e-14, above its rounding), so any bracketing that ends on neighbouring doubles
    /// ends on these two: a test checks that bisection of [1, 10] gives the same r to the bit. Bisection took 55 evaluations;
    /// secant steps through the last two stacks that reached the top (near r the excess is smooth, farther left it is the overshoot
    /// of whichever region passed 1 first, a sawtooth) take about 20, bisection standing in while a step would leave the bracket.
    /// </summary>
    private static double TailStartOf()
    {
        double lo = 1, hi = 10;
        (double R, double Excess) older = (double.NaN, double.NaN), newer = (double.NaN, double.NaN);
        while (Math.BitIncrement(lo) < hi)
        {
            var r = 0.5 * (lo + hi);
            var rise = newer.Excess - older.Excess;     // NaN until two stacks have reached the top
            if (rise != 0 && !double.IsNaN(rise) && newer.R - newer.Excess * (newer.R - older.R) / rise is var step && step >= lo && step <= hi)
                r = step;
            // An end of the bracket is known already: its neighbour inside is the try that can close the bracket.
            if (r == lo) r = Math.BitIncrement(lo);
            else if (r == hi) r = Math.BitDecrement(hi);
            var excess = Stack(r, out _, out _, out var reachedTop);
            if (reachedTop) (older, newer) = (newer, (r, excess));
            if (excess > 0) lo = r;
            else hi = r;
        }
        return hi;
    }

    /// <summary>
    /// The excess over f(0) = 1 of the upper edge the regions of tail start r reach: positive when they are too large (then the
    /// first region to pass 1, before the top one maybe), zero or negative when r is the tail start or beyond.
    /// </summary>
    public static double TopExcess(double r) => Stack(r, out _, out _, out _);

    /// <summary>v(r): the rectangle r f(r) and the tail's area.</summary>
    private static double RegionArea(double r) => r * Math.Exp(-0.5 * r * r) + TailArea(r);

    /// <summary>
    /// The regions on the base of tail start r, bottom to top, x_(i+1) from f(x_(i+1)) = f(x_i) + v / x_i; the excess of the
    /// top region's upper edge over 1 (positive when the regions are too large: then they may pass 1 earlier and stop there,
    /// <paramref name="reachedTop"/> false).
    /// </summary>
    private static double Stack(double r, out double[] widths, out double[] heights, out bool reachedTop)
    {
        var v = RegionArea(r);
        widths = new double[Count + 1];
        heights = new double[Count + 1];
        heights[1] = Math.Exp(-0.5 * r * r);
        widths[0] = v / heights[1];
        heights[0] = 0;
        widths[1] = r;
        reachedTop = false;
        for (var i = 1; i < Count - 1; i++)
        {
            var next = heights[i] + v / widths[i];
            if (next >= 1) return next - 1;
            heights[i + 1] = next;
            widths[i + 1] = Math.Sqrt(-2 * Math.Log(next));
        }
        widths[Count] = 0;
        heights[Count] = 1;
        reachedTop = true;
        return heights[Count - 1] + v / widths[Count - 1] - 1;
    }

    /// <summary>
    /// The integral of exp(-t^2/2) from r to infinity, r > 0: f(r) times the Mills ratio, by its continued fraction
    /// 1/(r + 1/(r + 2/(r + 3/(r + ...)))) evaluated from the bottom up. The depth it needs falls as 1/r^2: 400/r^2 + 20 terms
    /// reach double precision for every r >= 1 (400 at r = 1, 50 near the tail start 3.65, where the search evaluates it most).
    /// </summary>
    public static double TailArea(double r)
    {
        if (!(r >= 1)) throw new ArgumentOutOfRangeException(nameof(r), r, "the continued fraction is used for r >= 1 only");
        var t = r;
        for (var k = (int)Math.Ceiling(400 / (r * r)) + 20; k >= 1; k--) t = r + k / t;
        return Math.Exp(-0.5 * r * r) / t;
    }
}
