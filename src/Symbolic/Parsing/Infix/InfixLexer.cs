namespace Ift6135.Sym.Symbolic.Parsing.Infix;

/// <summary>Splits infix text into tokens: numbers (1, 0.5, 1e-3), names (alpha, mu_1, z0), operators and brackets.</summary>
internal static class InfixLexer
{
    public static List<Token> Tokenize(SourceText source)
    {
        var text = source.Text;
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                i = ScanNumber(text, i);
                tokens.Add(new Token(TokenKind.Number, text[start..i], start));
                continue;
            }
            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new Token(TokenKind.Name, text[start..i], start));
                continue;
            }
            var (kind, length) = Operator(text, i);
            if (length == 0) throw source.Error($"unexpected character {Safety.LookAlikes.Describe(c)}", start, 1);
            i += length;
            tokens.Add(new Token(kind, text.Substring(start, length), start));
        }
        tokens.Add(new Token(TokenKind.End, "", text.Length));
        return tokens;
    }

    /// <summary>Digits, an optional fraction part, and an exponent only when digits follow the e (so 2e is 2 then e).</summary>
    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i < text.Length && text[i] == '.') { i++; while (i < text.Length && char.IsAsciiDigit(text[i])) i++; }
        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var j = i + 1;
            if (j < text.Length && (text[j] == '+' || text[j] == '-')) j++;
            if (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
                i = j;
            }
        }
        return i;
    }

    private static (TokenKind Kind, int Length) Operator(string text, int i)
    {
        var two = i + 1 < text.Length ? text.Substring(i, 2) : "";
        switch (two)
        {
            case "**": return (TokenKind.Caret, 2);
            case "<=": return (TokenKind.LessOrEqual, 2);
            case ">=": return (TokenKind.GreaterOrEqual, 2);
            case "!=": return (TokenKind.NotEqual, 2);
            case "==": return (TokenKind.Equal, 2);
        }
        return text[i] switch
        {
            '+' => (TokenKind.Plus, 1),
            '-' or '\u2212' => (TokenKind.Minus, 1),
            '*' or '\u00b7' => (TokenKind.Star, 1),
            '/' => (TokenKind.Slash, 1),
            '^' => (TokenKind.Caret, 1),
            '(' => (TokenKind.LeftParen, 1),
            ')' => (TokenKind.RightParen, 1),
            '[' => (TokenKind.LeftBracket, 1),
            ']' => (TokenKind.RightBracket, 1),
            ',' => (TokenKind.Comma, 1),
            '|' => (TokenKind.Bar, 1),
            '\'' => (TokenKind.Prime, 1),
            '=' => (TokenKind.Equal, 1),
            '<' => (TokenKind.Less, 1),
            '>' => (TokenKind.Greater, 1),
            '\u2264' => (TokenKind.LessOrEqual, 1),
            '\u2265' => (TokenKind.GreaterOrEqual, 1),
            '\u2260' => (TokenKind.NotEqual, 1),
            _ => (TokenKind.End, 0),
        };
    }
}
