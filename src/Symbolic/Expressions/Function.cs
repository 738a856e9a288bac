namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>The known elementary functions (exp and sqrt are powers, see <see cref="Power"/>).</summary>
public enum FunctionKind
{
    Log,
    Abs,
    Sign,
    Max,
    Min,
    Heaviside,
    Sigmoid,
    Logit,
    Sin,
    Cos,
    Atan2,
}

/// <summary>A known function applied to its arguments (Max and Min take two or more).</summary>
public sealed class Function : Expr
{
    public FunctionKind Which { get; }
    public IReadOnlyList<Expr> Arguments { get; }

    internal Function(FunctionKind which, Expr[] arguments)
        : base(Hashing.Of(ExprKind.Function, arguments, (int)which))
    {
        Which = which;
        Arguments = arguments;
    }

    public Expr Argument => Arguments[0];

    public override ExprKind Kind => ExprKind.Function;
    public override IReadOnlyList<Expr> Args => Arguments;
    public override Expr Rebuild(IReadOnlyList<Expr> args) => Construction.Build.Function(Which, args);
    private protected override bool EqualsSameKind(Expr other) =>
        ((Function)other).Which == Which && ArgsEqual(((Function)other).Arguments, Arguments);
}
