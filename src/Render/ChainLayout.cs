using System.Text.RegularExpressions;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Render;

/// <summary>
/// How a chain is laid out in align*: one relation per line, and the start on a line of its own when
/// the start and the first step together would not fit the text width.
/// </summary>
public static partial class ChainLayout
{
    /// <summary>About the number of characters of 11pt math that fit the text width (16.6 cm).</summary>
    public const int LineWidth = 70;

    /// <summary>Room for a formula on a line of a chain, beside the relation and the step's number.</summary>
    public const int StepRoom = LineWidth - 10;

    public static bool StartAlone(string start, IEnumerable<string> steps) =>
        steps.FirstOrDefault() is { } first && Width(start) + Width(first) > LineWidth;

    /// <summary>
    /// The start goes on lines of its own when it does not leave the steps room beside it: the first step
    /// would not fit, or a step would not fit beside a start that takes more than half a line.
    /// </summary>
    public static bool StartAlone(string start, IReadOnlyList<string> steps) =>
        StartAlone(start, (IEnumerable<string>)steps) || (steps.Any(s => Width(start) + Width(s) > LineWidth) && Width(start) > StepRoom / 2);

    /// <summary>
    /// A formula's lines, each at most <paramref name="room"/> wide when it can be: whole terms while they fit,
    /// and a term wider than a line broken between its factors. The lines joined are the formula.
    /// </summary>
    public static IReadOnlyList<string> Break(IReadOnlyList<BreakableTerm> terms, int room)
    {
        var pieces = terms.SelectMany(t => Width(t.Text) <= room ? [t.Text] : t.Factors);
        var lines = new List<string>();
        var line = "";
        foreach (var piece in pieces)
        {
            if (line.Length > 0 && Width(line) + Width(piece) > room)
            {
                lines.Add(line);
                line = "";
            }
            line = line.Length == 0 ? piece : line + " " + piece;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

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
