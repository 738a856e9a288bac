using System.Text;

namespace Ift6135.Sym.Symbolic.Printing;

/// <summary>
/// Plain text made safe for TeX: every special character is escaped, so text from parameter files
/// or messages can never inject commands. Characters outside Latin-1 are replaced by '?' rather
/// than reaching pdflatex, which would stop on them. Here, beside the LaTeX printer, so that every
/// writer of TeX (the solutions, the kit, the check report) escapes text the same way.
/// </summary>
public static class TexPlainText
{
    public static string Escape(string text) => Replaced(text, EscapeOf);

    /// <summary>What <paramref name="ch"/> becomes in running text, or null when it stands for itself.</summary>
    private static string? EscapeOf(char ch) => ch switch
    {
        '\\' => @"\textbackslash{}",
        '{' => @"\{",
        '}' => @"\}",
        '$' => @"\$",
        '&' => @"\&",
        '#' => @"\#",
        '%' => @"\%",
        '_' => @"\_",
        '^' => @"\textasciicircum{}",
        '~' => @"\textasciitilde{}",
        '<' => @"\textless{}",
        '>' => @"\textgreater{}",
        '|' => @"\textbar{}",
        '"' => "''",
        '\r' => "",
        '\n' => " ",
        '\t' => " ",
        _ when ch < ' ' => "",
        _ when ch > '\u00ff' => "?",
        _ => null,
    };

    /// <summary>
    /// Each character of <paramref name="text"/> that <paramref name="replacement"/> maps replaced: most titles and
    /// labels have none and are returned as they are rather than copied character by character.
    /// </summary>
    private static string Replaced(string text, Func<char, string?> replacement)
    {
        var first = 0;
        while (first < text.Length && replacement(text[first]) is null) first++;
        if (first == text.Length) return text;
        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
            if (replacement(text[i]) is { } replaced) sb.Append(replaced);
            else sb.Append(text[i]);
        return sb.ToString();
    }

    /// <summary>Text for a TeX comment: one line (line breaks become spaces), control characters dropped, outside Latin-1 '?'.</summary>
    public static string Comment(string text) => Replaced(text, CommentOf).Trim();

    /// <summary>What <paramref name="ch"/> becomes in a comment, or null when it stands for itself.</summary>
    private static string? CommentOf(char ch) => ch switch
    {
        '\r' or '\n' or '\t' => " ",
        _ when ch < ' ' => "",
        _ when ch > '\u00ff' => "?",
        _ => null,
    };
}
