namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>
/// An n-ary product in canonical form: at least two factors, no nested products, equal bases
/// combined into one power, factors in canonical order with the numeric coefficient (if not 1) first.
/// </summary>
public sealed class Product : Expr
{
    public IReadOnlyList<Expr> Factors { get; }

    internal Product(Expr[] factors) : base(Hashing.Of(ExprKind.Product, factors)) => Factors = factors;

    private Expr? withoutCoefficient;

    /// <summary>
    /// The factors after a leading number (3xy gives xy), made once: sums key their like-term collection on
    /// it, so a long sum re-added term by term would otherwise rebuild every term's remainder every time.
    /// </summary>
    internal Expr WithoutCoefficient =>
        withoutCoefficient ??= Factors[0] is not Number ? this : Factors.Count == 2 ? Factors[1] : new Product(Factors.Skip(1).ToArray());

    public override ExprKind Kind => ExprKind.Product;
    public override IReadOnlyList<Expr> Args => Factors;
    public override Expr Rebuild(IReadOnlyList<Expr> args) => Construction.Build.Mul(args);
    private protected override bool EqualsSameKind(Expr other) => ArgsEqual(((Product)other).Factors, Factors);
}
