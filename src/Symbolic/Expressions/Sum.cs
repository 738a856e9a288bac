namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>
/// An n-ary sum in canonical form: at least two terms, no nested sums, like terms collected,
/// terms in canonical order with the numeric constant (if not 0) first.
/// </summary>
public sealed class Sum : Expr
{
    public IReadOnlyList<Expr> Terms { get; }

    internal Sum(Expr[] terms) : base(Hashing.Of(ExprKind.Sum, terms)) => Terms = terms;

    public override ExprKind Kind => ExprKind.Sum;
    public override IReadOnlyList<Expr> Args => Terms;
    public override Expr Rebuild(IReadOnlyList<Expr> args) => Construction.Build.Add(args);
    private protected override bool EqualsSameKind(Expr other) => ArgsEqual(((Sum)other).Terms, Terms);
}
