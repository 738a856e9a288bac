namespace Ift6135.Sym.Symbolic.Expressions;

public enum ConstantKind
{
    /// <summary>Euler's number; exp(x) is represented as E^x so that products of exponentials combine.</summary>
    E,
    Pi,
    /// <summary>The imaginary unit.</summary>
    I,
    /// <summary>The value of an undefined operation such as 1/0; it absorbs every operation.</summary>
    Undefined,
}

/// <summary>A named mathematical constant.</summary>
public sealed class Constant : Expr
{
    public ConstantKind Which { get; }

    private Constant(ConstantKind which) : base(Hashing.Mix(101, (int)which)) => Which = which;

    public static readonly Constant E = new(ConstantKind.E);
    public static readonly Constant Pi = new(ConstantKind.Pi);
    public static readonly Constant I = new(ConstantKind.I);
    public static readonly Constant Undefined = new(ConstantKind.Undefined);

    public override ExprKind Kind => ExprKind.Constant;
    public override IReadOnlyList<Expr> Args => [];
    public override Expr Rebuild(IReadOnlyList<Expr> args) => this;
    private protected override bool EqualsSameKind(Expr other) => ((Constant)other).Which == Which;
}
