namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>
/// A big sum: the sum of Body for Index from Lower to Upper (inclusive). It stays a node when the
/// bounds are symbolic (sum_{i=1}^{N}); with numeric bounds <see cref="Construction.Build.IndexedSum"/> may unroll it.
/// Equal to any sum that differs only in the name of its index (see <see cref="IndexedOperator"/>).
/// </summary>
public sealed class IndexedSum : IndexedOperator
{
    internal IndexedSum(Expr body, Symbol index, Expr lower, Expr upper)
        : base(ExprKind.IndexedSum, body, index, lower, upper, BoundIndex.Nameless(body, index)) { }

    public override ExprKind Kind => ExprKind.IndexedSum;

    public override Expr Make(Expr body, Symbol index, Expr lower, Expr upper) => Construction.Build.IndexedSum(body, index, lower, upper);
}
