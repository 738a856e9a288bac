using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Printing.Presentation;

/// <summary>
/// The Gaussian constant shown as a reader expects it. The canonical form splits (2π)^q into 2^q π^q and
/// folds the power of 2 into the coefficient, so the normal density of dimension 3 prints as
/// √2/(4π^{3/2}) and that of dimension K as 2^{-K/2} π^{-K/2}. When π carries a non-integer or symbolic
/// exponent q and the numeric part of the product is a rational times 2^q, the display regroups them as
/// r (2π)^q, which is the same number (2 and π are positive, so (2π)^q = 2^q π^q for every real q).
/// </summary>
internal sealed record TwoPiGrouping(BigRational Coefficient, Expr Exponent, IReadOnlyList<Expr> OtherFactors)
{
    public static TwoPiGrouping? Find(BigRational coefficient, IReadOnlyList<Expr> factors)
    {
        var pi = factors.OfType<Power>().FirstOrDefault(p => p.Base is Constant { Which: ConstantKind.Pi } && !IsIntegerNumber(p.Exponent));
        if (pi is null) return null;
        var two = factors.OfType<Power>().FirstOrDefault(p => p.Base is Number { Value: { IsInteger: true } b } && b.Numerator == 2);
        var twoExponent = two?.Exponent ?? Number.Of(0);
        // 2^a = 2^(a - q) 2^q, and 2^(a - q) is a rational exactly when a - q is an integer.
        if (Build.Sub(twoExponent, pi.Exponent) is not Number { Value: { IsInteger: true } shift } || shift.Abs().Numerator > 64)
            return null;
        var rest = factors.Where(f => !ReferenceEquals(f, pi) && !ReferenceEquals(f, two)).ToArray();
        return new TwoPiGrouping(coefficient * new BigRational(2).Pow((int)shift.Numerator), pi.Exponent, rest);
    }

    /// <summary>(2π)^q with q positive: a root for 1/n, a power otherwise; for a negative number q the caller puts (2π)^-q below the bar.</summary>
    public static DisplayNode Present(Expr exponent, Func<Expr, DisplayNode> present)
    {
        var twoPi = new DisplayProduct([new DisplayInteger(2), new DisplayConstant(ConstantKind.Pi)]);
        if (exponent is Number { Value: var x } && x.IsPositive && x.Numerator.IsOne)
            return new DisplayRoot(twoPi, (int)x.Denominator);
        return new DisplayPower(twoPi, present(exponent));
    }

    public bool IsReciprocal(out Expr positiveExponent)
    {
        positiveExponent = Exponent is Number { Value.IsNegative: true } n ? Number.Of(-n.Value) : Exponent;
        return Exponent is Number { Value.IsNegative: true };
    }

    private static bool IsIntegerNumber(Expr e) => e is Number { Value.IsInteger: true };
}
