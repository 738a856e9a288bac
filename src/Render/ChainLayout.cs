using System.Text.RegularExpressions;

namespace Ift6135.Sym.Render;

/// <summary>
/// How a chain is laid out in align*: one relation per line, and the start on a line of its own when
/// the start and the first step together would not fit the text width.
/// </summary>
public static partial class ChainLayout
{
    /// <summary>About the number of characters of 11pt math that fit the text width (16.6 cm).</summary>
    public const int LineWidth = 70;

    public static bool StartAlone(string start, IEnumerable<string> steps) =>
        steps.FirstOrDefault() is { } first && Width(start) + Width(first) > LineWidth;

    /// <summary>
    /// A rough count of the glyphs a formula prints: a command counts as one glyph, braces and
    /// script marks as none, a fraction as its wider part, which is enough to choose a layout.
    /// </summary>
    public static int Width(string latex)
    {
        var text = Command().Replace(latex.Replace(@"\frac", "", StringComparison.Ordinal), "x");
        var width = 0;
        foreach (var ch in text)
            if (ch is not ('{' or '}' or '^' or '_' or ' ' or '&')) width++;
        return latex.Contains(@"\frac", StringComparison.Ordinal) ? width * 2 / 3 : width;
    }

    [GeneratedRegex(@"\\(left|right|mathrm|operatorname|mathbb)\b|\\[a-zA-Z]+")]
    private static partial Regex Command();
}
