using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using LE = System.Linq.Expressions.Expression;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>Compiles to double arithmetic; a value that is not real (log of a negative, i) becomes NaN.</summary>
internal sealed class RealTreeCompiler(Expr root, IReadOnlyList<Symbol> parameters) : TreeCompiler<double>(root, parameters)
{
    protected override LE Constant(BigRational value) => LE.Constant(value.ToDouble());

    protected override LE Constant(ConstantKind which) => LE.Constant(which switch
    {
        ConstantKind.E => Math.E,
        ConstantKind.Pi => Math.PI,
        _ => double.NaN,                                   // i and undefined have no real value
    });

    protected override LE Add(LE a, LE b) => LE.Add(a, b);
    protected override LE Multiply(LE a, LE b) => LE.Multiply(a, b);
    protected override LE Exp(LE x) => MathCall(nameof(Math.Exp), x);

    protected override LE PowNumber(LE b, BigRational n)
    {
        if (n == 2) return Let(b, t => LE.Multiply(t, t));
        if (n.IsMinusOne) return LE.Divide(LE.Constant(1.0), b);
        if (n == BigRational.Half) return MathCall(nameof(Math.Sqrt), b);
        if (n == -BigRational.Half) return LE.Divide(LE.Constant(1.0), MathCall(nameof(Math.Sqrt), b));
        return n.IsInteger
            ? Ops(nameof(RealOps.PowInteger), b, LE.Constant(n.ToDouble()))
            : Ops(nameof(RealOps.Pow), b, LE.Constant(n.ToDouble()));
    }

    protected override LE Pow(LE b, LE e) => Ops(nameof(RealOps.Pow), b, e);

    protected override LE Call(FunctionKind f, LE[] a) => f switch
    {
        FunctionKind.Log => MathCall(nameof(Math.Log), a[0]),
        FunctionKind.Abs => MathCall(nameof(Math.Abs), a[0]),
        FunctionKind.Sign => Ops(nameof(RealOps.Sign), a[0]),
        FunctionKind.Heaviside => Ops(nameof(RealOps.Heaviside), a[0]),
        FunctionKind.Sigmoid => Ops(nameof(RealOps.Sigmoid), a[0]),
        FunctionKind.Logit => Ops(nameof(RealOps.Logit), a[0]),
        FunctionKind.Sin => MathCall(nameof(Math.Sin), a[0]),
        FunctionKind.Cos => MathCall(nameof(Math.Cos), a[0]),
        FunctionKind.Atan2 => MathCall(nameof(Math.Atan2), a[0], a[1]),
        FunctionKind.Max => a.Aggregate((x, y) => Ops(nameof(RealOps.Max), x, y)),
        FunctionKind.Min => a.Aggregate((x, y) => Ops(nameof(RealOps.Min), x, y)),
        _ => throw new NotCompilableException($"No numeric version of {f}."),
    };

    protected override LE FromReal(LE realValue) => realValue;
    protected override LE RealPart(LE value) => value;

    private static LE MathCall(string name, params LE[] args) =>
        LE.Call(typeof(Math).GetMethod(name, args.Select(_ => typeof(double)).ToArray())!, args);

    private static LE Ops(string name, params LE[] args) => LE.Call(typeof(RealOps).GetMethod(name)!, args);
}
