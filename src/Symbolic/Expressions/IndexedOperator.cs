namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>
/// A big operator over a bound index: Body for Index from Lower to Upper (inclusive), summed or
/// multiplied. The index is a bound variable, so two operators that differ only in its name are the
/// same expression: equality, hashing and the canonical order read <see cref="NamelessBody"/> (the body
/// with the index replaced by a placeholder numbered by nesting height), while <see cref="Body"/> and
/// <see cref="Index"/> keep the names as written, for printing.
/// </summary>
public abstract class IndexedOperator : Expr
{
    public Expr Body { get; }
    public Symbol Index { get; }
    public Expr Lower { get; }
    public Expr Upper { get; }

    /// <summary>1 + the largest <see cref="Level"/> among the operators inside the body: 1 for a body without any.</summary>
    public int Level { get; }

    /// <summary>The body with the index replaced by <see cref="BoundIndex.Placeholder"/>(Level): the same for every name of the index.</summary>
    internal Expr NamelessBody { get; }

    private protected IndexedOperator(ExprKind kind, Expr body, Symbol index, Expr lower, Expr upper, (Expr Nameless, int Level) canonical)
        : base(Hashing.Of(kind, [canonical.Nameless, lower, upper], canonical.Level))
    {
        Body = body;
        Index = index;
        Lower = lower;
        Upper = upper;
        Level = canonical.Level;
        NamelessBody = canonical.Nameless;
    }

    public override IReadOnlyList<Expr> Args => [Body, Index, Lower, Upper];

    /// <summary>What the canonical order compares: the nameless body and the bounds, never the index's name.</summary>
    internal IReadOnlyList<Expr> NamelessArgs => [NamelessBody, Lower, Upper];

    public override Expr Rebuild(IReadOnlyList<Expr> args) =>
        args[1] is Symbol index
            ? Make(args[0], index, args[2], args[3])
            : throw new InvalidOperationException("The index of a sum or product must stay a symbol.");

    /// <summary>The same operator over another body, index and bounds, built canonically.</summary>
    public abstract Expr Make(Expr body, Symbol index, Expr lower, Expr upper);

    private protected override bool EqualsSameKind(Expr other)
    {
        var o = (IndexedOperator)other;
        return o.Level == Level && o.NamelessBody.Equals(NamelessBody) && o.Lower.Equals(Lower) && o.Upper.Equals(Upper);
    }
}
