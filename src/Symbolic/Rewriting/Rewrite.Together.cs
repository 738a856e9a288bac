using System.Numerics;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Rewriting;

public static partial class Rewrite
{
    /// <summary>
    /// Splits e into numerator and denominator without combining anything: the factors with a negative
    /// numeric exponent (and the denominator of the coefficient) go down. A sum is its own numerator.
    /// </summary>
    public static (Expr Numerator, Expr Denominator) NumeratorDenominator(Expr e)
    {
        var numerator = new List<Expr>();
        var denominator = new List<Expr>();
        foreach (var f in e is Product p ? p.Factors : [e])
        {
            switch (f)
            {
                case Number n:
                    numerator.Add(Number.Of(n.Value.Numerator));
                    denominator.Add(Number.Of(n.Value.Denominator));
                    break;
                case Power { Exponent: Number { Value.IsNegative: true } k } pw:
                    denominator.Add(Build.Pow(pw.Base, Number.Of(-k.Value)));
                    break;
                default:
                    numerator.Add(f);
                    break;
            }
        }
        return (Build.Mul(numerator), Build.Mul(denominator));
    }

    /// <summary>Writes every sum of fractions, everywhere in the tree, as one fraction over a common denominator.</summary>
    public static Expr Together(Expr e) => ToFixedPoint(e, TogetherNode);

    /// <summary>
    /// Applies a bottom-up rewrite again while it changes something (a few rounds at most): combining at a
    /// parent can create a new sum below it (e^(a/b) e^c = e^(a/b + c)) that the first pass did not see.
    /// </summary>
    private static Expr ToFixedPoint(Expr e, Func<Expr, Expr> rule)
    {
        for (var round = 0; round < 4; round++)
        {
            Safety.Deadline.Check();   // comparing large trees builds nothing: each round checks the step's budget
            var next = e.TransformShared(rule);
            if (next.Equals(e)) return next;
            e = next;
        }
        return e;
    }

    /// <summary>One term as (its numerator factors, its rational coefficient, its denominator bases with positive exponents).</summary>
    private sealed record Fraction(List<Expr> Numerator, BigRational Coefficient, FactorList Denominator);

    private static Fraction SplitFraction(Expr term)
    {
        var numerator = new List<Expr>();
        var coefficient = BigRational.One;
        var denominator = new FactorList();
        foreach (var f in term is Product p ? p.Factors : [term])
        {
            if (f is Number n) coefficient *= n.Value;
            else if (f is Power { Exponent: Number { Value.IsNegative: true } k } pw) denominator.Accept(pw.Base, Number.Of(-k.Value));
            else numerator.Add(f);
        }
        // Normalizing a denominator sum may pull out a number (2x + 2 = 2(x + 1)): it joins the coefficient.
        coefficient /= denominator.Coefficient;
        denominator.ClearCoefficient();
        return new Fraction(numerator, coefficient, denominator);
    }

    internal static Expr TogetherNode(Expr node)
    {
        if (node is not Sum s) return node;
        var parts = s.Terms.Select(SplitFraction).ToList();
        if (parts.All(pt => pt.Denominator.Factors.Count == 0 && pt.Coefficient.IsInteger)) return node;

        // Least common multiple at factor level: lcm of the coefficients' denominators, largest power of each base.
        var lcm = RationalContent.CommonDenominator(parts.Select(pt => pt.Coefficient));
        var order = new List<Expr>();
        var largest = new Dictionary<Expr, Expr>();
        foreach (var (b, k) in parts.SelectMany(pt => pt.Denominator.Factors))
        {
            if (!largest.TryGetValue(b, out var old)) { order.Add(b); largest[b] = k; }
            else if (IsLarger(k, old)) largest[b] = k;
        }

        var numerators = parts.Select(pt =>
        {
            var factors = new List<Expr>(pt.Numerator) { Number.Of(pt.Coefficient * lcm) };
            foreach (var b in order)
                factors.Add(Build.Pow(b, Build.Sub(largest[b], ExponentIn(pt.Denominator, b))));
            return Build.Mul(factors);
        }).ToArray();
        var result = new List<Expr> { Build.Add(numerators), Number.Of(new BigRational(BigInteger.One, lcm)) };
        result.AddRange(order.Select(b => Build.Pow(b, Build.Neg(largest[b]))));
        return Build.Mul(result);
    }

    private static bool IsLarger(Expr a, Expr b) => a is Number na && b is Number nb && na.Value > nb.Value;

    private static Expr ExponentIn(FactorList list, Expr b)
    {
        foreach (var (fb, k) in list.Factors) if (fb.Equals(b)) return k;
        return Number.Zero;
    }
}
