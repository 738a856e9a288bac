namespace Ift6135.Sym.Symbolic.Parsing;

/// <summary>
/// Why a text could not be read, and where: the message says what was expected, the span points
/// at the offending characters. Rendered as "file:line:column: message", the source line and a caret.
/// </summary>
public sealed record ParseError(string Message, SourceSpan Span, string SourceLine)
{
    public string Format(string fileName)
    {
        var caretLine = new string(' ', Math.Max(0, Span.Column - 1)) + new string('^', Math.Max(1, Span.Length));
        return $"{fileName}:{Span.Line}:{Span.Column}: {Message}\n  {SourceLine}\n  {caretLine}";
    }
}

/// <summary>Thrown by the parsers; carries the located <see cref="ParseError"/>.</summary>
public sealed class ParseException(ParseError error) : Exception(error.Message)
{
    public ParseError Error { get; } = error;
}
