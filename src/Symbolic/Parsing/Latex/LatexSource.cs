namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>
/// A formula's text and where it starts in its document (1-based line and column), so that every
/// token and error can be located in the document. <see cref="DocumentLines"/>, when given,
/// supplies the full source line for error messages.
/// </summary>
public sealed record LatexSource(string Text, int Line = 1, int Column = 1, IReadOnlyList<string>? DocumentLines = null)
{
    /// <summary>The document position of character <paramref name="offset"/> of <see cref="Text"/>.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        int line = Line, column = Column;
        for (var k = 0; k < offset && k < Text.Length; k++)
        {
            if (Text[k] == '\n') { line++; column = 1; }
            else column++;
        }
        return (line, column);
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
