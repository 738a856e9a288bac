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
    public static Expr Together(Expr e) => e.Transform(TogetherNode);

    internal static Expr TogetherNode(Expr node)
    {
        if (node is not Sum s) return node;
        var parts = s.Terms.Select(NumeratorDenominator).ToList();
        if (parts.All(pt => pt.Denominator.IsOne)) return node;
        var common = CommonDenominator(parts.Select(pt => pt.Denominator));
        var numerators = parts.Select(pt => Build.Mul(pt.Numerator, common, Build.Pow(pt.Denominator, Number.MinusOne)));
        return Build.Mul(Build.Add(numerators.ToArray()), Build.Pow(common, Number.MinusOne));
    }

    /// <summary>The least common multiple at factor level: lcm of the integers, largest numeric power of each base.</summary>
    private static Expr CommonDenominator(IEnumerable<Expr> denominators)
    {
        var lcm = System.Numerics.BigInteger.One;
        var order = new List<Expr>();
        var largest = new Dictionary<Expr, BigRational>();
        foreach (var d in denominators)
            foreach (var f in d is Product p ? p.Factors : [d])
            {
                if (f is Number n) { lcm = Lcm(lcm, n.Value.Numerator); continue; }
                var (b, k) = f is Power { Exponent: Number num } pw ? (pw.Base, num.Value) : (f, BigRational.One);
                if (!largest.TryGetValue(b, out var old)) { order.Add(b); largest[b] = k; }
                else if (k > old) largest[b] = k;
            }
        var factors = order.Select(b => Build.Pow(b, Number.Of(largest[b]))).Prepend(Number.Of(lcm));
        return Build.Mul(factors.ToArray());
    }

    private static System.Numerics.BigInteger Lcm(System.Numerics.BigInteger a, System.Numerics.BigInteger b)
    {
        a = System.Numerics.BigInteger.Abs(a);
        b = System.Numerics.BigInteger.Abs(b);
        return a.IsZero || b.IsZero ? System.Numerics.BigInteger.One : a / System.Numerics.BigInteger.GreatestCommonDivisor(a, b) * b;
    }
}
