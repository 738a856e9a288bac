namespace Ift6135.Sym.Symbolic.Parsing.Infix;

/// <summary>The text being parsed, able to turn an offset into a located <see cref="ParseException"/>.</summary>
internal sealed class SourceText(string text)
{
    public string Text { get; } = text;

    public ParseException Error(string message, int offset, int length)
    {
        var lineStart = offset == 0 ? 0 : Text.LastIndexOf('\n', Math.Min(offset, Text.Length) - 1) + 1;
        var line = 1 + Text.AsSpan(0, lineStart).Count('\n');
        var lineEnd = Text.IndexOf('\n', lineStart);
        var sourceLine = lineEnd < 0 ? Text[lineStart..] : Text[lineStart..lineEnd];
        return new ParseException(new ParseError(message, new SourceSpan(line, offset - lineStart + 1, length), sourceLine));
    }

    /// <summary>1-based line of an offset, for messages that refer to another place.</summary>
    public int Line(int offset) => 1 + Text.AsSpan(0, Math.Min(offset, Text.Length)).Count('\n');

    /// <summary>1-based column of an offset on its line, for messages that refer to another place.</summary>
    public int Column(int offset)
    {
        var lineStart = offset == 0 ? 0 : Text.LastIndexOf('\n', Math.Min(offset, Text.Length) - 1) + 1;
        return offset - lineStart + 1;
    }
}
