namespace Ift6135.Sym.Symbolic.Parsing.Infix;

internal enum TokenKind
{
    Number, Name, Plus, Minus, Star, Slash, Caret, LeftParen, RightParen, LeftBracket, RightBracket,
    Comma, Bar, Prime, Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, End,
}

/// <summary>A token and where it starts in the source (0-based offset).</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Offset)
{
    public int Length => Math.Max(1, Text.Length);

    /// <summary>How the token is named in messages.</summary>
    public string Describe() => Kind == TokenKind.End ? "the end of the input" : $"'{Text}'";
}
