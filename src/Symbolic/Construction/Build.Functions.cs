using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Construction;

public static partial class Build
{
    public static Expr Function(FunctionKind which, IReadOnlyList<Expr> args) => which switch
    {
        FunctionKind.Log => Log(Single(which, args)),
        FunctionKind.Abs => Abs(Single(which, args)),
        FunctionKind.Sign => Sign(Single(which, args)),
        FunctionKind.Heaviside => Heaviside(Single(which, args)),
        FunctionKind.Sigmoid => Sigmoid(Single(which, args)),
        FunctionKind.Logit => Logit(Single(which, args)),
        FunctionKind.Sin => Sin(Single(which, args)),
        FunctionKind.Cos => Cos(Single(which, args)),
        FunctionKind.Max => Max(args),
        FunctionKind.Min => Min(args),
        FunctionKind.Atan2 => args.Count == 2 ? Atan2(args[0], args[1]) : throw Arity(which, 2, args.Count),
        _ => throw new ArgumentOutOfRangeException(nameof(which)),
    };

    private static Expr Single(FunctionKind which, IReadOnlyList<Expr> args) =>
        args.Count == 1 ? args[0] : throw Arity(which, 1, args.Count);

    private static ArgumentException Arity(FunctionKind which, int expected, int got) =>
        new($"{which.ToString().ToLowerInvariant()} takes {expected} argument(s), got {got}.");

    private static Expr Raw(FunctionKind which, params Expr[] args) => new Function(which, args);

    /// <summary>Natural logarithm. log(e^x) = x only for real x (otherwise the branch matters).</summary>
    public static Expr Log(Expr x)
    {
        if (x.IsOne) return Number.Zero;
        if (x.IsZero) return Constant.Undefined;
        if (x is Constant { Which: ConstantKind.E }) return Number.One;
        if (x is Power { Base: Constant { Which: ConstantKind.E } } p && SignOf.Get(p.Exponent).IsReal()) return p.Exponent;
        return Raw(FunctionKind.Log, x);
    }

    /// <summary>|x|: |ab| = |a||b| always; |x| = x for x ≥ 0 and -x for x ≤ 0.</summary>
    public static Expr Abs(Expr x)
    {
        if (x is Number n) return Number.Of(n.Value.Abs());
        if (x is Constant { Which: ConstantKind.I }) return Number.One;
        if (x is Function { Which: FunctionKind.Abs }) return x;
        // |sign(u)| = 1 for u known nonzero: the sign the sampler draws for a root of |s| = v (EqualityElimination) meets it again
        // when the same assumption is read twice.
        if (x is Function { Which: FunctionKind.Sign } sign && SignOf.Get(sign.Argument).IsNonzero()) return Number.One;
        if (x is Product p) return Mul(p.Factors.Select(Abs).ToArray());
        var s = SignOf.Get(x);
        if (s.IsNonnegative()) return x;
        if (s.IsNonpositive()) return Neg(x);
        if (x is Power { Exponent: Number { Value.IsInteger: true } } pw)
            return Pow(Abs(pw.Base), pw.Exponent);
        return Raw(FunctionKind.Abs, x);
    }

    public static Expr Sign(Expr x)
    {
        var s = SignOf.Get(x);
        if (s.IsPositive()) return Number.One;
        if (s.IsNegative()) return Number.MinusOne;
        if (s.IsZero()) return Number.Zero;
        if (x is Product { Factors: [Number c, ..] } p)
            return Mul(Number.Of(c.Value.Sign), Sign(Mul(p.Factors.Skip(1).ToArray())));
        return Raw(FunctionKind.Sign, x);
    }

    /// <summary>The unit step, with H(0) = 1/2 (the derivative of max(0, x) is undefined at 0).</summary>
    public static Expr Heaviside(Expr x)
    {
        var s = SignOf.Get(x);
        if (s.IsPositive()) return Number.One;
        if (s.IsNegative()) return Number.Zero;
        if (s.IsZero()) return Number.Half;
        return Raw(FunctionKind.Heaviside, x);
    }

    /// <summary>The logistic sigmoid 1/(1 + e^(-x)); it and logit undo each other.</summary>
    public static Expr Sigmoid(Expr x)
    {
        if (x.IsZero) return Number.Half;
        if (x is Function { Which: FunctionKind.Logit } l) return l.Argument;
        return Raw(FunctionKind.Sigmoid, x);
    }

    /// <summary>logit(p) = log(p / (1 - p)), the inverse of the sigmoid on (0, 1).</summary>
    public static Expr Logit(Expr x)
    {
        if (x is Number { Value: var v } && v == BigRational.Half) return Number.Zero;
        if (x is Function { Which: FunctionKind.Sigmoid } s && SignOf.Get(s.Argument).IsReal()) return s.Argument;
        return Raw(FunctionKind.Logit, x);
    }

    public static Expr Relu(Expr x) => Max(Number.Zero, x);

    public static Expr Max(params Expr[] args) => Extremum(FunctionKind.Max, args);

    public static Expr Min(params Expr[] args) => Extremum(FunctionKind.Min, args);

    public static Expr Max(IReadOnlyList<Expr> args) => Extremum(FunctionKind.Max, args);

    public static Expr Min(IReadOnlyList<Expr> args) => Extremum(FunctionKind.Min, args);

