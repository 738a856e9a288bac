using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>
/// Splits an expression that holds the imaginary unit into its real and imaginary parts, as two real
/// expressions (valid where every symbol is real): 1 + αi is (1, α), |1 + αi| is (√(1 + α²), 0).
/// It exists so that a counterexample with complex values can be re-checked by the real re-checks
/// (exactly where the parts are rational, at high precision otherwise) instead of staying unsettled.
/// Handles sums, products, integer powers and |z|; anything else must be free of i. Null when it cannot split.
/// </summary>
public static class ComplexParts
{
    /// <summary>Integer powers of a complex base are multiplied out up to this exponent.</summary>
    private const int MaxPower = 16;

    public static (Expr Re, Expr Im)? Split(Expr e)
    {
        if (!e.Equals(Constant.I) && !e.Descendants().Any(d => d.Equals(Constant.I))) return (e, Number.Zero);
        switch (e)
        {
            case Constant { Which: ConstantKind.I }: return (Number.Zero, Number.One);
            case Sum s:
                var terms = s.Terms.Select(Split).ToList();
                if (terms.Any(t => t is null)) return null;
                return (Build.Add(terms.Select(t => t!.Value.Re).ToArray()), Build.Add(terms.Select(t => t!.Value.Im).ToArray()));
            case Product p:
                (Expr Re, Expr Im) acc = (Number.One, Number.Zero);
                foreach (var f in p.Factors)
                {
                    if (Split(f) is not { } z) return null;
                    acc = Multiply(acc, z);
                }
                return acc;
            case Power { Exponent: Number { Value: { IsInteger: true } n } } pw when n.Numerator >= -MaxPower && n.Numerator <= MaxPower:
                if (Split(pw.Base) is not { } b) return null;
                var k = (int)n.Numerator;
                (Expr Re, Expr Im) result = (Number.One, Number.Zero);
                for (var j = 0; j < Math.Abs(k); j++) result = Multiply(result, b);
                return k >= 0 ? result : Reciprocal(result);
            case Function { Which: FunctionKind.Abs } f:
                if (Split(f.Argument) is not { } a) return null;
                return (Build.Sqrt(Build.Add(Build.Pow(a.Re, Number.Two), Build.Pow(a.Im, Number.Two))), Number.Zero);
            default:
                return null;
        }
    }

    private static (Expr Re, Expr Im) Multiply((Expr Re, Expr Im) a, (Expr Re, Expr Im) b) =>
        (Build.Sub(Build.Mul(a.Re, b.Re), Build.Mul(a.Im, b.Im)), Build.Add(Build.Mul(a.Re, b.Im), Build.Mul(a.Im, b.Re)));

    private static (Expr Re, Expr Im) Reciprocal((Expr Re, Expr Im) z)
    {
        var norm = Build.Add(Build.Pow(z.Re, Number.Two), Build.Pow(z.Im, Number.Two));
        return (Build.Div(z.Re, norm), Build.Neg(Build.Div(z.Im, norm)));
    }
}
