namespace Ift6135.Sym.Assignment.Model;

/// <summary>
/// Running text with inline mathematics: a sequence of plain-text and math pieces. The text is
/// plain (the renderer escapes it); the math is an engine object the renderer prints.
/// </summary>
public sealed record Inline(IReadOnlyList<InlinePiece> Pieces)
{
    /// <summary>Strings become text; <see cref="MathItem"/>s, expressions, matrices and relations become math; an inline is spliced in.</summary>
    public static Inline Of(params object[] pieces) => new(pieces.SelectMany(p => p is Inline i ? i.Pieces : [InlinePiece.From(p)]).ToArray());

    public static Inline Text(string text) => new([new TextPiece(text)]);

    /// <summary>Plain words are running text without math: lets a sentence stand where an inline is expected.</summary>
    public static implicit operator Inline(string text) => Text(text);

    public static Inline Empty { get; } = new([]);

    /// <summary>The text with math replaced by its infix form: for logs, messages and the grader.</summary>
    public string Plain => string.Concat(Pieces.Select(p => p switch
    {
        TextPiece t => t.Text,
        MathPiece m => m.Math.ToString(),
        _ => "",
    }));

    public override string ToString() => Plain;
}

public abstract record InlinePiece
{
    public static InlinePiece From(object o) => o switch
    {
        InlinePiece p => p,
        string s => new TextPiece(s),
        _ => new MathPiece(MathItem.From(o)),
    };
}

public sealed record TextPiece(string Text) : InlinePiece;

public sealed record MathPiece(MathItem Math) : InlinePiece;
