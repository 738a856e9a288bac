namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>
/// Turns a formula into tokens. Letters are single tokens (LaTeX math reads xy as x times y), digit
/// runs are numbers, control sequences are looked up in <see cref="CommandTable"/>: text-like commands
/// take their braced argument raw (so \text{for all $x$} is never parsed as math), layout commands
/// become <see cref="LatexTokenKind.Space"/>. Delimiter synonyms (\lvert, \vert, \mid) are normalized.
/// </summary>
public static class LatexScanner
{
    public static IReadOnlyList<LatexToken> Scan(LatexSource source)
    {
        var text = source.Text;
        var tokens = new List<LatexToken>();
        var k = 0;
        while (k < text.Length)
        {
            var c = text[k];
            if (char.IsWhiteSpace(c)) { k++; continue; }
            if (c == '%')
            {
                // A comment runs to the end of its line.
                while (k < text.Length && text[k] != '\n') k++;
                continue;
            }
            var start = k;
            if (char.IsAsciiDigit(c) || (c == '.' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1])))
            {
                k = ScanNumber(text, k);
                tokens.Add(Make(source, LatexTokenKind.Number, text[start..k], start, k));
            }
            else if (char.IsAsciiLetter(c) && source.GreekWords && GreekWordAt(text, k) is { } greek)
            {
                k += greek.Length;
                tokens.Add(Make(source, LatexTokenKind.Command, greek, start, k));
            }
            else if (PlainKlAt(text, k))
            {
                k += 2;
                tokens.Add(Make(source, LatexTokenKind.Command, "KL", start, k));
            }
            else if (char.IsAsciiLetter(c))
            {
                k++;
                tokens.Add(Make(source, LatexTokenKind.Letter, c.ToString(), start, k));
            }
            else if (c == '\\') k = ScanCommand(source, k, tokens);
            else if (c == '~')
            {
                k++;
                tokens.Add(Make(source, LatexTokenKind.Space, c.ToString(), start, k));
            }
            else
            {
                k++;
                tokens.Add(Make(source, LatexTokenKind.Char, c.ToString(), start, k));
            }
        }
        tokens.Add(Make(source, LatexTokenKind.End, "", text.Length, text.Length));
        return tokens;
    }

    /// <summary>
    /// KL(q \| p) typed in plain letters, as \mathrm{KL}(q \| p) is read: the word KL alone, then brackets that hold the divergence's
    /// separator (\| or ||) at their own level. K times L times a norm (q \| p) reads as nothing, and was an input error.
    /// </summary>
    private static bool PlainKlAt(string text, int k)
    {
        if (string.CompareOrdinal(text, k, "KL", 0, 2) != 0 || (k > 0 && (char.IsAsciiLetter(text[k - 1]) || text[k - 1] is '_' or '^'))) return false;
        var open = k + 2;
        while (open < text.Length && char.IsWhiteSpace(text[open])) open++;
        if (open >= text.Length || text[open] is not ('(' or '[')) return false;
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] is '(' or '[' or '{') depth++;
            else if (text[i] is ')' or ']' or '}' && --depth == 0) return false;
            else if (depth == 1 && (string.CompareOrdinal(text, i, "\\|", 0, 2) == 0 || string.CompareOrdinal(text, i, "||", 0, 2) == 0)) return true;
        }
        return false;
    }

    /// <summary>The Greek letter's name that is the whole word starting at <paramref name="k"/> (alpha, not the a of "alphabet"), or null.</summary>
    private static string? GreekWordAt(string text, int k)
    {
        if (k > 0 && char.IsAsciiLetter(text[k - 1])) return null;
        var end = k;
        while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
        var word = text[k..end];
        return word.Length >= 2 && CommandTable.IsGreek(word) ? word : null;
    }

    private static int ScanNumber(string text, int k)
    {
        var seenDot = false;
        while (k < text.Length && (char.IsAsciiDigit(text[k]) || (text[k] == '.' && !seenDot && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1]))))
        {
            if (text[k] == '.') seenDot = true;
            k++;
        }
        return k;
    }

    private static int ScanCommand(LatexSource source, int k, List<LatexToken> tokens)
    {
        var text = source.Text;
        var start = k;
        k++;
        if (k >= text.Length) throw source.Error("a command name after '\\'", start, k);
        string name;
        if (char.IsAsciiLetter(text[k]))
        {
            while (k < text.Length && char.IsAsciiLetter(text[k])) k++;
            name = text[(start + 1)..k];
        }
        else name = text[k++].ToString();

        if (name == "\\")
        {
            tokens.Add(Make(source, LatexTokenKind.Command, "\\", start, k));
            return k;
        }
        switch (name)
        {
            case "left" or "right" or "middle":
                // The size of a delimiter means nothing to the value; \left. is no delimiter at all.
                var after = k;
                while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
                if (after < text.Length && text[after] == '.') k = after + 1;
                tokens.Add(Make(source, LatexTokenKind.Space, name, start, k));
                return k;
            case "lvert" or "rvert" or "vert" or "mid":
                tokens.Add(Make(source, LatexTokenKind.Char, "|", start, k));
                return k;
            case "lVert" or "rVert" or "Vert":
                tokens.Add(Make(source, LatexTokenKind.Command, "|", start, k));
                return k;
            case "stackrel" or "overset":
                return StackedRelation(source, start, k, name, tokens);
            case "lbrace":
                tokens.Add(Make(source, LatexTokenKind.Command, "{", start, k));
                return k;
            case "rbrace":
                tokens.Add(Make(source, LatexTokenKind.Command, "}", start, k));
                return k;
        }
        var info = CommandTable.Find(name);
        if (info is { Category: CommandCategory.Text })
        {
            var (content, end) = BracedArgument(source, k, name);
            // \text{KL}(q \| p): the divergence's name set in text, as \mathrm{KL} is (a note otherwise, and (q \| p) a norm).
            if (content.Trim() == "KL" && source.Text.AsSpan(end).TrimStart() is ['(' or '[', ..])
                tokens.Add(Make(source, LatexTokenKind.Command, "KL", start, end));
            else
                tokens.Add(Make(source, name is "label" or "tag" or "hspace" or "vspace" or "phantom" ? LatexTokenKind.Space : LatexTokenKind.Text, content, start, end));
            return end;
        }
        if (info is { Category: CommandCategory.Space })
        {
            tokens.Add(Make(source, LatexTokenKind.Space, name, start, k));
            return k;
        }
        tokens.Add(Make(source, LatexTokenKind.Command, name, start, k));
        return k;
    }

    /// <summary>
    /// \stackrel{\text{def}}{=} (or \overset) marks a definition, read as \coloneqq; a note over another
    /// relation (\stackrel{(a)}{=}) is that relation, the note kept as a justification.
    /// </summary>
    private static int StackedRelation(LatexSource source, int start, int k, string name, List<LatexToken> tokens)
    {
        var (note, afterNote) = BracedArgument(source, k, name);
        var (relation, end) = BracedArgument(source, afterNote, name);
        var written = relation.Trim();
        var plain = note.Replace(@"\text", "").Replace(@"\mathrm", "").Replace("{", "").Replace("}", "").Trim();
        if (written == "=" && plain is "def" or "Δ" or ":" or @"\triangle")
        {
            tokens.Add(Make(source, LatexTokenKind.Command, "coloneqq", start, end));
            return end;
        }
        if (written is "=" or "<" or ">" || (written.StartsWith('\\') && CommandTable.Find(written[1..]) is { Category: CommandCategory.Relation }))
        {
            tokens.Add(Make(source, LatexTokenKind.Text, plain, start, afterNote));
            tokens.Add(written.Length == 1
                ? Make(source, LatexTokenKind.Char, written, afterNote, end)
                : Make(source, LatexTokenKind.Command, written[1..], afterNote, end));
            return end;
        }
        throw source.Error($"a relation under \\{name} (=, \\le, ...), found '{written}'", start, end);
    }

    /// <summary>The raw content of a {...} argument (balanced braces), and the offset just after it.</summary>
    private static (string Content, int End) BracedArgument(LatexSource source, int k, string command)
    {
        var text = source.Text;
        while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
        if (k >= text.Length || text[k] != '{') throw source.Error($"'{{' after \\{command}", k, k + 1);
        var open = k;
        var depth = 0;
        for (; k < text.Length; k++)
        {
            if (text[k] == '\\') { k++; continue; }
            if (text[k] == '{') depth++;
            else if (text[k] == '}' && --depth == 0) return (text[(open + 1)..k], k + 1);
        }
        throw source.Error($"a closing '}}' for the argument of \\{command}", open, open + 1);
    }

    private static LatexToken Make(LatexSource source, LatexTokenKind kind, string text, int start, int end) =>
        new(kind, text, start, end, source.SpanOf(start, end));
}
