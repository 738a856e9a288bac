namespace Ift6135.Sym.Symbolic.Expressions;

public enum RelationKind { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual }

/// <summary>A relation between two expressions; a statement, not a value, so not an <see cref="Expr"/>.</summary>
public sealed record Relation(RelationKind Kind, Expr Left, Expr Right)
{
    public static Relation Eq(Expr left, Expr right) => new(RelationKind.Equal, left, right);

    /// <summary>The same relation with its sides swapped (a &lt; b becomes b &gt; a).</summary>
    public Relation Flipped() => new(Kind switch
    {
        RelationKind.Less => RelationKind.Greater,
        RelationKind.LessOrEqual => RelationKind.GreaterOrEqual,
        RelationKind.Greater => RelationKind.Less,
        RelationKind.GreaterOrEqual => RelationKind.LessOrEqual,
        _ => Kind,
    }, Right, Left);

    public override string ToString() => $"{Left} {Symbol(Kind)} {Right}";

    public static string Symbol(RelationKind kind) => kind switch
    {
        RelationKind.Equal => "=",
        RelationKind.NotEqual => "!=",
        RelationKind.Less => "<",
        RelationKind.LessOrEqual => "<=",
        RelationKind.Greater => ">",
        _ => ">=",
    };
}
