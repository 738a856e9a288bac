namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>Base^Exponent. exp(x) is E^x and sqrt(x) is x^(1/2).</summary>
public sealed class Power : Expr
{
    public Expr Base { get; }
    public Expr Exponent { get; }

    internal Power(Expr @base, Expr exponent) : base(Hashing.Of(ExprKind.Power, [@base, exponent]))
    {
        Base = @base;
        Exponent = exponent;
    }

    public override ExprKind Kind => ExprKind.Power;
    public override IReadOnlyList<Expr> Args => [Base, Exponent];
    public override Expr Rebuild(IReadOnlyList<Expr> args) => Construction.Build.Pow(args[0], args[1]);
    private protected override bool EqualsSameKind(Expr other) => ((Power)other).Base.Equals(Base) && ((Power)other).Exponent.Equals(Exponent);
}
