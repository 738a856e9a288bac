using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Rewriting;

public static partial class Rewrite
{
    /// <summary>
    /// log(ab) = log a + log b and log(a^r) = r log a, applied only where they hold on the principal branch:
    /// a positive factor may always be split off a product (its argument is 0), and a power's exponent
    /// comes down when the base is positive and the exponent real, and the log of a product over an index
    /// of positive factors is the sum of their logs. Positivity is read from symbol facts.
    /// </summary>
    public static Expr ExpandLog(Expr e) => ExpandLog(e, x => SignOf.Get(x).IsPositive());

    /// <summary>The same, with a caller-supplied positivity test (for instance a sign reasoner that knows the problem's assumptions).</summary>
    public static Expr ExpandLog(Expr e, Func<Expr, bool> isPositive) =>
        e.Transform(node => node is Function { Which: FunctionKind.Log } log ? ExpandOneLog(log.Argument, isPositive) : node);

    private static Expr ExpandOneLog(Expr argument, Func<Expr, bool> isPositive)
    {
        switch (argument)
        {
            case Number { Value: { IsPositive: true, IsInteger: false } v }:
                return Build.Sub(Build.Log(Number.Of(v.Numerator)), Build.Log(Number.Of(v.Denominator)));
            case Power pw when isPositive(pw.Base) && SignOf.Get(pw.Exponent).IsReal():
                return Build.Mul(pw.Exponent, ExpandOneLog(pw.Base, isPositive));
            case Product p:
                var positive = p.Factors.Where(isPositive).ToList();
                if (positive.Count == 0) return Build.Log(argument);
                var rest = p.Factors.Where(f => !isPositive(f)).ToArray();
                var terms = positive.Select(f => ExpandOneLog(f, isPositive)).ToList();
                if (rest.Length > 0) terms.Add(Build.Log(Build.Mul(rest)));
                return Build.Add(terms);
            case IndexedProduct product when isPositive(product.Body):
                // log prod_i x_i = sum_i log x_i, each factor being positive.
                return Build.IndexedSum(ExpandOneLog(product.Body, isPositive), product.Index, product.Lower, product.Upper);
            default:
                return Build.Log(argument);
        }
    }
}
