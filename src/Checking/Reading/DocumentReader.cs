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
        FindFormulas(CheckedText(text, lines, items), lines, items);
        return items.OrderBy(i => i.Offset).ToList();
    }

    /// <summary>
    /// The text the checker reads: comments and "% check: off" regions replaced by spaces, every other
    /// character (and so every offset, line and column) as in <paramref name="text"/>. Whatever scans the
    /// document for something else (the unsafe-command guard) scans this, so it skips what the checker skips.
    /// </summary>
    public static string CheckedText(string text) => CheckedText(text, new LineIndex(text), []);

    private static string CheckedText(string text, LineIndex lines, List<DocumentItem> items) =>
        BlankUncheckedRegions(BlankComments(text, lines, items), items);

    /// <summary>
    /// Blanks each region from "% check: off" to the next "% check: on" (or the end), and drops the
    /// declarations inside it: prose with inline math, a table, that states no derivation.
    /// </summary>
    private static string BlankUncheckedRegions(string text, List<DocumentItem> items)
    {
        var switches = items.OfType<Declaration>().Where(d => d.Kind == DeclarationKind.Check).ToList();
        var chars = text.ToCharArray();
        var offAt = -1;
        foreach (var s in switches)
        {
            var off = s.Text.Equals("off", StringComparison.OrdinalIgnoreCase);
            if (off && offAt < 0) offAt = s.Offset;
            else if (!off && offAt >= 0) { Blank(offAt, s.Offset); offAt = -1; }
        }
        if (offAt >= 0) Blank(offAt, text.Length);
        items.RemoveAll(i => i is Declaration { Kind: DeclarationKind.Check });
        return new string(chars);

        void Blank(int from, int to)
        {
            for (var k = from; k < to; k++) if (chars[k] != '\n') chars[k] = ' ';
            items.RemoveAll(i => i.Offset > from && i.Offset < to);
        }
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
            if (m.Success && Enum.TryParse<DeclarationKind>(m.Groups["kind"].Value, ignoreCase: true, out var kind) && IsDirective(kind, m.Groups["body"].Value))
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

    [GeneratedRegex(@"^\s*(?<kind>assume|function|matrix|vector|given|symbol|random|case|define|argued|check)s?\s*:(?<body>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DeclarationPattern();

    /// <summary>"% check:" is a directive only as "off" or "on" (the tex report writes "% check: valid ..." notes, which are not).</summary>
    private static bool IsDirective(DeclarationKind kind, string body) =>
        kind != DeclarationKind.Check || body.Trim().ToLowerInvariant() is "off" or "on";

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
                if (AnswerBoundaryAt(text, k) is { } boundary)
                {
                    var (boundaryLine, boundaryColumn) = lines.PositionOf(k);
                    items.Add(new AnswerBoundary(boundary, k, boundaryLine, boundaryColumn, boundary ? QuestionOf(text, k + 14) : null));
                    k += 2;
                    continue;
                }
                if (string.CompareOrdinal(text, k, @"\end{", 0, 5) == 0)
                {
                    var close = text.IndexOf('}', k + 5);
                    var env = close < 0 ? "" : text[(k + 5)..close];
                    if (DisplayEnvironments.Contains(env))
                    {
                        var (endLine, endColumn) = lines.PositionOf(k);
                        items.Add(new ReadingError($"\\end{{{env}}} without a \\begin{{{env}}} before it", k, endLine, endColumn));
                        k = close + 1;
                        continue;
                    }
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

    /// <summary>"q6" of the id {q6.1} written at <paramref name="at"/>, after \begin{answer}; null without an id.</summary>
    private static string? QuestionOf(string text, int at)
    {
        if (at >= text.Length || text[at] != '{') return null;
        var close = text.IndexOf('}', at);
        return close < 0 ? null : text[(at + 1)..close].Split('.')[0].Trim();
    }

    /// <summary>True at \begin{answer}, false at \end{answer}, null elsewhere.</summary>
    private static bool? AnswerBoundaryAt(string text, int k) =>
        string.CompareOrdinal(text, k, @"\begin{answer}", 0, 14) == 0 ? true
        : string.CompareOrdinal(text, k, @"\end{answer}", 0, 12) == 0 ? false
        : null;

    /// <summary>Records the block whose content starts at <paramref name="contentStart"/> and ends before <paramref name="close"/>; returns the offset after it.</summary>
    private static int Block(string text, LineIndex lines, List<DocumentItem> items, int open, int contentStart, string close, string env, bool inline)
    {
        var paragraphEnd = ParagraphEnd(text, contentStart);
        var end = FindClose(text, contentStart, close, paragraphEnd);
        var (line, column) = lines.PositionOf(open);
        var closed = end >= 0;
        if (!closed)
        {
            // TeX ends math at a blank line; so does the reader: the formula is read to there, and the
            // rest of the file is read as usual.
            var opener = env is "$" or "$$" or @"\[" or @"\(" ? env : $@"\begin{{{env}}}";
            items.Add(new ReadingError($"{opener} is never closed: expected {close} before {(paragraphEnd < text.Length ? "the blank line that ends the paragraph" : "the end of the file")}", open, line, column));
            end = paragraphEnd;
        }
        var content = text[contentStart..end];
        var mathLines = SplitLines(content, contentStart, lines);
        var after = closed ? Math.Min(text.Length, end + close.Length) : end;
        // The premise before a display too: "For $z_1 < z_2$, \begin{align*} g(z_2) - g(z_1) &= \int_{z_1}^{z_2} g'(t) dt > 0 \end{align*}" (5.3)
        // was refuted at z_1 > z_2 with the display read for every value.
        items.Add(new MathBlock(env, mathLines, inline, open, line, column, ProseLead.Before(text, open), inline && closed ? ProseTrail.After(text, after) : "",
            ProseTrail.Before(text, open)));
        return after;
    }

    /// <summary>The offset of the first blank line after <paramref name="from"/> (math cannot span one), or the end of the text.</summary>
    private static int ParagraphEnd(string text, int from)
    {
        var m = BlankLine().Match(text, from);
        return m.Success ? m.Index : text.Length;
    }

    [GeneratedRegex(@"\n[ \t\r]*\n")]
    private static partial Regex BlankLine();

    private static int FindClose(string text, int from, string close, int limit)
    {
        for (var k = from; k < limit; k++)
        {
            if (string.CompareOrdinal(text, k, close, 0, close.Length) == 0) return k;
            if (text[k] == '\\' && close.StartsWith('$')) k++; // \$ is a dollar sign, not a delimiter
        }
        return -1;
    }

    /// <summary>
    /// Splits a display at its top-level \\ (an optional [2pt] after it is dropped). A line that continues the
    /// expression of the line before it (see <see cref="ContinuationLines"/>) is joined to it, the \\ between
    /// them blanked, so that one formula broken over lines is read as one statement.
    /// </summary>
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
            if (result.Count > 0 && ContinuationLines.Continues(result[^1].Text, piece))
            {
                var previous = result[^1];
                var gapStart = previous.Offset - baseOffset + previous.Text.Length;
                // The line break and its spacing ([2pt]) between the two lines are layout: blanked, offsets kept.
                var gap = content[gapStart..from].Select(ch => ch == '\n' ? ch : ' ');
                result[^1] = previous with { Text = previous.Text + string.Concat(gap) + piece };
                return;
            }
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
