using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Construction;

public static partial class Build
{
    public static Expr Mul(params Expr[] factors) => Mul((IReadOnlyList<Expr>)factors);

    public static Expr Mul(IEnumerable<Expr> factors) => Mul(factors as IReadOnlyList<Expr> ?? factors.ToArray());

    public static Expr Div(Expr a, Expr b) => Mul(a, Pow(b, Number.MinusOne));

    /// <summary>
    /// Product in canonical form: flattens, multiplies numbers into one coefficient, adds the
    /// exponents of equal bases (x^a x^b = x^(a+b)), and distributes a lone number over a sum
    /// (2(x + y) = 2x + 2y) so that sums collect like terms across such products.
    /// </summary>
    public static Expr Mul(IReadOnlyList<Expr> factors)
    {
        if (factors.Count == 1) return factors[0];
        Safety.Deadline.CheckOften();   // every long computation builds sums and products: the budget's check point
        if (factors.Count == 2 && TryMulTwoAtoms(factors[0], factors[1]) is { } fast) return fast;
        var coefficient = BigRational.One;
        // Bases in the order first seen, each with its exponents; a base seen once keeps the factor
        // that brought it (no list, no rebuilding), so a product of K distinct bases costs O(K) memory.
        var bases = new List<BaseExponents>(factors.Count);
        var index = new LikeOperands(factors.Count);
        var undefined = false;

        void Accept(Expr f)
        {
            switch (f)
            {
                case Number n: coefficient *= n.Value; break;
                case Product p: foreach (var x in p.Factors) Accept(x); break;
                case Constant { Which: ConstantKind.Undefined }: undefined = true; break;
                case Power pw: AddExponent(pw.Base, pw.Exponent, pw); break;
                default: AddExponent(f, Number.One, f); break;
            }
        }

        void AddExponent(Expr b, Expr e, Expr factor)
        {
            var i = index.Find(b, bases, static x => x.Base);
            if (i < 0) { index.Remember(b, bases.Count, bases, static x => x.Base); bases.Add(new(b, e, factor, null)); return; }
            var seen = bases[i];
            var more = seen.More ?? [seen.Exponent];
            more.Add(e);
            bases[i] = seen with { Factor = factor, More = more };
        }

        foreach (var f in factors) Accept(f);
        if (undefined) return Constant.Undefined;
        if (coefficient.IsZero) return Number.Zero;

        var result = new List<Expr>(bases.Count + 1);
        var needsAnotherPass = false;
        foreach (var (b, e, factor, more) in bases)
        {
            // A base seen once keeps its node as it was built: it is canonical already.
            var powered = more is not null ? Pow(b, Add(more)) : e.IsOne ? b : factor;
            switch (powered)
            {
                case Number n: coefficient *= n.Value; break;
                case Product p: needsAnotherPass = true; result.AddRange(p.Factors); break;
                default: result.Add(powered); break;
            }
        }
        if (coefficient.IsZero) return Number.Zero;
        if (needsAnotherPass)
        {
            // A power split into a product (8^(1/2) = 2·2^(1/2), (xy)^1 = xy); combine once more.
            result.Insert(0, Number.Of(coefficient));
            return Mul(result);
        }
        CanonicalSort.Sort(result);
        if (result.Count == 0) return Number.Of(coefficient);
        if (coefficient.IsOne && result.Count == 1) return result[0];
        if (result.Count == 1 && result[0] is Sum s) return Add(s.Terms.Select(t => Mul(Number.Of(coefficient), t)).ToArray());
        if (!coefficient.IsOne) result.Insert(0, Number.Of(coefficient));
        return new Product(result.ToArray());
    }

    /// <summary>
    /// One base of a product: its first exponent and the factor that brought it, and all its exponents in
    /// order once it has been seen again (<c>null</c> while seen once).
    /// </summary>
    private readonly record struct BaseExponents(Expr Base, Expr Exponent, Expr Factor, List<Expr>? More);

    /// <summary>
    /// The most common products, a number times an atom and two different atoms, without the general
    /// path's dictionaries. Atoms here are symbols, functions and applied functions: nothing that could
    /// merge, fold or distribute (constants such as i, powers and sums take the general path).
    /// </summary>
    private static Expr? TryMulTwoAtoms(Expr a, Expr b)
    {
        static bool IsAtom(Expr e) => e is Symbol or Expressions.Function or Apply;
        if (a is Number na && IsAtom(b)) return WithNumber(na, b);
        if (b is Number nb && IsAtom(a)) return WithNumber(nb, a);
        if (!IsAtom(a) || !IsAtom(b) || a.Equals(b)) return null;
        return ExprOrder.Compare(a, b) < 0 ? new Product([a, b]) : new Product([b, a]);
    }

    private static Expr WithNumber(Number n, Expr atom) =>
        n.Value.IsZero ? Number.Zero : n.Value.IsOne ? atom : new Product([n, atom]);
}
