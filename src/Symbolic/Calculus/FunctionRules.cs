using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Calculus;

/// <summary>The derivatives of the known functions, each times the derivative of its argument (chain rule).</summary>
internal static class FunctionRules
{
    public static Expr Derive(Function f, Func<Expr, Expr> derive)
    {
        var u = f.Arguments[0];
        switch (f.Which)
        {
            case FunctionKind.Log: return Build.Div(derive(u), u);
            case FunctionKind.Abs: return Build.Mul(Build.Sign(u), derive(u));
            // sign and the unit step are constant away from 0; at 0 they jump and have no derivative
            // (as a distribution it is a Dirac delta, which this engine does not represent).
            case FunctionKind.Sign or FunctionKind.Heaviside: return Number.Zero;
            case FunctionKind.Sigmoid: return Build.Mul(f, Build.Sub(Number.One, f), derive(u));
            case FunctionKind.Logit:
                return Build.Mul(derive(u), Build.Pow(u, Number.MinusOne), Build.Pow(Build.Sub(Number.One, u), Number.MinusOne));
            case FunctionKind.Sin: return Build.Mul(Build.Cos(u), derive(u));
            case FunctionKind.Cos: return Build.Mul(Number.MinusOne, Build.Sin(u), derive(u));
            case FunctionKind.Atan2: return OfAtan2(f.Arguments[0], f.Arguments[1], derive);
            case FunctionKind.Max or FunctionKind.Min: return OfExtremum(f.Which == FunctionKind.Max, f.Arguments, derive);
            default: throw new NotSupportedException($"No derivative rule for {f.Which}.");
        }
    }

    /// <summary>atan2(y, x)' = (x y' - y x') / (x^2 + y^2).</summary>
    private static Expr OfAtan2(Expr y, Expr x, Func<Expr, Expr> derive)
    {
        var numerator = Build.Sub(Build.Mul(x, derive(y)), Build.Mul(y, derive(x)));
        return Build.Div(numerator, Build.Add(Build.Pow(x, Number.Two), Build.Pow(y, Number.Two)));
    }

    /// <summary>
    /// max(a, b)' = H(a - b) a' + H(b - a) b' (so relu(u)' = H(u) u'); min swaps the steps.
    /// With H(0) = 1/2 the tie gives the average of the one-sided slopes. More arguments: max(a, max(rest)).
    /// </summary>
    private static Expr OfExtremum(bool isMax, IReadOnlyList<Expr> args, Func<Expr, Expr> derive)
    {
        var a = args[0];
        var b = args.Count == 2 ? args[1] : (isMax ? Build.Max(args.Skip(1).ToArray()) : Build.Min(args.Skip(1).ToArray()));
        var aWins = Build.Heaviside(isMax ? Build.Sub(a, b) : Build.Sub(b, a));
        var bWins = Build.Heaviside(isMax ? Build.Sub(b, a) : Build.Sub(a, b));
        return Build.Add(Build.Mul(aWins, derive(a)), Build.Mul(bWins, derive(b)));
    }
}
