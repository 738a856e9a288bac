namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>
/// An undefined function applied to arguments, f(z) or h(alpha, r), possibly differentiated:
/// <see cref="DerivativeOrders"/>[k] is how many times f was differentiated in its k-th argument,
/// so that d/dz f(g(z)) = f'(g(z)) g'(z) needs no separate derivative node.
/// </summary>
public sealed class Apply : Expr
{
    public string Name { get; }
    public IReadOnlyList<Expr> Arguments { get; }
    public IReadOnlyList<int> DerivativeOrders { get; }

    private Apply(string name, Expr[] arguments, int[] orders)
        : base(Hashing.Of(ExprKind.Apply, arguments, orders.Aggregate(Hashing.Of(name), Hashing.Mix)))
    {
        Name = name;
        Arguments = arguments;
        DerivativeOrders = orders;
    }

    public static Apply Of(string name, params Expr[] arguments) => new(name, arguments, new int[arguments.Length]);

    public Apply Differentiated(int argumentIndex)
    {
        var orders = DerivativeOrders.ToArray();
        orders[argumentIndex]++;
        return new Apply(Name, Arguments.ToArray(), orders);
    }

    public bool IsDifferentiated => DerivativeOrders.Any(o => o > 0);

    /// <summary>
    /// The function's own name: q for the conditional density q(z | x), which the LaTeX reader names q|1 (the count of
    /// arguments before the bar after it); the name itself otherwise.
    /// </summary>
    public string Function => Name.IndexOf('|', StringComparison.Ordinal) is var bar and > 0 ? Name[..bar] : Name;

    public override ExprKind Kind => ExprKind.Apply;
    public override IReadOnlyList<Expr> Args => Arguments;
    public override Expr Rebuild(IReadOnlyList<Expr> args) => new Apply(Name, args.ToArray(), DerivativeOrders.ToArray());

    private protected override bool EqualsSameKind(Expr other)
    {
        var a = (Apply)other;
        return a.Name == Name && ArgsEqual(a.Arguments, Arguments) && a.DerivativeOrders.SequenceEqual(DerivativeOrders);
    }
}
