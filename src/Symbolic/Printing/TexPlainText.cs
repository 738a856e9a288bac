using System.Buffers;
using System.Text;

namespace Ift6135.Sym.Symbolic.Printing;

/// <summary>
/// Plain text made safe for TeX: every special character is escaped, so text from parameter files
/// or messages can never inject commands. Characters outside Latin-1 are written as TeX when they are Greek letters or the
/// mathematical signs of the engine's messages, and replaced by '?' otherwise rather than reaching pdflatex, which would stop on them. Here, beside the LaTeX printer, so that every
/// writer of TeX (the solutions, the kit, the check report) escapes text the same way.
/// </summary>
public static class TexPlainText
{
    public static string Escape(string text) => Replaced(text, PlainInText, EscapeOf);

    /// <summary>What <paramref name="ch"/> becomes in running text, or null when it stands for itself.</summary>
    private static string? EscapeOf(char ch) => ch switch
    {
        '\\' => @"\textbackslash{}",
        '{' => @"\{",
        '}' => @"\}",
        '$' => @"\$",
        '&' => @"\&",
        '#' => @"\#",
        '%' => @"\%",
        '_' => @"\_",
        '^' => @"\textasciicircum{}",
        '~' => @"\textasciitilde{}",
        '<' => @"\textless{}",
        '>' => @"\textgreater{}",
        '|' => @"\textbar{}",
        '"' => "''",
        '\r' => "",
        '\n' => " ",
        '\t' => " ",
        _ when ch < ' ' => "",
        _ when ch > '\u00ff' => Symbols.GetValueOrDefault(ch, "?"),
        _ => null,
    };

    /// <summary>
    /// The characters outside Latin-1 that the engine's own messages write (σ'(x), a ≤ b, ⇒, ×), as the TeX that prints them:
    /// they came out as '?' in the feedback and check reports ("bz + c ? 0"). Fixed strings, so no text can inject a command.
    /// </summary>
    private static readonly Dictionary<char, string> Symbols = BuildSymbols();

    private static Dictionary<char, string> BuildSymbols()
    {
        var math = new Dictionary<char, string>
        {
            ['α'] = "alpha", ['β'] = "beta", ['γ'] = "gamma", ['δ'] = "delta", ['ε'] = "epsilon", ['ζ'] = "zeta", ['η'] = "eta",
            ['θ'] = "theta", ['ι'] = "iota", ['κ'] = "kappa", ['λ'] = "lambda", ['μ'] = "mu", ['ν'] = "nu", ['ξ'] = "xi", ['π'] = "pi",
            ['ρ'] = "rho", ['ς'] = "varsigma", ['σ'] = "sigma", ['τ'] = "tau", ['υ'] = "upsilon", ['φ'] = "phi", ['χ'] = "chi",
            ['ψ'] = "psi", ['ω'] = "omega", ['Γ'] = "Gamma", ['Δ'] = "Delta", ['Θ'] = "Theta", ['Λ'] = "Lambda", ['Ξ'] = "Xi",
            ['Π'] = "Pi", ['Σ'] = "Sigma", ['Υ'] = "Upsilon", ['Φ'] = "Phi", ['Ψ'] = "Psi", ['Ω'] = "Omega",
            ['≤'] = "le", ['≥'] = "ge", ['≠'] = "ne", ['≈'] = "approx", ['⇒'] = "Rightarrow", ['⇔'] = "Leftrightarrow", ['⇐'] = "Leftarrow",
            ['→'] = "to", ['↦'] = "mapsto", ['×'] = "times", ['∈'] = "in", ['∂'] = "partial", ['∞'] = "infty", ['∇'] = "nabla",
            ['∑'] = "sum", ['∏'] = "prod", ['∫'] = "int", ['⊙'] = "odot", ['∘'] = "circ", ['√'] = "surd", ['‖'] = "|", ['·'] = "cdot",
        };
        var symbols = math.ToDictionary(kv => kv.Key, kv => $@"\ensuremath{{\{kv.Value}}}");
        foreach (var (ch, text) in new Dictionary<char, string> { ['…'] = @"\ldots{}", ['–'] = "--", ['—'] = "---", ['‘'] = "`", ['’'] = "'", ['“'] = "``", ['”'] = "''", ['−'] = "-" })
            symbols[ch] = text;
        return symbols;
    }

    /// <summary>
    /// Each character of <paramref name="text"/> that <paramref name="replacement"/> maps replaced: most titles and
    /// labels have none and are returned as they are rather than copied character by character. The runs of characters
    /// that stand for themselves (<paramref name="plain"/>) are found by a vectorized search and copied whole: the running
    /// text of the solutions is escaped piece by piece, and a delegate call per character showed in profiles of solve.
    /// </summary>
    private static string Replaced(string text, SearchValues<char> plain, Func<char, string?> replacement)
    {
        var rest = text.AsSpan();
        var run = rest.IndexOfAnyExcept(plain);
        if (run < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        while (run >= 0)
        {
            sb.Append(rest[..run]);
            var ch = rest[run];
            if (replacement(ch) is { } replaced) sb.Append(replaced);
            else sb.Append(ch);
            rest = rest[(run + 1)..];
            run = rest.IndexOfAnyExcept(plain);
        }
        return sb.Append(rest).ToString();
    }

    /// <summary>
    /// The Latin-1 characters <paramref name="replacement"/> leaves as they are, made from the mapping itself so that the two
    /// cannot disagree (a character outside the set only takes the slower path through the mapping).
    /// </summary>
    private static SearchValues<char> StandingForThemselves(Func<char, string?> replacement)
    {
        var plain = new List<char>();
        for (var ch = '\0'; ch <= '\u00ff'; ch++)
            if (replacement(ch) is null) plain.Add(ch);
        return SearchValues.Create(plain.ToArray());
    }

    private static readonly SearchValues<char> PlainInText = StandingForThemselves(EscapeOf);

    private static readonly SearchValues<char> PlainInComment = StandingForThemselves(CommentOf);

    /// <summary>Text for a TeX comment: one line (line breaks become spaces), control characters dropped, outside Latin-1 '?'.</summary>
    public static string Comment(string text) => Replaced(text, PlainInComment, CommentOf).Trim();

    /// <summary>What <paramref name="ch"/> becomes in a comment, or null when it stands for itself.</summary>
    private static string? CommentOf(char ch) => ch switch
    {
        '\r' or '\n' or '\t' => " ",
        _ when ch < ' ' => "",
        _ when ch > '\u00ff' => "?",
        _ => null,
    };
}
