using System.Text;
using System.Text.RegularExpressions;

namespace Ift6135.Sym.Grading.Reading;

/// <summary>
/// A piece of a submission's text that remembers where each of its characters was in the document, so that
/// an error found in what is left after trimming, unwrapping and splitting a field is still reported at the
/// student's file:line:column. <see cref="Places"/> has one entry more than <see cref="Text"/>: the place just
/// after its last character (where "found the end of the formula" points).
/// </summary>
public sealed class MappedText
{
    private readonly (int Line, int Column)[] places;

    private MappedText(string text, (int, int)[] places) => (Text, this.places) = (text, places);

    public string Text { get; }

    public IReadOnlyList<(int Line, int Column)> Places => places;

    public override string ToString() => Text;

    /// <summary>A text whose first character is at document <paramref name="line"/>:<paramref name="column"/> (both 1-based).</summary>
    public static MappedText At(string text, int line, int column)
    {
        var places = new (int, int)[text.Length + 1];
        for (var k = 0; k <= text.Length; k++)
        {
            places[k] = (line, column);
            if (k < text.Length && text[k] == '\n') (line, column) = (line + 1, 1);
            else column++;
        }
        return new MappedText(text, places);
    }

    /// <summary>The document place of character <paramref name="index"/> (the end place for an index past the text).</summary>
    public (int Line, int Column) PlaceOf(int index) => places[Math.Clamp(index, 0, Text.Length)];

    /// <summary>The document place of a 1-based line and column within <see cref="Text"/> (as a parser of this text reports it).</summary>
    public (int Line, int Column) PlaceOf(int line, int column)
    {
        var index = 0;
        for (var l = 1; l < line && index < Text.Length; l++)
        {
            var next = Text.IndexOf('\n', index);
            if (next < 0) return PlaceOf(Text.Length);
            index = next + 1;
        }
        return PlaceOf(index + column - 1);
    }

    /// <summary>Characters [start, end); the end place is that of the character at end.</summary>
    public MappedText Slice(int start, int end) => new(Text[start..end], places[start..(end + 1)]);

    public MappedText Trim()
    {
        var start = 0;
        while (start < Text.Length && char.IsWhiteSpace(Text[start])) start++;
        var end = Text.Length;
        while (end > start && char.IsWhiteSpace(Text[end - 1])) end--;
        return Slice(start, end);
    }

    public MappedText TrimEnd(params char[] chars)
    {
        var end = Text.Length;
        while (end > 0 && chars.Contains(Text[end - 1])) end--;
        return Slice(0, end);
    }

    public bool StartsWith(string s) => Text.StartsWith(s, StringComparison.Ordinal);

    public bool EndsWith(string s) => Text.EndsWith(s, StringComparison.Ordinal);

    /// <summary>Every occurrence of <paramref name="old"/> replaced; the new characters are placed where the old ones began.</summary>
    public MappedText Replace(string old, string replacement) =>
        Replace(new Regex(Regex.Escape(old), RegexOptions.CultureInvariant), _ => replacement);

    /// <summary>Every match replaced by what <paramref name="replacement"/> gives; its characters are placed where the match began.</summary>
    public MappedText Replace(Regex pattern, Func<Match, string> replacement)
    {
        var text = new StringBuilder(Text.Length);
        var kept = new List<(int, int)>(places.Length);
        var at = 0;
        foreach (Match m in pattern.Matches(Text))
        {
            Copy(at, m.Index);
            foreach (var c in replacement(m)) { text.Append(c); kept.Add(places[m.Index]); }
            at = m.Index + m.Length;
        }
        Copy(at, Text.Length);
        kept.Add(places[Text.Length]);
        return new MappedText(text.ToString(), [.. kept]);

        void Copy(int from, int to)
        {
            text.Append(Text, from, to - from);
            for (var k = from; k < to; k++) kept.Add(places[k]);
        }
    }
}
