using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Symbolic.Solving;

/// <summary>Real and imaginary parts of expressions built from real quantities and the constant i.</summary>
public static class ComplexParts
{
    /// <summary>
    /// (Re e, Im e) for e built from i and real atoms by sums, products and integer powers
    /// (a reciprocal 1/(a + bi) is rationalized). Throws <see cref="ArgumentException"/> naming the
    /// part whose realness is unknown (a complex symbol, sqrt of a quantity of unknown sign).
    /// </summary>
    public static (Expr Real, Expr Imaginary) Split(Expr e)
    {
        var real = new List<Expr>();
        var imaginary = new List<Expr>();
        foreach (var (m, c) in SparsePolynomial.From(e).Terms)
        {
            var (re, im) = (Number.Of(c) as Expr, Number.Zero as Expr);
            foreach (var (b, k) in m.Factors)
                (re, im) = Times((re, im), FactorParts(b, k, e));
            real.Add(re);
            imaginary.Add(im);
        }
        return (Solver.Tidy(Build.Add(real)), Solver.Tidy(Build.Add(imaginary)));
    }

    /// <summary>|e| = sqrt(Re² + Im²), so |1 + αi| = sqrt(1 + α²); |x| for real x.</summary>
    public static Expr Modulus(Expr e)
    {
        var (re, im) = Split(e);
        if (im.IsZero) return Build.Abs(re);
        return Solver.SquareRoot(Solver.Tidy(Build.Add(Build.Mul(re, re), Build.Mul(im, im))));
    }

    /// <summary>The complex conjugate Re e - i Im e of e (as <see cref="Split"/> reads it): 1 - αi for 1 + αi; e itself when e is real.</summary>
    public static Expr Conjugate(Expr e)
    {
        var (re, im) = Split(e);
        return im.IsZero ? re : Build.Sub(re, Build.Mul(Constant.I, im));
    }

    private static (Expr, Expr) FactorParts(Expr b, BigRational k, Expr whole)
    {
        if (b is Constant { Which: ConstantKind.I } && k.IsOne) return (Number.Zero, Number.One);
        var power = Build.Pow(b, Number.Of(k));
        if (SignOf.Get(power).IsReal()) return (power, Number.Zero);
        if (k.IsInteger && k.IsNegative && b.Contains(Constant.I))
        {
            // 1/(x + yi) = (x - yi)/(x² + y²), then raised to the power.
            var (x, y) = Split(b);
            var norm = Build.Add(Build.Mul(x, x), Build.Mul(y, y));
            var inverse = (Build.Div(x, norm), Build.Neg(Build.Div(y, norm)));
            var result = (Number.One as Expr, Number.Zero as Expr);
            for (var i = 0; i < -(int)k.Numerator; i++) result = Times(result, inverse);
            return result;
        }
        throw new ArgumentException($"Cannot split {whole} into real and imaginary parts: {power} is not known to be real.", nameof(whole));
    }

    private static (Expr, Expr) Times((Expr Re, Expr Im) a, (Expr Re, Expr Im) b) =>
        (Build.Sub(Build.Mul(a.Re, b.Re), Build.Mul(a.Im, b.Im)), Build.Add(Build.Mul(a.Re, b.Im), Build.Mul(a.Im, b.Re)));
}
