using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>
/// An expression's value at a real point written with the imaginary unit where the real functions leave
/// the reals: log c = log(-c) + iπ and (√c)^p = (√(-c))^p i^p for a negative constant c (the principal
/// branches, as the double-precision complex evaluation uses them). A side such as 2 log x at x = -1 is
/// then 2 log 1 + 2πi, which <see cref="ComplexParts"/> splits into real parts to re-check; without it
/// a false step like log x² = 2 log x stays unsettled because its counterexamples are complex.
/// </summary>
public static class PrincipalBranch
{
    /// <summary>The value at <paramref name="point"/> with every branch made explicit, or null when a symbol is left or a sign cannot be settled.</summary>
    public static Expr? AtPoint(Expr e, IReadOnlyDictionary<Symbol, BigRational> point)
    {
        var map = point.ToDictionary(kv => (Expr)kv.Key, kv => (Expr)Number.Of(kv.Value));
        var constant = Substitution.Substitute(e, map);
        if (Substitution.FreeSymbols(constant).Count > 0) return null;
        var unsettled = false;
        var written = constant.Transform(node =>
        {
            if (unsettled) return node;
            switch (node)
            {
                case Function { Which: FunctionKind.Log } log when Negative(log.Arguments[0]) is { } negative:
                    if (!negative) return node;
                    return Build.Add(Build.Log(Build.Neg(log.Arguments[0])), Build.Mul(Constant.I, Constant.Pi));
                case Power { Exponent: Number { Value: var p } } pw when p.Denominator == 2 && Negative(pw.Base) is { } negative:
                    if (!negative) return node;
                    var k = (int)(p.Numerator % 4 + 4) % 4;
                    return Build.Mul(Build.Pow(Build.Neg(pw.Base), Number.Of(p)), Build.Pow(Constant.I, Number.Of(new BigRational(k))));
                case Function { Which: FunctionKind.Log }:
                case Power { Exponent: Number { Value.Denominator: var d } } when d == 2:
                    unsettled = true;
                    return node;
                default:
                    return node;
            }
        });
        return unsettled ? null : written;
    }

    private static readonly IReadOnlyDictionary<Symbol, BigRational> NoSymbols = new Dictionary<Symbol, BigRational>();

    /// <summary>Whether a real constant is negative (null when it is not real, its value cannot be found, or it is too close to 0 to tell).</summary>
    private static bool? Negative(Expr constant)
    {
        if (constant.Equals(Constant.I) || constant.Contains(Constant.I)) return null;
        if (HighPrecision.TryEvaluate(constant, NoSymbols) is not { } value) return null;
        // A value within rounding of zero has no sign we can trust (it may be an exact zero computed inexactly);
        // only then is the exact evaluation (which TryEvaluate has already tried first) worth asking again.
        if (value.Magnitude < -(BigFloat.Precision / 2) && HighPrecision.TryExact(constant, NoSymbols) is null) return null;
        return value.Sign < 0;
    }
}
