using System.Numerics;
using CsCheck;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Tests.Engine.Generators;

/// <summary>
/// An operation tree as written, before any canonicalization: a plain recursive structure that the test
/// evaluates naively (principal branches, System.Numerics.Complex) and that <see cref="Build"/> turns into a
/// canonical expression. Comparing the two checks that construction never changes a value.
/// </summary>
public abstract record Raw
{
    public abstract Complex Evaluate(IReadOnlyDictionary<Symbol, double> point);
    public abstract Expr Build();

    /// <summary>True when the value is real for every real point (a structural promise of the generator).</summary>
    public abstract bool IsReal { get; }

    /// <summary>-0 imaginary parts read as +0, as the engine's evaluator does: principal branch on the cut.</summary>
    protected static Complex Tidy(Complex z) => z.Imaginary == 0 ? new Complex(z.Real, 0) : z;
}

public sealed record RawNumber(BigRational Value) : Raw
{
    public override Complex Evaluate(IReadOnlyDictionary<Symbol, double> point) => Value.ToDouble();
    public override Expr Build() => Number.Of(Value);
    public override bool IsReal => true;
    public override string ToString() => Value.ToString();
}

public sealed record RawSymbol(Symbol Symbol) : Raw
{
    public override Complex Evaluate(IReadOnlyDictionary<Symbol, double> point) => point[Symbol];
    public override Expr Build() => Symbol;
    public override bool IsReal => true;
    public override string ToString() => Symbol.Name;
}

public sealed record RawI : Raw
{
    public override Complex Evaluate(IReadOnlyDictionary<Symbol, double> point) => Complex.ImaginaryOne;
    public override Expr Build() => Constant.I;
    public override bool IsReal => false;
    public override string ToString() => "i";
}

public enum RawOp { Add, Sub, Mul, Div, Pow, Sqrt, Abs, Max, Min, Exp, Log }

public sealed record RawApply(RawOp Op, Raw A, Raw? B = null) : Raw
{
    public override bool IsReal => Op switch
    {
        RawOp.Abs or RawOp.Max or RawOp.Min => true,
        RawOp.Add or RawOp.Sub or RawOp.Mul or RawOp.Div => A.IsReal && B!.IsReal,
        RawOp.Pow => A.IsReal && B is RawNumber { Value.IsInteger: true },
        RawOp.Exp => A.IsReal,
        _ => false,                                   // roots and logs of reals may leave the reals
    };

    public override Complex Evaluate(IReadOnlyDictionary<Symbol, double> point)
    {
        var a = A.Evaluate(point);
        var b = B?.Evaluate(point) ?? Complex.Zero;
        return Tidy(Op switch
        {
            RawOp.Add => a + b,
            RawOp.Sub => a - b,
            RawOp.Mul => a * b,
            RawOp.Div => a / b,
            RawOp.Pow => Power(a, B!),
            RawOp.Sqrt => Complex.Sqrt(a),
            RawOp.Abs => Complex.Abs(a),
            RawOp.Max => Math.Max(a.Real, b.Real),
            RawOp.Min => Math.Min(a.Real, b.Real),
            RawOp.Exp => Complex.Exp(a),
            RawOp.Log => a == Complex.Zero ? double.NaN : Complex.Log(a),
            _ => throw new ArgumentOutOfRangeException(nameof(Op)),
        });
    }

    /// <summary>Integer powers by repeated multiplication (exact for negative reals); others as exp(b log a).</summary>
    private static Complex Power(Complex a, Raw exponent)
    {
        if (exponent is RawNumber { Value: { IsInteger: true } n })
        {
            var k = (int)n.Numerator;
            var r = Complex.One;
            for (var i = 0; i < Math.Abs(k); i++) r *= a;
            return k >= 0 ? r : a == Complex.Zero ? double.NaN : 1 / r;
        }
        if (a == Complex.Zero) return double.NaN;
        return Complex.Exp(exponent.Evaluate(new Dictionary<Symbol, double>()) * Complex.Log(a));
    }

