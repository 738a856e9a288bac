namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>
/// A big sum: the sum of Body for Index from Lower to Upper (inclusive). It stays a node when the
/// bounds are symbolic (sum_{i=1}^{N}); with numeric bounds <see cref="Construction.Build.IndexedSum"/> may unroll it.
/// </summary>
public sealed class IndexedSum : Expr
{
    public Expr Body { get; }
    public Symbol Index { get; }
    public Expr Lower { get; }
    public Expr Upper { get; }

    internal IndexedSum(Expr body, Symbol index, Expr lower, Expr upper)
        : base(Hashing.Of(ExprKind.IndexedSum, [body, index, lower, upper]))
    {
        Body = body;
        Index = index;
        Lower = lower;
        Upper = upper;
    }

    public override ExprKind Kind => ExprKind.IndexedSum;
    public override IReadOnlyList<Expr> Args => [Body, Index, Lower, Upper];

    public override Expr Rebuild(IReadOnlyList<Expr> args) =>
        args[1] is Symbol index
            ? Construction.Build.IndexedSum(args[0], index, args[2], args[3])
            : throw new InvalidOperationException("The index of a sum must stay a symbol.");

    private protected override bool EqualsSameKind(Expr other)
    {
        var s = (IndexedSum)other;
        return s.Body.Equals(Body) && s.Index.Equals(Index) && s.Lower.Equals(Lower) && s.Upper.Equals(Upper);
    }
}
