using System.Text.RegularExpressions;

namespace Ift6135.Sym.Grading.Reading;

/// <summary>
/// The text of one field inside an answer body. Fields are written "name: value" on their own line (the
/// value may continue on the next lines up to a blank line or the next field); a single-field answer may
/// also be the whole body. Comments are removed; math delimiters are kept (the parsers remove them).
/// </summary>
public static partial class FieldText
{
    /// <summary>The field's text, each character placed where it is in the document; null when absent.</summary>
    public static MappedText? Find(AnswerText answer, string field, bool onlyField, IReadOnlyCollection<string> allFields)
    {
        var lines = answer.Body.Split('\n').Select(StripComment).ToArray();
        for (var k = 0; k < lines.Length; k++)
        {
            var m = Label().Match(lines[k]);
            if (!m.Success || !string.Equals(m.Groups["name"].Value, field, StringComparison.OrdinalIgnoreCase)) continue;
            var parts = new List<string> { m.Groups["value"].Value };
            for (var j = k + 1; j < lines.Length; j++)
            {
                var next = Label().Match(lines[j]);
                // A label misspelt ("behavior:" for "behaviour:") starts the answer it names, not a line of this one.
                if (lines[j].Trim().Length == 0 || (next.Success && allFields.Any(f => Close(f, next.Groups["name"].Value.Trim())))) break;
                parts.Add(lines[j]);
            }
            // The value starts after "name:" on its line; the lines it continues on are whole lines.
            var value = MappedText.At(string.Join("\n", parts), answer.Line + k, ColumnOfLine(answer, k) + m.Groups["value"].Index);
            return Clean(value);
        }
        if (!onlyField) return null;
        return Clean(MappedText.At(string.Join("\n", lines), answer.Line, answer.Column));
    }

    /// <summary>The document column of the first character of the body's line <paramref name="k"/>: the body starts right after its \begin.</summary>
    private static int ColumnOfLine(AnswerText answer, int k) => k == 0 ? answer.Column : 1;

    /// <summary>A misspelt label: the same letters but one (inserted, dropped or changed), or one word of the name.</summary>
    public static bool Close(string name, string written)
    {
        var (a, b) = (name.ToLowerInvariant(), written.ToLowerInvariant());
        if (a.Split(' ').Contains(b) || b.Split(' ').Contains(a)) return true;
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var k = 0;
        while (k < shorter.Length && shorter[k] == longer[k]) k++;
        // Past the first difference the rest must match with one character skipped (or changed, for equal lengths).
        return shorter.Length == longer.Length
            ? shorter[(k + (k < shorter.Length ? 1 : 0))..] == longer[(k + (k < longer.Length ? 1 : 0))..]
            : shorter[k..] == longer[(k + 1)..];
    }

    /// <summary>
    /// The body with the lines of the named fields ("name: value") blanked, line count kept: what is left is
    /// the derivation, so an answer written inline is not read again as a step.
    /// </summary>
    public static string WithoutFields(string body, IReadOnlyCollection<string> fields)
    {
        var lines = body.Split('\n');
        for (var k = 0; k < lines.Length; k++)
        {
            var m = Label().Match(StripComment(lines[k]));
            if (m.Success && fields.Contains(m.Groups["name"].Value.Trim(), StringComparer.OrdinalIgnoreCase)) lines[k] = "";
        }
        return string.Join("\n", lines);
    }

    /// <summary>The "name:" labels written in the body (outside comments), each with its line in the document.</summary>
    public static IReadOnlyList<(string Name, int Line)> Labels(AnswerText answer) =>
        answer.Body.Split('\n').Select((l, k) => (Match: Label().Match(StripComment(l)), Line: answer.Line + k))
            .Where(x => x.Match.Success).Select(x => (x.Match.Groups["name"].Value.Trim(), x.Line)).ToArray();

    private static MappedText? Clean(MappedText text) => text.Trim() is { Text.Length: > 0 } t ? t : null;

    public static string StripComment(string line)
    {
        for (var k = 0; k < line.Length; k++)
        {
            if (line[k] == '\\') { k++; continue; }
            if (line[k] == '%') return line[..k];
        }
        return line;
    }

    /// <summary>Removes one pair of math delimiters around the whole text ($..$, \(..\), \[..\], $$..$$), and \displaystyle.</summary>
    public static string Unwrap(string text) => Unwrap(MappedText.At(text, 1, 1)).Text;

    /// <summary><see cref="Unwrap(string)"/>, each character kept at its place in the document.</summary>
    public static MappedText Unwrap(MappedText text)
    {
        var t = text.Trim();
        foreach (var (open, close) in new[] { ("$$", "$$"), ("$", "$"), (@"\[", @"\]"), (@"\(", @"\)") })
            if (t.Text.Length >= open.Length + close.Length && t.StartsWith(open) && t.EndsWith(close))
            {
                t = t.Slice(open.Length, t.Text.Length - close.Length).Trim();
                break;
            }
        return t.Replace(@"\displaystyle", "").Trim().TrimEnd('.', ',', ';').Trim();
    }

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z][A-Za-z ]*?)\s*:(?<value>.*)$")]
    private static partial Regex Label();
}
