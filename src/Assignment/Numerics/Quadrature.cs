using System.Numerics;

namespace Ift6135.Sym.Assignment.Numerics;

/// <summary>
/// Composite five-point Gauss–Legendre quadrature on a finite interval: exact for polynomials of
/// degree 9 on each panel, so smooth densities on a few hundred panels are integrated to ~1e-12.
/// Used only for sanity checks (normalisation, expectations), never for a derivation.
/// </summary>
public sealed class Quadrature
{
    // Nodes and weights of the 5-point rule on [-1, 1] (roots of the Legendre polynomial P5).
    private static readonly double[] Nodes = [0.0, -0.5384693101056831, 0.5384693101056831, -0.9061798459386640, 0.9061798459386640];
    private static readonly double[] Weights = [0.5688888888888889, 0.4786286704993665, 0.4786286704993665, 0.2369268850561891, 0.2369268850561891];

    private readonly double width;

    /// <summary>The abscissae, panel by panel, in the order <see cref="Sum"/> expects their values.</summary>
    public IReadOnlyList<double> Points { get; }

    private Quadrature(double lower, double upper, int panels)
    {
        if (!(upper > lower)) throw new ArgumentException($"The interval [{lower}, {upper}] is empty.");
        if (panels < 1) throw new ArgumentOutOfRangeException(nameof(panels), "At least one panel is needed.");
        width = (upper - lower) / panels;
        var points = new double[panels * Nodes.Length];
        for (var p = 0; p < panels; p++)
        {
            var mid = lower + (p + 0.5) * width;
            for (var k = 0; k < Nodes.Length; k++) points[p * Nodes.Length + k] = mid + 0.5 * width * Nodes[k];
        }
        Points = points;
    }

    /// <summary>
    /// The rule on [lower, upper] with the given number of panels, made once so that several integrands
    /// over the same interval (one per Monte Carlo draw) can share values that do not depend on the draw.
    /// </summary>
    public static Quadrature On(double lower, double upper, int panels = 400) => new(lower, upper, panels);

    public static double Integrate(Func<double, double> f, double lower, double upper, int panels = 400) =>
        On(lower, upper, panels).Integrate(f);

    public double Integrate(Func<double, double> f)
    {
        var values = new double[Points.Count];
        for (var i = 0; i < values.Length; i++) values[i] = f(Points[i]);
        return Sum(values);
    }

    /// <summary>The integral from the integrand's values at <see cref="Points"/>, in that order.</summary>
    public double Sum(ReadOnlySpan<double> values)
    {
        if (values.Length != Points.Count) throw new ArgumentException($"Expected {Points.Count} values, one per point, not {values.Length}.");
        // The five terms of a panel written out (this sum runs millions of times in Question 4's check): the
        // same products added in the same order as a loop over the nodes, starting from 0.0.
        var total = 0.0;
        ReadOnlySpan<double> w = Weights;
        for (var p = 0; p + Nodes.Length <= values.Length; p += Nodes.Length)
        {
            var v = values.Slice(p, Nodes.Length);
            var panel = 0.0 + w[0] * v[0] + w[1] * v[1] + w[2] * v[2] + w[3] * v[3] + w[4] * v[4];
            total += 0.5 * width * panel;
        }
        return total;
    }

    /// <summary>The points of each panel, consecutive in <see cref="Points"/>.</summary>
    public const int PointsPerPanel = 5;

    /// <summary>
    /// The integrals of several integrands at once, one per vector lane, over a run of consecutive panels, from the values at
    /// their points in order (a whole number of panels): each lane's integral is the one <see cref="Sum"/> gives for that lane's
    /// values over those panels (the same products added in the same order; vector arithmetic is the scalar IEEE arithmetic in
    /// every lane). The panels are equal, so a panel's weights do not depend on where it is: only the number of values says
    /// which panels they are.
    /// </summary>
    public Vector<double> SumOfPanels(ReadOnlySpan<Vector<double>> values)
    {
        if (values.Length % PointsPerPanel != 0) throw new ArgumentException($"Expected whole panels of {PointsPerPanel} values, not {values.Length} values.");
        var total = Vector<double>.Zero;
        ReadOnlySpan<double> w = Weights;
        for (var p = 0; p + Nodes.Length <= values.Length; p += Nodes.Length)
        {
            var v = values.Slice(p, Nodes.Length);
            var panel = Vector<double>.Zero + w[0] * v[0] + w[1] * v[1] + w[2] * v[2] + w[3] * v[3] + w[4] * v[4];
            total += 0.5 * width * panel;
        }
        return total;
    }
}
