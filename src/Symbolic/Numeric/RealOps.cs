namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>The real-valued operations the compiled real functions call; NaN wherever the value is not real.</summary>
internal static class RealOps
{
    /// <summary>Longest index range a sum is evaluated over (the tree walker's limit too).</summary>
    public const double MaxSumRange = 1_000_000;

    public static bool IsSummableRange(double first, double last) =>
        double.IsFinite(first) && double.IsFinite(last) && last - first <= MaxSumRange;

    public static double Sign(double x) => x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : double.NaN;
    public static double Heaviside(double x) => x > 0 ? 1 : x < 0 ? 0 : x == 0 ? 0.5 : double.NaN;
    public static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
    public static double Logit(double x) => Math.Log(x / (1 - x));

    /// <summary>b^n for an integer n, by Math.Pow (the same rounding as the tree walker).</summary>
    public static double PowInteger(double b, double n) => Math.Pow(b, n);

    /// <summary>b^e for a non-integer exponent: real only for b &gt;= 0.</summary>
    public static double Pow(double b, double e)
    {
        if (b < 0) return e == Math.Floor(e) ? Math.Pow(b, e) : double.NaN;
        if (b == 0) return e > 0 ? 0 : double.NaN;
        return Math.Pow(b, e);
    }

    public static double Max(double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? double.NaN : Math.Max(a, b);
    public static double Min(double a, double b) => double.IsNaN(a) || double.IsNaN(b) ? double.NaN : Math.Min(a, b);
}
