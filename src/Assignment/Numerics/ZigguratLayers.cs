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
        // Stack Count - 1 regions of area v(r) on the base region: too small an r gives regions too large (they pass
        // f(0) = 1 before the top), too large an r too small. Bisection until the bracket stops shrinking.
        double lo = 1, hi = 10;
        while (true)
        {
            var mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) break;
            if (Stack(mid, out _, out _) > 0) lo = mid;
            else hi = mid;
        }
        Stack(hi, out x, out f);
        Area = RegionArea(hi);
    }

    /// <summary>v(r): the rectangle r f(r) and the tail's area.</summary>
    private static double RegionArea(double r) => r * Math.Exp(-0.5 * r * r) + TailArea(r);

    /// <summary>
    /// The regions on the base of tail start r, bottom to top, x_(i+1) from f(x_(i+1)) = f(x_i) + v / x_i; the excess of the
    /// top region's upper edge over 1 (positive when the regions are too large: then they may pass 1 earlier and stop there).
    /// </summary>
    private static double Stack(double r, out double[] widths, out double[] heights)
    {
        var v = RegionArea(r);
        widths = new double[Count + 1];
        heights = new double[Count + 1];
        heights[1] = Math.Exp(-0.5 * r * r);
        widths[0] = v / heights[1];
        heights[0] = 0;
        widths[1] = r;
        for (var i = 1; i < Count - 1; i++)
        {
            var next = heights[i] + v / widths[i];
            if (next >= 1) return next - 1;
            heights[i + 1] = next;
            widths[i + 1] = Math.Sqrt(-2 * Math.Log(next));
        }
        widths[Count] = 0;
        heights[Count] = 1;
        return heights[Count - 1] + v / widths[Count - 1] - 1;
    }

    /// <summary>
    /// The integral of exp(-t^2/2) from r to infinity, r > 0: f(r) times the Mills ratio, by its continued fraction
    /// 1/(r + 1/(r + 2/(r + 3/(r + ...)))) evaluated from the bottom up. The depth it needs falls as 1/r^2: 400/r^2 + 20 terms
    /// reach double precision for every r >= 1 (400 at r = 1, 50 near the tail start 3.65, where the bisection evaluates it most).
    /// </summary>
    public static double TailArea(double r)
    {
        if (!(r >= 1)) throw new ArgumentOutOfRangeException(nameof(r), r, "the continued fraction is used for r >= 1 only");
        var t = r;
        for (var k = (int)Math.Ceiling(400 / (r * r)) + 20; k >= 1; k--) t = r + k / t;
        return Math.Exp(-0.5 * r * r) / t;
    }
}
