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
    /// About the number of glyphs a formula prints, for choosing a layout: a command counts as one glyph,
    /// braces and \left/\right as none, a fraction as the wider of its numerator and denominator, a
    /// script as two thirds of its content (it is set smaller), and a binary operator or relation as two
    /// (it carries a space on each side).
    /// </summary>
    /// <summary>
    /// Whether a formula is too tall for a line of a table: it holds a matrix, or a fraction inside a fraction's
    /// numerator or denominator (three levels, which run into the next row).
    /// </summary>
    public static bool IsTall(string latex)
    {
        if (latex.Contains(@"\begin{", StringComparison.Ordinal)) return true;
        foreach (Match m in Fraction().Matches(latex))
        {
            var i = m.Index + m.Length - 1;
            if (BraceGroup(latex, ref i) is { } numerator && BraceGroup(latex, ref i) is { } denominator
                && (Fraction().IsMatch(numerator) || Fraction().IsMatch(denominator)))
                return true;
        }
        return false;
    }

    /// <summary>The content of the brace group opening at i, moving i past it; null when no group opens there.</summary>
    private static string? BraceGroup(string s, ref int i)
    {
        if (i >= s.Length || s[i] != '{') return null;
        var start = ++i;
        for (var depth = 1; i < s.Length; i++)
        {
            if (s[i] == '{') depth++;
            else if (s[i] == '}' && --depth == 0) return s[start..i++];
        }
        return null;
    }

    [GeneratedRegex(@"\\[dt]?frac\{")]
    private static partial Regex Fraction();

    public static int Width(string latex)
    {
        var position = 0;
        return (int)Math.Ceiling(Measure(latex, ref position, stopAtBrace: false));
    }

    private static double Measure(string s, ref int i, bool stopAtBrace)
    {
        var width = 0.0;
        while (i < s.Length)
        {
            var ch = s[i];
            if (ch == '}' && stopAtBrace) { i++; return width; }
            if (ch == '{') { i++; width += Measure(s, ref i, stopAtBrace: true); continue; }
            if (ch is '^' or '_') { i++; width += Script * Argument(s, ref i); continue; }
            if (ch == '\\') { width += MeasureCommand(s, ref i); continue; }
            i++;
            width += ch switch
            {
                ' ' or '&' or '}' => 0,
                '+' or '-' or '=' or '<' or '>' => 2,
                _ => 1,
            };
        }
        return width;
    }

    private const double Script = 2.0 / 3;

    private static double MeasureCommand(string s, ref int i)
    {
        var start = ++i;
        while (i < s.Length && char.IsLetter(s[i])) i++;
        if (i == start)
        {
            // A control symbol: a thin or medium space (\, \; \: \!) or an escaped glyph (\{ \|).
            i = Math.Min(i + 1, s.Length);
            return start < s.Length && s[start] is ',' or ';' or ':' or '!' ? 0.5 : 1;
        }
        var name = s[start..i];
        switch (name)
        {
            case "frac" or "dfrac" or "tfrac":
                var numerator = Argument(s, ref i);
                return Math.Max(numerator, Argument(s, ref i));
            case "left" or "right" or "mathrm" or "operatorname" or "mathbb" or "mathbf" or "text" or "small":
                return 0;
            case "le" or "ge" or "leq" or "geq" or "neq" or "cdot" or "times" or "mid":
                return 2;
            case "quad":
                return 2;
            default:
                return 1;
        }
    }

    /// <summary>The width of a command's argument: a braced group or a single glyph (or command).</summary>
    private static double Argument(string s, ref int i)
    {
        while (i < s.Length && s[i] == ' ') i++;
        if (i >= s.Length) return 0;
        if (s[i] == '{') { i++; return Measure(s, ref i, stopAtBrace: true); }
        if (s[i] == '\\') return MeasureCommand(s, ref i);
        i++;
        return 1;
    }
}
