using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Rewriting;

/// <summary>
/// A product as a rational coefficient times bases raised to exponents, with every sum base put in
/// a normal form (its content and common monomial pulled out, its sign fixed), so that equal
/// factors written differently, 2 - 2x and x - 1, meet as one base.
/// </summary>
internal sealed class FactorList
{
    public BigRational Coefficient { get; private set; } = BigRational.One;
    public List<(Expr Base, Expr Exponent)> Factors { get; } = [];

    public void ClearCoefficient() => Coefficient = BigRational.One;

    public static FactorList Of(Expr e)
    {
        var list = new FactorList();
        list.Accept(e, Number.One);
        return list;
    }

    /// <summary>Multiplies the list by e^exponent, splitting products and normalizing sums.</summary>
    public void Accept(Expr e, Expr exponent)
    {
        switch (e)
        {
            case Number n when exponent is Number { Value.IsInteger: true } k && k.Value.Abs() < 64:
                Coefficient *= n.Value.Pow((int)k.Value.Numerator);
                break;
            case Product p:
                if (exponent.IsOne) foreach (var f in p.Factors) Accept(f, exponent);
                else Add(e, exponent);
                break;
            case Power { Exponent: Number } pw when exponent is Number:
                Accept(pw.Base, Build.Mul(pw.Exponent, exponent));
                break;
            case Sum s when exponent is Number { Value.IsInteger: true }:
                var (content, monomial, primitive) = SumNormalForm.Of(s);
                Accept(Number.Of(content), exponent);
                Accept(monomial, exponent);
                Add(primitive, exponent);
                break;
            default:
                Add(e, exponent);
                break;
        }
    }

    private void Add(Expr b, Expr exponent)
    {
        if (b.IsOne) return;
        var i = Factors.FindIndex(f => f.Base.Equals(b));
        if (i < 0) Factors.Add((b, exponent));
        else Factors[i] = (b, Build.Add(Factors[i].Exponent, exponent));
    }

    /// <summary>
    /// Moves a negative coefficient into a sum raised to an odd positive power when negating the sum adds no
    /// minus sign ((x - 1) has one, (1 - x) one too), so that (1 - x) y does not come out as -(x - 1) y while
    /// -y (x + z) stays as it is. It depends on the normal form only, so equal values still meet.
    /// </summary>
    public void AbsorbNegativeSign()
    {
        if (!Coefficient.IsNegative) return;
        var candidates = Factors
            .Select((f, i) => (f.Base, f.Exponent, Index: i))
            .Where(f => f.Base is Sum sum && NegativeTerms(Build.Neg(sum)) <= NegativeTerms(sum) && f.Exponent is Number { Value: { IsInteger: true, IsPositive: true } n } && !n.Numerator.IsEven)
            .ToList();
        if (candidates.Count == 0) return;
        var chosen = candidates.MinBy(f => f.Base, ExprOrder.Comparer);
        Factors[chosen.Index] = (Build.Neg(chosen.Base), chosen.Exponent);
        Coefficient = -Coefficient;
    }

    /// <summary>
    /// This list divided by <paramref name="denominator"/>, in one product: the two coefficients are combined
    /// first (a sign goes into a numerator sum) so that no coefficient is distributed over a lone denominator sum.
    /// </summary>
    private static int NegativeTerms(Expr sum) =>
        sum is Sum s ? s.Terms.Count(t => Build.SplitCoefficient(t).Coefficient.IsNegative) : 0;

    public Expr Over(FactorList denominator)
    {
        Coefficient /= denominator.Coefficient;
        denominator.Coefficient = BigRational.One;
        AbsorbNegativeSign();
        var inverted = denominator.Factors.Select(f => Build.Pow(f.Base, Build.Neg(f.Exponent)));
        return Build.Mul(Factors.Select(f => Build.Pow(f.Base, f.Exponent)).Concat(inverted).Prepend(Number.Of(Coefficient)).ToArray());
    }

}

/// <summary>A sum written content · monomial · primitive, the primitive's first term (in canonical order of the term without its coefficient) positive.</summary>
internal static class SumNormalForm
{
    public static (BigRational Content, Expr Monomial, Expr Primitive) Of(Sum s)
    {
        var split = s.Terms.Select(Build.SplitCoefficient).ToList();
        var leading = split.Where(t => !t.Remainder.IsOne).MinBy(t => t.Remainder, ExprOrder.Comparer);
        var sign = leading.Remainder is null ? 1 : leading.Coefficient.Sign;
        var content = RationalContent.Of(split.Select(t => t.Coefficient)) * sign;
        var monomial = CommonMonomial(split.Select(t => t.Remainder).ToList());
        var inverse = Build.Pow(monomial, Number.MinusOne);
        var primitive = Build.Add(split.Select(t => Build.Mul(Number.Of(t.Coefficient / content), t.Remainder, inverse)).ToArray());
        return (content, monomial, primitive);
    }

    /// <summary>The bases present in every term, each to its smallest numeric exponent.</summary>
    private static Expr CommonMonomial(List<Expr> rests)
    {
        Dictionary<Expr, BigRational>? common = null;
        foreach (var r in rests)
        {
            var powers = new Dictionary<Expr, BigRational>();
            foreach (var f in r is Product p ? p.Factors : r.IsOne ? [] : [r])
            {
                var (b, k) = f is Power { Exponent: Number n } pw ? (pw.Base, n.Value) : (f, BigRational.One);
                powers[b] = k;
            }
            if (common is null) { common = powers; continue; }
            foreach (var b in common.Keys.ToList())
                if (!powers.TryGetValue(b, out var k)) common.Remove(b);
                else if (k < common[b]) common[b] = k;
        }
        if (common is null) return Number.One;
        return Build.Mul(common.OrderBy(kv => kv.Key, ExprOrder.Comparer).Select(kv => Build.Pow(kv.Key, Number.Of(kv.Value))).ToArray());
    }
}
