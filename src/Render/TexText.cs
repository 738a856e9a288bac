namespace Ift6135.Sym.Render;

/// <summary>Plain text made safe for TeX: see <see cref="Symbolic.Printing.TexPlainText"/>, which the check report shares.</summary>
public static class TexText
{
    public static string Escape(string text) => Symbolic.Printing.TexPlainText.Escape(text);

    /// <summary>Text for a TeX comment: one line, control characters dropped, outside Latin-1 '?'.</summary>
    public static string Comment(string text) => Symbolic.Printing.TexPlainText.Comment(text);
}
