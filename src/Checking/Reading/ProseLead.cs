namespace Ift6135.Sym.Checking.Reading;

/// <summary>
/// The prose that leads to an inline formula: the words of its sentence before it, back to the end of the sentence
/// before (., ;, :, ! or ? and a space; "i.e." and "e.g." do not end one), a blank line, or a closing brace or
/// bracket (a heading, an environment, a display). Inline formulas earlier in the sentence are kept as "$", so that
/// in "With $a = 1$, $b = 2$, and $c = 3$" each of the three is led by "With".
/// </summary>
public static class ProseLead
{
    private const int Longest = 300;

    public static string Before(string text, int open)
    {
        var words = new System.Text.StringBuilder();
        for (var k = open - 1; k >= 0 && open - k < Longest; k--)
        {
            var c = text[k];
            if (c == '$')
            {
                // An earlier inline formula of the sentence: skipped whole.
                var start = text.LastIndexOf('$', Math.Max(0, k - 1));
                if (start < 0 || k == 0) break;
                words.Insert(0, " $ ");
                k = start;
                continue;
            }
            if (c is '}' or ']' || (c == '\n' && EndsBlankLine(text, k))) break;
            if (c is '.' or ';' or ':' or '!' or '?' && k + 1 < text.Length && char.IsWhiteSpace(text[k + 1]) && !EndsAbbreviation(text, k)) break;
            words.Insert(0, c);
        }
        return words.ToString().Trim();
    }

    /// <summary>Whether the line before the newline at <paramref name="k"/> is blank (a paragraph ends there).</summary>
    private static bool EndsBlankLine(string text, int k)
    {
        for (var j = k - 1; j >= 0 && text[j] != '\n'; j--) if (!char.IsWhiteSpace(text[j])) return false;
        return true;
    }

    /// <summary>"i.e." and "e.g.": a full stop two characters after another ends no sentence.</summary>
    private static bool EndsAbbreviation(string text, int k) => k >= 2 && text[k - 2] == '.';
}
