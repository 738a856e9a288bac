using System.Numerics;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>
/// Evaluates an expression at a point by walking the tree, in complex double precision.
/// The simple reference evaluator; the compiled delegates are for speed.
/// </summary>
public static class Evaluator
{
    public static Complex Evaluate(Expr e, IReadOnlyDictionary<Symbol, Complex> point) => e switch
    {
        Number n => n.Value.ToDouble(),
        Constant c => c.Which switch
        {
            ConstantKind.E => Math.E,
            ConstantKind.Pi => Math.PI,
            ConstantKind.I => Complex.ImaginaryOne,
            _ => new Complex(double.NaN, double.NaN),
        },
        Symbol s => point.TryGetValue(s, out var v) ? v : throw new KeyNotFoundException($"No value for the symbol {s}."),
        Sum s => s.Terms.Aggregate(Complex.Zero, (acc, t) => acc + Evaluate(t, point)),
        Product p => p.Factors.Aggregate(Complex.One, (acc, f) => acc * Evaluate(f, point)),
        Power p => Pow(Evaluate(p.Base, point), p.Exponent, point),
        Function f => Call(f.Which, f.Arguments.Select(a => Evaluate(a, point)).ToArray()),
        IndexedSum s => Fold(s, point, Complex.Zero, (a, b) => a + b),
        IndexedProduct p => Fold(p, point, Complex.One, (a, b) => a * b),
        _ => throw new NotSupportedException($"Cannot evaluate {e.Kind} nodes numerically: {e}"),
    };

    public static double EvaluateReal(Expr e, IReadOnlyDictionary<Symbol, double> point) =>
        Evaluate(e, point.ToDictionary(kv => kv.Key, kv => new Complex(kv.Value, 0))).Real;

    private static Complex Pow(Complex b, Expr exponent, IReadOnlyDictionary<Symbol, Complex> point)
    {
        // Integer and real exponents of real bases stay real where they are real: (-8)^(1/3) is not taken here.
        if (exponent is Number { Value: { IsInteger: true } n } && BigInteger.Abs(n.Numerator) < 4096)
            return Complex.Pow(b, (double)n.Numerator) is var r && b.Imaginary == 0 ? new Complex(Math.Pow(b.Real, (double)n.Numerator), 0) : r;
        var e = Evaluate(exponent, point);
        if (b.Imaginary == 0 && e.Imaginary == 0 && b.Real >= 0) return Math.Pow(b.Real, e.Real);
        if (b == Complex.Zero) return e.Real > 0 ? Complex.Zero : new Complex(double.NaN, double.NaN);
        return ComplexOps.Pow(b, e);       // reads a -0 imaginary part as +0 (principal branch)
    }

    private static Complex Call(FunctionKind f, Complex[] a) => f switch
    {
        FunctionKind.Log => ComplexOps.Log(a[0]),
        FunctionKind.Abs => Complex.Abs(a[0]),
        FunctionKind.Sign => a[0].Imaginary != 0 ? a[0] / Complex.Abs(a[0]) : Math.Sign(a[0].Real),
        FunctionKind.Heaviside => a[0].Real > 0 ? 1 : a[0].Real < 0 ? 0 : 0.5,
        FunctionKind.Sigmoid => 1 / (1 + Complex.Exp(-a[0])),
        FunctionKind.Logit => ComplexOps.Logit(a[0]),
        FunctionKind.Sin => Complex.Sin(a[0]),
        FunctionKind.Cos => Complex.Cos(a[0]),
        FunctionKind.Atan2 => Math.Atan2(a[0].Real, a[1].Real),
        FunctionKind.Max => a.Select(x => x.Real).Max(),
        FunctionKind.Min => a.Select(x => x.Real).Min(),
        _ => throw new NotSupportedException(f.ToString()),
    };

    /// <summary>The terms (or factors) of a sum (or product) combined from the ceiling of the lower bound to the floor of the upper.</summary>
    private static Complex Fold(IndexedOperator s, IReadOnlyDictionary<Symbol, Complex> point, Complex empty, Func<Complex, Complex, Complex> combine)
    {
        var lo = Evaluate(s.Lower, point).Real;
        var hi = Evaluate(s.Upper, point).Real;
        if (double.IsNaN(lo) || double.IsNaN(hi) || hi - lo > 1_000_000) return new Complex(double.NaN, double.NaN);
        var total = empty;
        for (var k = (long)Math.Ceiling(lo); k <= (long)Math.Floor(hi); k++)
        {
            var body = Substitution.Substitute(s.Body, s.Index, Number.Of(k));
            total = combine(total, Evaluate(body, point));
        }
        return total;
    }
}