    public override Expr Build() => Op switch
    {
        RawOp.Add => Symbolic.Construction.Build.Add(A.Build(), B!.Build()),
        RawOp.Sub => Symbolic.Construction.Build.Sub(A.Build(), B!.Build()),
        RawOp.Mul => Symbolic.Construction.Build.Mul(A.Build(), B!.Build()),
        RawOp.Div => Symbolic.Construction.Build.Div(A.Build(), B!.Build()),
        RawOp.Pow => Symbolic.Construction.Build.Pow(A.Build(), B!.Build()),
        RawOp.Sqrt => Symbolic.Construction.Build.Sqrt(A.Build()),
        RawOp.Abs => Symbolic.Construction.Build.Abs(A.Build()),
        RawOp.Max => Symbolic.Construction.Build.Max(A.Build(), B!.Build()),
        RawOp.Min => Symbolic.Construction.Build.Min(A.Build(), B!.Build()),
        RawOp.Exp => Symbolic.Construction.Build.Exp(A.Build()),
        RawOp.Log => Symbolic.Construction.Build.Log(A.Build()),
        _ => throw new ArgumentOutOfRangeException(nameof(Op)),
    };

    public override string ToString() => B is null ? $"{Op}({A})" : $"{Op}({A}, {B})";
}

/// <summary>Random raw trees over x, y, z (real) and p (positive), with the constructs construction rewrites most.</summary>
public static class RawGen
{
    private static readonly Gen<Raw> Numbers = Gen.OneOf<Raw>(
        new RawNumber(-4), new RawNumber(-2), new RawNumber(-1),
        new RawNumber(1), new RawNumber(2), new RawNumber(8),
        new RawNumber(BigRational.Half), new RawNumber(new BigRational(-2, 3)));

    private static readonly Gen<Raw> Symbols = Gen.OneOf<Raw>(ExprGen.Symbols.Select(s => (Raw)new RawSymbol(s)).ToArray());

    private static readonly Gen<Raw> Leaf = Gen.Frequency((3, Numbers), (6, Symbols), (1, Gen.Const<Raw>(new RawI())));

    private static readonly Gen<Raw> Exponents = Gen.OneOf<Raw>(
        new RawNumber(-1), new RawNumber(2), new RawNumber(3),
        new RawNumber(BigRational.Half), new RawNumber(new BigRational(1, 3)),
        new RawNumber(new BigRational(-3, 2)));

    public static Gen<Raw> OfDepth(int depth)
    {
        if (depth == 0) return Leaf;
        var sub = OfDepth(depth - 1);
        var real = sub.Where(r => r.IsReal);
        return Gen.Frequency(
            (2, Leaf),
            (3, Gen.Select(sub, sub, (a, b) => (Raw)new RawApply(RawOp.Add, a, b))),
            (1, Gen.Select(sub, sub, (a, b) => (Raw)new RawApply(RawOp.Sub, a, b))),
            (3, Gen.Select(sub, sub, (a, b) => (Raw)new RawApply(RawOp.Mul, a, b))),
            (1, Gen.Select(sub, sub, (a, b) => (Raw)new RawApply(RawOp.Div, a, b))),
            (2, Gen.Select(sub, Exponents, (a, n) => (Raw)new RawApply(RawOp.Pow, a, n))),
            (1, sub.Select(a => (Raw)new RawApply(RawOp.Sqrt, a))),
            // sqrt of a square, of a real, and of a negative number: construction rewrites all three.
            (1, real.Select(a => (Raw)new RawApply(RawOp.Sqrt, new RawApply(RawOp.Pow, a, new RawNumber(2))))),
            (1, sub.Select(a => (Raw)new RawApply(RawOp.Abs, a))),
            (1, Gen.Select(real, real, (a, b) => (Raw)new RawApply(RawOp.Max, a, b))),
            (1, Gen.Select(real, real, (a, b) => (Raw)new RawApply(RawOp.Min, a, b))),
            (1, sub.Select(a => (Raw)new RawApply(RawOp.Exp, a))),
            (1, sub.Select(a => (Raw)new RawApply(RawOp.Log, a))),
            // exp/log pairs both ways
            (1, sub.Select(a => (Raw)new RawApply(RawOp.Log, new RawApply(RawOp.Exp, a)))),
            (1, sub.Select(a => (Raw)new RawApply(RawOp.Exp, new RawApply(RawOp.Log, a)))));
    }
}
