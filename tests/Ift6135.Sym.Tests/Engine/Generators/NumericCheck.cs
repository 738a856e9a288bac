using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;

namespace Ift6135.Sym.Tests.Engine.Generators;

/// <summary>Comparisons of expressions by value at points, for tests.</summary>
public static class NumericCheck
{
    /// <summary>The real value at the point, or null when it is not finite (or the evaluation is not real).</summary>
    public static double? ValueAt(Expr e, IReadOnlyDictionary<Symbol, double> point)
    {
        var complex = Evaluator.Evaluate(e, point.ToDictionary(kv => kv.Key, kv => new System.Numerics.Complex(kv.Value, 0)));
        if (!double.IsFinite(complex.Real) || !double.IsFinite(complex.Imaginary)) return null;
        if (Math.Abs(complex.Imaginary) > 1e-9 * Math.Max(1, Math.Abs(complex.Real))) return null;
        return complex.Real;
    }

    public static bool Close(double a, double b, double relative) =>
        Math.Abs(a - b) <= relative * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>Asserts that a and b agree at every point of the list where both are finite and moderate.</summary>
    public static void AssertSameValues(Expr a, Expr b, IEnumerable<IReadOnlyDictionary<Symbol, double>> points, double relative = 1e-7)
    {
        foreach (var point in points)
        {
            if (ValueAt(a, point) is not { } va || ValueAt(b, point) is not { } vb) continue;
            if (Math.Abs(va) > 1e8) continue;
            Assert.True(Close(va, vb, relative), $"{a} = {va} but {b} = {vb} at {Describe(point)}");
        }
    }

    public static string Describe(IReadOnlyDictionary<Symbol, double> point) =>
        string.Join(", ", point.Select(kv => $"{kv.Key} = {kv.Value:R}"));

    /// <summary>A fixed grid of points over the given symbols, from a fixed seed.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<Symbol, double>> Points(IReadOnlyList<Symbol> symbols, int count = 12, int seed = 7)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (IReadOnlyDictionary<Symbol, double>)symbols.ToDictionary(
            s => s, s => s.Facts.HasFlag(Symbolic.Assumptions.Facts.Positive) ? 0.25 + 2.5 * random.NextDouble() : -2 + 4 * random.NextDouble())).ToList();
    }
}
