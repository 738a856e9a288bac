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

    /// <summary>
    /// A remark on how a result was checked (a seed, a cross-check, a reference to the appendix of checks), spliced into a
    /// sentence like any inline: the teaching assistant's edition shows it, the student edition leaves it out.
    /// </summary>
    public static Inline CheckNote(params object[] pieces) => new([new CheckNotePiece(Of(pieces))]);

    /// <summary>The pieces with every check note opened in place: what the full edition shows.</summary>
    public IEnumerable<InlinePiece> Flat => Pieces.SelectMany(p => p is CheckNotePiece n ? n.Text.Flat : [p]);

    /// <summary>The same text without its check notes: what the student edition shows.</summary>
    public Inline WithoutCheckNotes() =>
        Pieces.Any(p => p is CheckNotePiece) ? new(Pieces.Where(p => p is not CheckNotePiece).ToArray()) : this;

    /// <summary>The text with math replaced by its infix form: for logs, messages and the grader.</summary>
    public string Plain => string.Concat(Flat.Select(p => p switch
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

/// <summary>Text about how something was checked, left out of the student edition (<see cref="Inline.CheckNote"/>).</summary>
public sealed record CheckNotePiece(Inline Text) : InlinePiece;
