using System.Numerics;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>
/// Re-evaluation for re-checking a numeric counterexample at rational points:
/// <see cref="TryExact"/> is exact when the expression only adds, multiplies, divides and takes
/// integer powers (and |x|, sign, max, min, step) of rationals; <see cref="TryEvaluate"/> uses
/// <see cref="BigFloat"/> (256-bit mantissa, about 77 digits) for everything real-valued. Both
/// return null where the value is undefined, not real, or outside what they handle (i, f(x)).
/// </summary>
public static class HighPrecision
{
    /// <summary>Integer powers larger than this are not expanded exactly (the numbers would be huge).</summary>
    private const int MaxExactExponent = 4096;

    public static BigRational? TryExact(Expr e, IReadOnlyDictionary<Symbol, BigRational> point)
    {
        switch (e)
        {
            case Number n: return n.Value;
            case Symbol s: return point.TryGetValue(s, out var v) ? v : null;
            case Sum s: return Fold(s.Terms, t => TryExact(t, point), BigRational.Zero, (a, b) => a + b);
            case Product p: return Fold(p.Factors, f => TryExact(f, point), BigRational.One, (a, b) => a * b);
            case Power { Exponent: Number { Value: { IsInteger: true } n } } p when BigInteger.Abs(n.Numerator) <= MaxExactExponent:
                if (TryExact(p.Base, point) is not { } b) return null;
                if (b.IsZero && n.Sign < 0) return null;
                return b.Pow((int)n.Numerator);
            case Function f when f.Which is FunctionKind.Abs or FunctionKind.Sign or FunctionKind.Heaviside or FunctionKind.Max or FunctionKind.Min:
                var args = new List<BigRational>();
                foreach (var a in f.Arguments) { if (TryExact(a, point) is not { } x) return null; args.Add(x); }
                return f.Which switch
                {
                    FunctionKind.Abs => args[0].Abs(),
                    FunctionKind.Sign => args[0].Sign,
                    FunctionKind.Heaviside => args[0].IsPositive ? BigRational.One : args[0].IsNegative ? BigRational.Zero : BigRational.Half,
                    FunctionKind.Max => args.Max(),
                    _ => args.Min(),
                };
            default: return null;
        }
    }

    /// <summary>Folds the operands' values with <paramref name="op"/>; null as soon as one has no value.</summary>
    private static T? Fold<T>(IReadOnlyList<Expr> items, Func<Expr, T?> value, T seed, Func<T, T, T> op) where T : struct
    {
        var acc = seed;
        foreach (var item in items)
        {
            if (value(item) is not { } x) return null;
            acc = op(acc, x);
        }
        return acc;
    }

    public static BigFloat? TryEvaluate(Expr e, IReadOnlyDictionary<Symbol, BigRational> point)
    {
        if (TryExact(e, point) is { } exact) return BigFloat.From(exact);
        return e switch
        {
            Number n => BigFloat.From(n.Value),
            Constant { Which: ConstantKind.E } => BigFloatMath.Exp(BigFloat.One),
            Constant { Which: ConstantKind.Pi } => BigFloatMath.Pi,
            Symbol s => point.TryGetValue(s, out var v) ? BigFloat.From(v) : null,
            Sum s => Fold(s.Terms, t => TryEvaluate(t, point), BigFloat.Zero, (a, b) => a + b),
            Product p => Fold(p.Factors, f => TryEvaluate(f, point), BigFloat.One, (a, b) => a * b),
            Power p => Power(p, point),
            Function f => Call(f, point),
            IndexedSum s => IndexedFold(s, point, BigFloat.Zero, (a, b) => a + b),
            IndexedProduct p => IndexedFold(p, point, BigFloat.One, (a, b) => a * b),
            _ => null,                                    // i, undefined, f(x)
        };
    }

    private static BigFloat? Power(Power p, IReadOnlyDictionary<Symbol, BigRational> point)
    {
        if (p.Base is Constant { Which: ConstantKind.E })
            return TryEvaluate(p.Exponent, point) is { } x ? BigFloatMath.Exp(x) : null;
        if (TryEvaluate(p.Base, point) is not { } b) return null;
        if (p.Exponent is Number { Value: { IsInteger: true } n }) return BigFloatMath.PowInteger(b, n.Numerator);
        if (p.Exponent is Number { Value: var half } && half == BigRational.Half) return BigFloatMath.Sqrt(b);
        if (TryEvaluate(p.Exponent, point) is not { } e) return null;
        // A real power of a negative number is not real on the principal branch.
        if (b.Sign < 0) return null;
        if (b.IsZero) return e.Sign > 0 ? BigFloat.Zero : null;
        return BigFloatMath.Log(b) is { } log ? BigFloatMath.Exp(e * log) : null;
    }

    private static BigFloat? Call(Function f, IReadOnlyDictionary<Symbol, BigRational> point)
    {
        var args = new List<BigFloat>();
        foreach (var a in f.Arguments) { if (TryEvaluate(a, point) is not { } x) return null; args.Add(x); }
        var x0 = args[0];
        return f.Which switch
        {
            FunctionKind.Log => BigFloatMath.Log(x0),
            FunctionKind.Abs => x0.Abs(),
            FunctionKind.Sign => BigFloat.From(x0.Sign),
            FunctionKind.Heaviside => x0.Sign > 0 ? BigFloat.One : x0.Sign < 0 ? BigFloat.Zero : BigFloat.One.ScaleB(-1),
            FunctionKind.Sigmoid => BigFloatMath.Exp(-x0) is { } t ? BigFloat.One / (BigFloat.One + t) : null,
            FunctionKind.Logit => x0.CompareTo(BigFloat.One) == 0 ? null : BigFloatMath.Log(x0 / (BigFloat.One - x0)),
            FunctionKind.Sin => BigFloatMath.Sin(x0),
            FunctionKind.Cos => BigFloatMath.Cos(x0),
            FunctionKind.Atan2 => BigFloatMath.Atan2(x0, args[1]),
            FunctionKind.Max => args.Aggregate((a, b) => a.CompareTo(b) >= 0 ? a : b),
            FunctionKind.Min => args.Aggregate((a, b) => a.CompareTo(b) <= 0 ? a : b),
            _ => null,
        };
    }

    private static BigFloat? IndexedFold(IndexedOperator s, IReadOnlyDictionary<Symbol, BigRational> point, BigFloat empty, Func<BigFloat, BigFloat, BigFloat> combine)
    {
        if (TryExact(s.Lower, point) is not { } lo || TryExact(s.Upper, point) is not { } hi) return null;
        var first = lo.IsInteger ? lo.Numerator : lo.Floor() + 1;
        var last = hi.Floor();
        if (last - first > 100_000) return null;
        var total = empty;
        for (var k = first; k <= last; k++)
        {
            if (TryEvaluate(Substitution.Substitute(s.Body, s.Index, Number.Of(new BigRational(k))), point) is not { } term) return null;
            total = combine(total, term);
        }
        return total;
    }
}
