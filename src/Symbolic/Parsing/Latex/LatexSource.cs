namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>
/// A formula's text and where it starts in its document (1-based line and column), so that every
/// token and error can be located in the document. <see cref="DocumentLines"/>, when given,
/// supplies the full source line for error messages.
/// </summary>
public sealed record LatexSource(string Text, int Line = 1, int Column = 1, IReadOnlyList<string>? DocumentLines = null)
{
    /// <summary>
    /// A Greek letter's name written as a word (alpha) is that letter, as on the command line's --assume: set for the
    /// declarations of comments (% assume: alpha > 0), which are never typeset, so a student writes them as plain text.
    /// </summary>
    public bool GreekWords { get; init; }

    /// <summary>The document position of character <paramref name="offset"/> of <see cref="Text"/>.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        // Every token asks for its position: a scan from the start each time made long formulas quadratic
        // (a hang on a 100000-character line), so the newline offsets are found once per text.
        offset = Math.Clamp(offset, 0, Text.Length);
        // A short formula on one line, most of them, needs no index: looking it up in the table cost more than this search.
        if (Text.Length <= ShortText && !Text.AsSpan().Contains('\n')) return (Line, Column + offset);
        var newlines = NewlineIndex.GetValue(Text, FindNewlines);
        var before = ~Array.BinarySearch(newlines, offset - 0.5);
        if (before == 0) return (Line, Column + offset);
        return (Line + before, offset - (int)newlines[before - 1]);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, double[]> NewlineIndex = new();

    /// <summary>Up to this length a text is searched for a newline at each position asked, without the index.</summary>
    private const int ShortText = 256;

    /// <summary>Offsets of the newlines of a text (as doubles, so a binary search for offset - 0.5 counts those before it).</summary>
    private static double[] FindNewlines(string text)
    {
        var list = new List<double>();
        for (var k = text.IndexOf('\n'); k >= 0; k = text.IndexOf('\n', k + 1)) list.Add(k);
        return [.. list];
    }

    /// <summary>The text from <paramref name="offset"/> on, located where it is in the document.</summary>
    public LatexSource Sub(int offset)
    {
        var (line, column) = PositionOf(offset);
        return this with { Text = Text[offset..], Line = line, Column = column };
    }

    public SourceSpan SpanOf(int start, int end)
    {
        var (line, column) = PositionOf(start);
        return new SourceSpan(line, column, Math.Max(1, end - start));
    }

    /// <summary>The full text of document line <paramref name="line"/> (or of the formula's own line when the document is unknown).</summary>
    public string LineText(int line)
    {
        if (DocumentLines is not null && line >= 1 && line <= DocumentLines.Count) return DocumentLines[line - 1];
        var lines = Text.Split('\n');
        var k = line - Line;
        return k >= 0 && k < lines.Length ? (k == 0 ? new string(' ', Column - 1) + lines[0] : lines[k]) : "";
    }

    public ParseException Error(string message, int start, int end)
    {
        var span = SpanOf(start, end);
        return new ParseException(new ParseError(message, span, LineText(span.Line)));
    }
}
