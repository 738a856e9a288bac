namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>Base^Exponent. exp(x) is E^x and sqrt(x) is x^(1/2).</summary>
public sealed class Power : Expr
{
    public Expr Base { get; }
    public Expr Exponent { get; }

    /// <summary>[Base, Exponent], made once: the hash is computed from it, and every rewrite walks a power's
    /// arguments, which built a new array at each visit (the largest allocator of a solve after Mul).</summary>
    private readonly Expr[] operands;

    internal Power(Expr @base, Expr exponent) : this([@base, exponent]) { }

    private Power(Expr[] operands) : base(Hashing.Of(ExprKind.Power, operands))
    {
        Base = operands[0];
        Exponent = operands[1];
        this.operands = operands;
    }

    public override ExprKind Kind => ExprKind.Power;
    public override IReadOnlyList<Expr> Args => operands;
    public override Expr Rebuild(IReadOnlyList<Expr> args) => Construction.Build.Pow(args[0], args[1]);
    private protected override bool EqualsSameKind(Expr other) => ((Power)other).Base.Equals(Base) && ((Power)other).Exponent.Equals(Exponent);
}
