using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Rewriting;

public static partial class Rewrite
{
    /// <summary>
    /// Puts each sum over a common denominator and removes the factors numerator and denominator share:
    /// syntactically equal factors (after normalizing sums: 2 - 2x and x - 1 meet), and the polynomial
    /// greatest common divisor of factors that are polynomials in one symbol with rational coefficients.
    /// Like every cancellation, the result may be defined where the input was not (x/x = 1 at 0).
    /// </summary>
    public static Expr Cancel(Expr e) => ToFixedPoint(e, CancelNode);

    internal static Expr CancelNode(Expr node)
    {
        var t = TogetherNode(node);
        if (t is not (Product or Sum or Power)) return t;
        var (n, d) = NumeratorDenominator(t);
        var numerator = FactorList.Of(n);
        var denominator = FactorList.Of(d);
        for (var round = 0; round < 16 && SplitByPolynomialGcd(numerator, denominator); round++) { }
        CancelCommon(numerator, denominator);
        return numerator.Over(denominator);
    }

    /// <summary>Removes from both lists the smallest power of each base they share (numeric exponents only).</summary>
    private static void CancelCommon(FactorList numerator, FactorList denominator)
    {
        for (var i = numerator.Factors.Count - 1; i >= 0; i--)
        {
            var (b, a) = numerator.Factors[i];
            var j = denominator.Factors.FindIndex(f => f.Base.Equals(b));
            if (j < 0 || a is not Number na || denominator.Factors[j].Exponent is not Number nb) continue;
            if (!na.Value.IsPositive || !nb.Value.IsPositive) continue;
            var m = na.Value < nb.Value ? na.Value : nb.Value;
            Reduce(numerator, i, na.Value - m);
            Reduce(denominator, j, nb.Value - m);
        }
    }

    private static void Reduce(FactorList list, int index, BigRational exponent)
    {
        if (exponent.IsZero) list.Factors.RemoveAt(index);
        else list.Factors[index] = (list.Factors[index].Base, Number.Of(exponent));
    }

    /// <summary>
    /// Finds one numerator factor and one denominator factor (sums to positive integer powers) with a
    /// nontrivial common divisor g, and writes each as (its quotient by g) · g, so that g then cancels.
    /// </summary>
    private static bool SplitByPolynomialGcd(FactorList numerator, FactorList denominator)
    {
        for (var i = 0; i < numerator.Factors.Count; i++)
            for (var j = 0; j < denominator.Factors.Count; j++)
            {
                var (a, ea) = numerator.Factors[i];
                var (b, eb) = denominator.Factors[j];
                if (a is not Sum || b is not Sum || a.Equals(b) || !IsPositiveInteger(ea) || !IsPositiveInteger(eb)) continue;
                if (PolynomialGcd.Split(a, b) is not { } split) continue;
                numerator.Factors.RemoveAt(i);
                numerator.Accept(split.QuotientA, ea);
                numerator.Accept(split.Gcd, ea);
                denominator.Factors.RemoveAt(j);
                denominator.Accept(split.QuotientB, eb);
                denominator.Accept(split.Gcd, eb);
                return true;
            }
        return false;
    }

    private static bool IsPositiveInteger(Expr e) => e is Number { Value: { IsInteger: true, IsPositive: true } };
}