    /// <summary>max/min: flattened, numbers folded into one, duplicates dropped, sorted.</summary>
    private static Expr Extremum(FunctionKind which, IReadOnlyList<Expr> args)
    {
        if (args.Count == 0) throw new ArgumentException($"{which.ToString().ToLowerInvariant()} needs at least one argument.");
        var isMax = which == FunctionKind.Max;
        BigRational? best = null;
        var rest = new SortedSet<Expr>(ExprOrder.Comparer);
        void Accept(Expr a)
        {
            if (a is Function f && f.Which == which) { foreach (var x in f.Arguments) Accept(x); return; }
            if (a is Number n) { best = best is null ? n.Value : (isMax ? (n.Value > best.Value ? n.Value : best.Value) : (n.Value < best.Value ? n.Value : best.Value)); return; }
            rest.Add(a);
        }
        foreach (var a in args) Accept(a);
        var list = rest.ToList();
        if (best is { } b)
        {
            // max(0, x) = x when x ≥ 0 is known, and = 0 when x ≤ 0 is known.
            list.RemoveAll(x => isMax ? SignOf.Get(Sub(x, Number.Of(b))).IsNonpositive() : SignOf.Get(Sub(x, Number.Of(b))).IsNonnegative());
            if (list.Count == 1 && (isMax ? SignOf.Get(Sub(list[0], Number.Of(b))).IsNonnegative() : SignOf.Get(Sub(list[0], Number.Of(b))).IsNonpositive()))
                return list[0];
            list.Insert(0, Number.Of(b));
        }
        return list.Count == 1 ? list[0] : Raw(which, list.ToArray());
    }

    /// <summary>
    /// tanh x = 2 sigmoid(2x) - 1, read as that: the engine then knows its derivative (1 - tanh^2 x), its range (-1, 1) and its sign
    /// from the sigmoid's, where a function of its own would need each rule again (\tanh was an input error: a planar flow's activation).
    /// </summary>
    public static Expr Tanh(Expr x) => Sub(Mul(Number.Of(2), Sigmoid(Mul(Number.Of(2), x))), Number.One);

    /// <summary>sinh x = (e^x - e^-x) / 2, by its definition (see <see cref="Tanh"/>).</summary>
    public static Expr Sinh(Expr x) => Div(Sub(Exp(x), Exp(Neg(x))), Number.Of(2));

    /// <summary>cosh x = (e^x + e^-x) / 2, by its definition (see <see cref="Tanh"/>).</summary>
    public static Expr Cosh(Expr x) => Div(Add(Exp(x), Exp(Neg(x))), Number.Of(2));

    public static Expr Sin(Expr x)
    {
        if (x.IsZero) return Number.Zero;
        if (PiMultiple(x) is { IsInteger: true }) return Number.Zero;
        return Raw(FunctionKind.Sin, x);
    }

    public static Expr Cos(Expr x)
    {
        if (x.IsZero) return Number.One;
        if (PiMultiple(x) is { IsInteger: true } k) return k.Numerator.IsEven ? Number.One : Number.MinusOne;
        return Raw(FunctionKind.Cos, x);
    }

    private static BigRational? PiMultiple(Expr x) => x switch
    {
        Constant { Which: ConstantKind.Pi } => BigRational.One,
        Product { Factors: [Number c, Constant { Which: ConstantKind.Pi }] } => c.Value,
        _ => null,
    };

    /// <summary>The angle of the point (x, y), in (-pi, pi].</summary>
    public static Expr Atan2(Expr y, Expr x)
    {
        if (y.IsZero && SignOf.Get(x).IsPositive()) return Number.Zero;
        if (y.IsZero && SignOf.Get(x).IsNegative()) return Constant.Pi;
        return Raw(FunctionKind.Atan2, y, x);
    }

    /// <summary>sum of body for index = lower..upper; unrolled when both bounds are numbers and there are at most 64 terms.</summary>
    public static Expr IndexedSum(Expr body, Symbol index, Expr lower, Expr upper)
    {
        if (Unrolled(body, index, lower, upper) is { } terms) return Add(terms);
        if (!body.Contains(index)) return Mul(Add(upper, Neg(lower), Number.One), body);
        return new IndexedSum(body, index, lower, upper);
    }

    /// <summary>
    /// product of body for index = lower..upper; unrolled when both bounds are numbers and there are at
    /// most 64 factors (1 when there are none); a body free of the index is raised to the number of factors.
    /// </summary>
    public static Expr IndexedProduct(Expr body, Symbol index, Expr lower, Expr upper)
    {
        if (Unrolled(body, index, lower, upper) is { } factors) return Mul(factors);
        if (!body.Contains(index)) return Pow(body, Add(upper, Neg(lower), Number.One));
        return new IndexedProduct(body, index, lower, upper);
    }

    /// <summary>The body at each index from lower to upper (none when upper &lt; lower) when both are integers and there are at most 64; else null.</summary>
    private static Expr[]? Unrolled(Expr body, Symbol index, Expr lower, Expr upper)
    {
        if (lower is not Number { Value.IsInteger: true } lo || upper is not Number { Value.IsInteger: true } hi) return null;
        var count = hi.Value.Numerator - lo.Value.Numerator + 1;
        if (count <= 0) return [];
        return count <= 64 ? Enumerable.Range(0, (int)count).Select(k => Substitution.Substitute(body, index, Number.Of(lo.Value + k))).ToArray() : null;
    }
}
