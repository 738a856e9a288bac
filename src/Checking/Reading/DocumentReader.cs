using System.Text.RegularExpressions;

namespace Ift6135.Sym.Checking.Reading;

/// <summary>
/// Finds, in a LaTeX document, the declarations written in comments (% assume:, % function:, % matrix:,
/// % vector:, % given:, % symbol:) and the formulas: align, equation, gather (starred or not), multline,
/// \[..\], $$..$$, \(..\) and $..$. A display is split into lines at its top-level \\ (not inside a
/// matrix or braces). Comments are blanked before formulas are looked for, so a commented-out formula
/// is not read, and offsets stay those of the original text.
/// </summary>
public static partial class DocumentReader
{
    private static readonly string[] DisplayEnvironments =
        ["align", "align*", "equation", "equation*", "gather", "gather*", "multline", "multline*", "eqnarray", "eqnarray*", "flalign", "flalign*", "split"];

    public static IReadOnlyList<DocumentItem> Read(string text)
    {
        var items = new List<DocumentItem>();
        var lines = new LineIndex(text);
        var blanked = BlankComments(text, lines, items);
        FindFormulas(blanked, lines, items);
        return items.OrderBy(i => i.Offset).ToList();
    }

    /// <summary>Replaces every comment by spaces (keeping offsets) and records the declarations among them.</summary>
    private static string BlankComments(string text, LineIndex lines, List<DocumentItem> items)
    {
        var chars = text.ToCharArray();
        for (var k = 0; k < text.Length; k++)
        {
            if (text[k] == '\\') { k++; continue; }
            if (text[k] != '%') continue;
            var end = text.IndexOf('\n', k);
            if (end < 0) end = text.Length;
            var comment = text[(k + 1)..end];
            var m = DeclarationPattern().Match(comment);
            if (m.Success && Enum.TryParse<DeclarationKind>(m.Groups["kind"].Value, ignoreCase: true, out var kind))
            {
                var body = m.Groups["body"].Value;
                var at = k + 1 + m.Groups["body"].Index + (body.Length - body.TrimStart().Length);
                var (line, column) = lines.PositionOf(at);
                items.Add(new Declaration(kind, body.Trim(), at, line, column));
            }
            for (var j = k; j < end; j++) chars[j] = ' ';
            k = end;
        }
        return new string(chars);
    }

    [GeneratedRegex(@"^\s*(?<kind>assume|function|matrix|vector|given|symbol)s?\s*:(?<body>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DeclarationPattern();

    private static void FindFormulas(string text, LineIndex lines, List<DocumentItem> items)
    {
        var k = 0;
        while (k < text.Length)
        {
            var c = text[k];
            if (c == '\\' && k + 1 < text.Length)
            {
                if (text[k + 1] == '[') { k = Block(text, lines, items, k, k + 2, @"\]", @"\[", false); continue; }
                if (text[k + 1] == '(') { k = Block(text, lines, items, k, k + 2, @"\)", @"\(", true); continue; }
                if (string.CompareOrdinal(text, k, @"\begin{", 0, 7) == 0)
                {
                    var close = text.IndexOf('}', k + 7);
                    var env = close < 0 ? "" : text[(k + 7)..close];
                    if (DisplayEnvironments.Contains(env)) { k = Block(text, lines, items, k, close + 1, $@"\end{{{env}}}", env, false); continue; }
                }
                k += 2;
                continue;
            }
            if (c == '$')
            {
                if (k + 1 < text.Length && text[k + 1] == '$') { k = Block(text, lines, items, k, k + 2, "$$", "$$", false); continue; }
                k = Block(text, lines, items, k, k + 1, "$", "$", true);
                continue;
            }
            k++;
        }
    }

    /// <summary>Records the block whose content starts at <paramref name="contentStart"/> and ends before <paramref name="close"/>; returns the offset after it.</summary>
    private static int Block(string text, LineIndex lines, List<DocumentItem> items, int open, int contentStart, string close, string env, bool inline)
    {
        var end = FindClose(text, contentStart, close);
        var (line, column) = lines.PositionOf(open);
        if (end < 0)
        {
            // An unclosed formula: read to the end, so its error is reported where it starts.
            end = text.Length;
        }
        var content = text[contentStart..end];
        var mathLines = SplitLines(content, contentStart, lines);
        items.Add(new MathBlock(env, mathLines, inline, open, line, column));
        return Math.Min(text.Length, end + close.Length);
    }

    private static int FindClose(string text, int from, string close)
    {
        for (var k = from; k < text.Length; k++)
        {
            if (string.CompareOrdinal(text, k, close, 0, close.Length) == 0) return k;
            if (text[k] == '\\' && close.StartsWith('$')) k++; // \$ is a dollar sign, not a delimiter
        }
        return -1;
    }

    /// <summary>Splits a display at its top-level \\ (an optional [2pt] after it is dropped).</summary>
    private static List<MathLine> SplitLines(string content, int baseOffset, LineIndex lines)
    {
        var result = new List<MathLine>();
        var depth = 0;
        var start = 0;
        for (var k = 0; k < content.Length; k++)
        {
            var c = content[k];
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (c == '\\' && k + 1 < content.Length)
            {
                if (string.CompareOrdinal(content, k, @"\begin", 0, 6) == 0) depth++;
                else if (string.CompareOrdinal(content, k, @"\end", 0, 4) == 0) depth--;
                else if (content[k + 1] == '\\' && depth == 0)
                {
                    Add(start, k);
                    k += 2;
                    var j = k;
                    while (j < content.Length && char.IsWhiteSpace(content[j])) j++;
                    if (j < content.Length && content[j] == '[')
                    {
                        var close = content.IndexOf(']', j);
                        if (close > 0) k = close + 1;
                    }
                    start = k;
                    k--;
                    continue;
                }
                k++;
            }
        }
        Add(start, content.Length);
        return result;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(content[from])) from++;
            var piece = content[from..to];
            if (piece.Trim().Length == 0) return;
            var (line, column) = lines.PositionOf(baseOffset + from);
            result.Add(new MathLine(piece, baseOffset + from, line, column));
        }
    }
}

/// <summary>Offsets to 1-based line and column, and the text of each line.</summary>
public sealed class LineIndex
{
    private readonly List<int> starts = [0];

    public IReadOnlyList<string> Lines { get; }

    public LineIndex(string text)
    {
        for (var k = 0; k < text.Length; k++) if (text[k] == '\n') starts.Add(k + 1);
        Lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    public (int Line, int Column) PositionOf(int offset)
    {
        var i = starts.BinarySearch(offset);
        if (i < 0) i = ~i - 1;
        return (i + 1, offset - starts[i] + 1);
    }
}
