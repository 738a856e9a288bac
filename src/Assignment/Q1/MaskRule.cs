namespace Ift6135.Sym.Assignment.Q1;

/// <summary>Why a mask rule could not be read; <see cref="Column"/> is 1-based within the rule text.</summary>
public sealed class MaskRuleException(string message, int column) : Exception(message)
{
    public int Column { get; } = column;
}

/// <summary>
/// A mask rule such as "i = 2 and j &lt;= 2": a conjunction of comparisons of the kernel row i or
/// column j with an integer. A mask is 1 where any of its rules holds.
/// </summary>
public sealed class MaskRule
{
    private readonly IReadOnlyList<(char Variable, string Operator, int Value)> conditions;

    private MaskRule(IReadOnlyList<(char, string, int)> conditions) => this.conditions = conditions;

    public bool Holds(int i, int j) => conditions.All(c => Compare(c.Variable == 'i' ? i : j, c.Operator, c.Value));

    public static MaskRule Parse(string text)
    {
        var tokens = Tokenize(text);
        var conditions = new List<(char, string, int)>();
        var k = 0;
        while (true)
        {
            var v = Expect(tokens, k++, text, t => t.Text is "i" or "j", "the kernel row i or column j");
            var op = Expect(tokens, k++, text, t => t.Text is "=" or "==" or "!=" or "<" or "<=" or ">" or ">=", "a comparison (=, <, <=, >, >=, !=)");
            var n = Expect(tokens, k++, text, t => int.TryParse(t.Text, out _), "an integer");
            conditions.Add((v.Text[0], op.Text, int.Parse(n.Text)));
            if (k == tokens.Count) return new MaskRule(conditions);
            Expect(tokens, k++, text, t => t.Text == "and", "'and' or the end of the rule");
        }
    }

    private static (string Text, int Column) Expect(List<(string Text, int Column)> tokens, int k, string text, Func<(string Text, int Column), bool> ok, string what)
    {
        if (k >= tokens.Count) throw new MaskRuleException($"expected {what} at the end of the mask rule \"{text}\"", text.Length + 1);
        if (!ok(tokens[k])) throw new MaskRuleException($"expected {what}, found \"{tokens[k].Text}\" in the mask rule \"{text}\"", tokens[k].Column);
        return tokens[k];
    }

    private static List<(string Text, int Column)> Tokenize(string text)
    {
        var tokens = new List<(string, int)>();
        var p = 0;
        while (p < text.Length)
        {
            if (char.IsWhiteSpace(text[p])) { p++; continue; }
            var start = p;
            if (char.IsLetterOrDigit(text[p]) || text[p] == '-')
                do p++; while (p < text.Length && char.IsLetterOrDigit(text[p]));
            else if ("=<>!".Contains(text[p]))
                do p++; while (p < text.Length && text[p] == '=');
            else throw new MaskRuleException($"unexpected character '{text[p]}' in the mask rule \"{text}\"", p + 1);
            tokens.Add((text[start..p], start + 1));
        }
        return tokens;
    }

    private static bool Compare(int x, string op, int v) => op switch
    {
        "=" or "==" => x == v,
        "!=" => x != v,
        "<" => x < v,
        "<=" => x <= v,
        ">" => x > v,
        _ => x >= v,
    };
}
