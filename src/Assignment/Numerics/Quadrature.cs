namespace Ift6135.Sym.Assignment.Numerics;

/// <summary>
/// Composite five-point Gauss–Legendre quadrature on a finite interval: exact for polynomials of
/// degree 9 on each panel, so smooth densities on a few hundred panels are integrated to ~1e-12.
/// Used only for sanity checks (normalisation, expectations), never for a derivation.
/// </summary>
public static class Quadrature
{
    // Nodes and weights of the 5-point rule on [-1, 1] (roots of the Legendre polynomial P5).
    private static readonly double[] Nodes = [0.0, -0.5384693101056831, 0.5384693101056831, -0.9061798459386640, 0.9061798459386640];
    private static readonly double[] Weights = [0.5688888888888889, 0.4786286704993665, 0.4786286704993665, 0.2369268850561891, 0.2369268850561891];

    public static double Integrate(Func<double, double> f, double lower, double upper, int panels = 400)
    {
        if (!(upper > lower)) throw new ArgumentException($"The interval [{lower}, {upper}] is empty.");
        if (panels < 1) throw new ArgumentOutOfRangeException(nameof(panels), "At least one panel is needed.");
        var width = (upper - lower) / panels;
        var total = 0.0;
        for (var p = 0; p < panels; p++)
        {
            var mid = lower + (p + 0.5) * width;
            var panel = 0.0;
            for (var k = 0; k < Nodes.Length; k++) panel += Weights[k] * f(mid + 0.5 * width * Nodes[k]);
            total += 0.5 * width * panel;
        }
        return total;
    }
}
