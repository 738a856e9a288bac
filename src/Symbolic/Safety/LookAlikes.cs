namespace Ift6135.Sym.Symbolic.Safety;

/// <summary>
/// Unicode characters that look like ASCII math (copied from a PDF or a word processor) and what to
/// write instead. Parsers use it to say "U+2212 MINUS SIGN: write '-'" rather than "unexpected character".
/// </summary>
public static class LookAlikes
{
    private static readonly Dictionary<char, (string Name, string Ascii)> Table = new()
    {
        ['\u2212'] = ("MINUS SIGN", "-"),
        ['\u2010'] = ("HYPHEN", "-"),
        ['\u2011'] = ("NON-BREAKING HYPHEN", "-"),
        ['\u2012'] = ("FIGURE DASH", "-"),
        ['\u2013'] = ("EN DASH", "-"),
        ['\u2014'] = ("EM DASH", "-"),
        ['\uFE63'] = ("SMALL HYPHEN-MINUS", "-"),
        ['\uFF0D'] = ("FULLWIDTH HYPHEN-MINUS", "-"),
        ['\uFF0B'] = ("FULLWIDTH PLUS SIGN", "+"),
        ['\u00D7'] = ("MULTIPLICATION SIGN", "*"),
        ['\u2217'] = ("ASTERISK OPERATOR", "*"),
        ['\u22C5'] = ("DOT OPERATOR", "*"),
        ['\u00F7'] = ("DIVISION SIGN", "/"),
        ['\u2215'] = ("DIVISION SLASH", "/"),
        ['\u2044'] = ("FRACTION SLASH", "/"),
        ['\uFF1D'] = ("FULLWIDTH EQUALS SIGN", "="),
        ['\u2032'] = ("PRIME", "'"),
        ['\u2019'] = ("RIGHT SINGLE QUOTATION MARK", "'"),
        ['\u00A0'] = ("NO-BREAK SPACE", " "),
        ['\u2009'] = ("THIN SPACE", " "),
        ['\u200B'] = ("ZERO WIDTH SPACE", "nothing"),
        ['\uFEFF'] = ("ZERO WIDTH NO-BREAK SPACE (byte-order mark)", "nothing"),
        ['\uFF08'] = ("FULLWIDTH LEFT PARENTHESIS", "("),
        ['\uFF09'] = ("FULLWIDTH RIGHT PARENTHESIS", ")"),
        ['\u0430'] = ("CYRILLIC SMALL LETTER A", "a"),
        ['\u0435'] = ("CYRILLIC SMALL LETTER IE", "e"),
        ['\u043E'] = ("CYRILLIC SMALL LETTER O", "o"),
        ['\u0445'] = ("CYRILLIC SMALL LETTER HA", "x"),
        ['\u0391'] = ("GREEK CAPITAL LETTER ALPHA", "A"),
    };

    /// <summary>The explanation for a look-alike character, or null when it is not one.</summary>
    public static string? Explain(char c) =>
        Table.TryGetValue(c, out var entry)
            ? $"U+{(int)c:X4} {entry.Name} looks like '{entry.Ascii}' but is not; write {(entry.Ascii == "nothing" ? "nothing there" : $"'{entry.Ascii}'")}"
            : null;

    /// <summary>What to say about a character a parser does not accept: a look-alike's explanation, or its code point.</summary>
    public static string Describe(char c) =>
        Explain(c) ?? (c < 0x20 || c == 0x7F ? $"control character U+{(int)c:X4}" : c > 0x7E ? $"'{c}' (U+{(int)c:X4})" : $"'{c}'");
}
