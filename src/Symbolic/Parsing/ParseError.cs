namespace Ift6135.Sym.Symbolic.Parsing;

/// <summary>
/// Why a text could not be read, and where: the message says what was expected, the span points
/// at the offending characters. Rendered as "file:line:column: message", the source line and a caret.
/// </summary>
public sealed record ParseError(string Message, SourceSpan Span, string SourceLine)
{
    /// <summary>Widest part of a source line shown under a message: a minified or generated file can have megabyte lines.</summary>
    public const int ShownWidth = 160;

    public string Format(string fileName)
    {
        var (shown, column) = Window(SourceLine, Span.Column);
        var carets = Math.Clamp(Span.Length, 1, Math.Max(1, ShownWidth - column + 1));
        var caretLine = new string(' ', Math.Max(0, column - 1)) + new string('^', carets);
        return $"{fileName}:{Span.Line}:{Span.Column}: {Message}\n  {shown}\n  {caretLine}";
    }

    /// <summary>The part of a long line around the column, with "..." where it was cut, and the column within it.</summary>
    private static (string Shown, int Column) Window(string line, int column)
    {
        var printable = new string(line.Select(c => char.IsControl(c) && c != '\t' ? '?' : c).ToArray());
        if (printable.Length <= ShownWidth) return (printable, column);
        var start = Math.Clamp(column - 1 - ShownWidth / 2, 0, printable.Length - ShownWidth);
        var prefix = start > 0 ? "..." : "";
        var suffix = start + ShownWidth < printable.Length ? "..." : "";
        return (prefix + printable.Substring(start, ShownWidth) + suffix, column - start + prefix.Length);
    }
}

/// <summary>Thrown by the parsers; carries the located <see cref="ParseError"/>.</summary>
public sealed class ParseException(ParseError error) : Exception(error.Message)
{
    public ParseError Error { get; } = error;
}
