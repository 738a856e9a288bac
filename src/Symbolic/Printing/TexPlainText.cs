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
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            sb.Append(ch switch
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
                _ => ch.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>Text for a TeX comment: one line (line breaks become spaces), control characters dropped, outside Latin-1 '?'.</summary>
    public static string Comment(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
            sb.Append(ch switch
            {
                '\r' or '\n' or '\t' => " ",
                _ when ch < ' ' => "",
                _ when ch > '\u00ff' => "?",
                _ => ch.ToString(),
            });
        return sb.ToString().Trim();
    }
}
