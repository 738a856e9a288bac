using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Construction;

/// <summary>The canonicalizing constructors. Every node of the engine is made here.</summary>
public static partial class Build
{
    public static Expr Add(params Expr[] terms) => Add((IReadOnlyList<Expr>)terms);

    public static Expr Add(IEnumerable<Expr> terms) => Add(terms as IReadOnlyList<Expr> ?? terms.ToArray());

    /// <summary>
    /// Sum in canonical form: flattens nested sums, folds numbers, collects like terms
    /// (2x + 3x = 5x) and sorts. Like SymPy's Add.flatten, by coefficient dictionary.
    /// </summary>
    public static Expr Add(IReadOnlyList<Expr> terms)
    {
        if (terms.Count == 1) return terms[0];
        Safety.Deadline.CheckOften();   // every long computation builds sums and products: the budget's check point
        if (TryAddFewToLongSum(terms) is { } fast) return fast;
        var constant = BigRational.Zero;
        // Sized once: a sum of 100,000 terms otherwise regrows its tables on the large-object heap a dozen times,
        // and those allocations bring the blocking collections that no budget check can interrupt.
        var collected = new List<LikeTerms>(terms.Count);
        var index = new LikeOperands(terms.Count);
        var undefined = false;
        var accepted = 0;

        void Accept(Expr term)
        {
            // Collecting a long sum builds no node: the budget is checked every 1024 terms.
            if ((++accepted & 1023) == 0) Safety.Deadline.Check();
            switch (term)
            {
                case Number n: constant += n.Value; break;
                case Sum s: foreach (var t in s.Terms) Accept(t); break;
                case Constant { Which: ConstantKind.Undefined }: undefined = true; break;
                default:
                    var (c, rest) = SplitCoefficient(term);
                    var i = index.Find(rest, collected, static x => x.Remainder);
                    if (i >= 0) collected[i] = new(rest, collected[i].Coefficient + c, null);
                    else { index.Remember(rest, collected.Count, collected, static x => x.Remainder); collected.Add(new(rest, c, term)); }
                    break;
            }
        }

        foreach (var t in terms) Accept(t);
        if (undefined) return Constant.Undefined;

        var result = new List<Expr>(collected.Count + 1);
        foreach (var (rest, c, original) in collected)
            if (!c.IsZero) result.Add(original ?? WithCoefficient(c, rest));
        CanonicalSort.Sort(result);
        if (!constant.IsZero) result.Insert(0, Number.Of(constant));
        return result.Count switch
        {
            0 => Number.Zero,
            1 => result[0],
            _ => new Sum(result.ToArray()),
        };
    }

    /// <summary>The terms seen with one remainder; <c>Original</c> is the only term seen, kept so that it is not rebuilt.</summary>
    private readonly record struct LikeTerms(Expr Remainder, BigRational Coefficient, Expr? Original);

    /// <summary>Splits 3xy into (3, xy) and x into (1, x).</summary>
    public static (BigRational Coefficient, Expr Remainder) SplitCoefficient(Expr term)
    {
        if (term is Number n) return (n.Value, Number.One);
        if (term is Product p && p.Factors[0] is Number c) return (c.Value, p.WithoutCoefficient);
        return (BigRational.One, term);
    }

    /// <summary>c · rest for a rest that carries no coefficient of its own (as from <see cref="SplitCoefficient"/>).</summary>
    internal static Expr WithCoefficient(BigRational c, Expr rest)
    {
        if (c.IsOne) return rest;
        if (rest is Number n) return Number.Of(c * n.Value);
        if (rest is Sum) return Mul(Number.Of(c), rest);
        var factors = rest is Product p ? p.Factors : [rest];
        var all = new Expr[factors.Count + 1];
        all[0] = Number.Of(c);
        for (var i = 0; i < factors.Count; i++) all[i + 1] = factors[i];
        return new Product(all);
    }

    public static Expr Neg(Expr e) => Mul(Number.MinusOne, e);

    public static Expr Sub(Expr a, Expr b) => Add(a, Neg(b));
}
