namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>
/// A big product: the product of Body for Index from Lower to Upper (inclusive). It stays a node when
/// the bounds are symbolic (prod_{i=1}^{n} x_i); with numeric bounds <see cref="Construction.Build.IndexedProduct"/>
/// may unroll it. Equal to any product that differs only in the name of its index.
/// </summary>
public sealed class IndexedProduct : IndexedOperator
{
    internal IndexedProduct(Expr body, Symbol index, Expr lower, Expr upper)
        : base(ExprKind.IndexedProduct, body, index, lower, upper, BoundIndex.Nameless(body, index)) { }

    public override ExprKind Kind => ExprKind.IndexedProduct;

    public override Expr Make(Expr body, Symbol index, Expr lower, Expr upper) => Construction.Build.IndexedProduct(body, index, lower, upper);
}
