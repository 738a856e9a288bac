using System.Numerics;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using LE = System.Linq.Expressions.Expression;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>Compiles to Complex arithmetic with the branch choices of <see cref="Evaluator"/>.</summary>
internal sealed class ComplexTreeCompiler(Expr root, IReadOnlyList<Symbol> parameters) : TreeCompiler<Complex>(root, parameters)
{
    protected override LE Constant(BigRational value) => LE.Constant(new Complex(value.ToDouble(), 0));

    protected override LE Constant(ConstantKind which) => LE.Constant(which switch
    {
        ConstantKind.E => new Complex(Math.E, 0),
        ConstantKind.Pi => new Complex(Math.PI, 0),
        ConstantKind.I => Complex.ImaginaryOne,
        _ => new Complex(double.NaN, double.NaN),
    });

    // Through ComplexOps rather than LE.Add: the operator lookup by reflection fails once NativeAOT has trimmed Complex's operators.
    protected override LE Add(LE a, LE b) => Ops(nameof(ComplexOps.Add), a, b);
    protected override LE Multiply(LE a, LE b) => Ops(nameof(ComplexOps.Multiply), a, b);
    protected override LE Exp(LE x) => Ops(nameof(ComplexOps.Exp), x);

    protected override LE PowNumber(LE b, BigRational n) =>
        n.IsInteger && n.Abs() < 4096
            ? Ops(nameof(ComplexOps.PowInteger), b, LE.Constant(n.ToDouble()))
            : Ops(nameof(ComplexOps.Pow), b, LE.Constant(new Complex(n.ToDouble(), 0)));

    protected override LE Pow(LE b, LE e) => Ops(nameof(ComplexOps.Pow), b, e);

    protected override LE Call(FunctionKind f, LE[] a) => f switch
    {
        FunctionKind.Max => a.Aggregate((x, y) => Ops(nameof(ComplexOps.Max), x, y)),
        FunctionKind.Min => a.Aggregate((x, y) => Ops(nameof(ComplexOps.Min), x, y)),
        FunctionKind.Atan2 => Ops(nameof(ComplexOps.Atan2), a[0], a[1]),
        _ => Ops(f.ToString(), a[0]),
    };

    protected override LE FromReal(LE realValue) => LE.New(typeof(Complex).GetConstructor([typeof(double), typeof(double)])!, realValue, LE.Constant(0.0));
    protected override LE RealPart(LE value) => LE.Property(value, typeof(Complex).GetProperty(nameof(Complex.Real))!);

    private static LE Ops(string name, params LE[] args) => LE.Call(typeof(ComplexOps).GetMethod(name)!, args);
}
