using System.Numerics;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>The complex operations the compiled complex functions call, with the branches of <see cref="Evaluator"/>.</summary>
internal static class ComplexOps
{
    private static readonly Complex NaN = new(double.NaN, double.NaN);

    /// <summary>Integer powers stay real on real bases (Complex.Pow would add rounding noise to the imaginary part).</summary>
    public static Complex PowInteger(Complex b, double n) =>
        b.Imaginary == 0 ? new Complex(Math.Pow(b.Real, n), 0) : Complex.Pow(b, n);

    /// <summary>
    /// A real number with imaginary part -0 sits on the lower lip of the branch cut; the engine's
    /// convention (sqrt(-4) = 2i, log(-1) = i pi) is the upper one, so -0 is read as +0.
    /// </summary>
    private static Complex OnPrincipalBranch(Complex z) => z.Imaginary == 0 ? new Complex(z.Real, 0) : z;

    public static Complex Pow(Complex b, Complex e)
    {
        b = OnPrincipalBranch(b);
        if (b.Imaginary == 0 && e.Imaginary == 0 && b.Real >= 0 && !(b.Real == 0 && e.Real <= 0)) return Math.Pow(b.Real, e.Real);
        if (b == Complex.Zero) return e.Real > 0 ? Complex.Zero : NaN;
        return Complex.Pow(b, e);
    }

    public static Complex Add(Complex a, Complex b) => a + b;
    public static Complex Multiply(Complex a, Complex b) => a * b;
    public static Complex Exp(Complex x) => x.Imaginary == 0 ? new Complex(Math.Exp(x.Real), 0) : Complex.Exp(x);
    public static Complex Log(Complex x) => Complex.Log(OnPrincipalBranch(x));
    public static Complex Abs(Complex x) => Complex.Abs(x);
    public static Complex Sign(Complex x) => x.Imaginary != 0 ? x / Complex.Abs(x) : RealOps.Sign(x.Real);
    public static Complex Heaviside(Complex x) => x.Real > 0 ? 1 : x.Real < 0 ? 0 : 0.5;
    public static Complex Sigmoid(Complex x) => 1 / (1 + Exp(-x));
    public static Complex Logit(Complex x) => Log(x / (1 - x));
    public static Complex Sin(Complex x) => Complex.Sin(x);
    public static Complex Cos(Complex x) => Complex.Cos(x);
    public static Complex Atan2(Complex y, Complex x) => Math.Atan2(y.Real, x.Real);
    public static Complex Max(Complex a, Complex b) => Math.Max(a.Real, b.Real);
    public static Complex Min(Complex a, Complex b) => Math.Min(a.Real, b.Real);
}
