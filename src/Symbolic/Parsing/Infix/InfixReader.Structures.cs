using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Symbolic.Parsing.Infix;

internal sealed partial class InfixReader
{
    /// <summary>a op b op c ...: one relation per operator (0 &lt; w &lt; 1 is 0 &lt; w and w &lt; 1).</summary>
    public List<Relation> RelationChain()
    {
        var relations = new List<Relation>();
        var left = Expression();
        while (RelationKindOf(Current.Kind) is { } kind)
        {
            Advance();
            var right = Expression();
            relations.Add(new Relation(kind, left, right));
            left = right;
        }
        if (relations.Count == 0) throw Unexpected(Current, "a relation (=, !=, <, <=, >, >=)");
        return relations;
    }

    /// <summary>The span of the token about to be read, for messages about what comes next.</summary>
    public int CurrentOffset => Current.Offset;

    public ParseException ErrorAt(string message, int offset, int length) => source.Error(message, offset, length);

    private static RelationKind? RelationKindOf(TokenKind kind) => kind switch
    {
        TokenKind.Equal => RelationKind.Equal,
        TokenKind.NotEqual => RelationKind.NotEqual,
        TokenKind.Less => RelationKind.Less,
        TokenKind.LessOrEqual => RelationKind.LessOrEqual,
        TokenKind.Greater => RelationKind.Greater,
        TokenKind.GreaterOrEqual => RelationKind.GreaterOrEqual,
        _ => null,
    };

    public void ExpectExpressionEnd()
    {
        if (RelationKindOf(Current.Kind) is not null)
            throw Error($"unexpected {Current.Describe()}: this is an expression, not a relation", Current);
        ExpectEnd("expression");
    }

    /// <summary>[[a, b], [c, d]]: rows of equal length.</summary>
    public Matrix Matrix()
    {
        var open = Current;
        if (!Accept(TokenKind.LeftBracket)) throw Unexpected(Current, "'[' to start a matrix such as [[1, 2], [3, 4]]");
        var rows = new List<IReadOnlyList<Expr>>();
        do rows.Add(MatrixRow(rows.Count == 0 ? null : rows[0].Count));
        while (Accept(TokenKind.Comma));
        Close(TokenKind.RightBracket, "]", open);
        return Matrices.Matrix.FromRows(rows);
    }

    private List<Expr> MatrixRow(int? expectedLength)
    {
        var open = Current;
        if (!Accept(TokenKind.LeftBracket)) throw Unexpected(Current, "'[' to start a row");
        var row = new List<Expr>();
        do row.Add(Expression()); while (Accept(TokenKind.Comma));
        if (expectedLength is { } n && row.Count != n)
            throw Error($"this row has {row.Count} {(row.Count == 1 ? "entry" : "entries")} but the first row has {n}", open);
        Close(TokenKind.RightBracket, "]", open);
        return row;
    }
}
