namespace Ift6135.Sym.Symbolic.Printing;

/// <summary>
/// The notation of probability for undefined functions, by naming convention:
/// an expectation <c>E_q(X)</c> prints as <c>\mathbb{E}_{q}[X]</c>; a divergence <c>D_KL(a, b)</c> as
/// <c>D_{\mathrm{KL}}(a \| b)</c>; a name with a bar, <c>p|x</c>, is a conditional density and
/// <c>p|x(z)</c> prints as <c>p(z \mid x)</c>, and <c>p|1(z, x)</c> (the checker's reading, with the count of
/// arguments before the bar) too. A name or a condition that is already LaTeX (it holds
/// a backslash or a brace, as <c>\tilde{q}</c> or <c>z_{2:K}</c>) is written as it is.
/// </summary>
internal static partial class ProbabilityNotation
{
    public const string Divergence = "D_KL";

    /// <summary>The LaTeX of the application, or null when the name follows none of the conventions.</summary>
    public static string? Print(string name, IReadOnlyList<int> orders, IReadOnlyList<string> args, Func<string, bool> isTall)
    {
        if (orders.Any(o => o > 0)) return null;
        if (Rewriting.Integrals.Parts(name) is var (lower, upper, variable) && args.Count == 1)
        {
            var bounds = (lower.Length > 0 ? $"_{{{lower}}}" : "") + (upper.Length > 0 ? $"^{{{upper}}}" : "");
            return $@"\int{bounds} {args[0]} \, d{variable}";
        }
        if (IsExpectation(name) && args.Count == 1)
        {
            var under = name.Length > 2 ? $"_{{{Under(name[2..])}}}" : "";
            return isTall(args[0]) ? $@"\mathbb{{E}}{under}\left[{args[0]}\right]" : $@"\mathbb{{E}}{under}[{args[0]}]";
        }
        if (name == Divergence && args.Count == 2)
        {
            var inner = $@"{args[0]} \| {args[1]}";
            return isTall(inner) ? $@"D_{{\mathrm{{KL}}}}\left({inner}\right)" : $@"D_{{\mathrm{{KL}}}}({inner})";
        }
        var bar = name.IndexOf('|', StringComparison.Ordinal);
        if (bar > 0)
        {
            // The checker's reading of p(z, w | x): the name p|2 with the arguments z, w, x (the bar after the first 2).
            var inner = int.TryParse(name[(bar + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var before) && before > 0 && before < args.Count
                ? $@"{string.Join(", ", args.Take(before))} \mid {string.Join(", ", args.Skip(before))}"
                : $@"{string.Join(", ", args)} \mid {Part(name[(bar + 1)..])}";
            var head = Head(name[..bar]);
            return isTall(inner) ? $@"{head}\left({inner}\right)" : $"{head}({inner})";
        }
        return IsLatex(name) ? $"{name}({string.Join(", ", args)})" : null;
    }

    /// <summary>What an expectation is over: q, or q(\cdot \mid x) for the name E_q|x (the checker's, over a conditional density).</summary>
    private static string Under(string text)
    {
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 ? $@"{Head(text[..bar])}(\cdot \mid {text[(bar + 1)..]})" : Part(text);
    }

    /// <summary>
    /// Whether the name is an expectation's, E or E_q, or an integral's (<see cref="Rewriting.Integrals"/>): both are linear
    /// functionals of their one argument, read and kept alike.
    /// </summary>
    public static bool IsExpectation(string name) => Rewriting.Integrals.Parts(name) is not null || IsExpectationOnly(name);

    private static bool IsExpectationOnly(string name) => name == "E" || name.StartsWith("E_", StringComparison.Ordinal);

    /// <summary>The name a reader sees for the function itself: p for p|x, \tilde{q} as it is.</summary>
    public static string Head(string name)
    {
        var bar = name.IndexOf('|', StringComparison.Ordinal);
        var head = bar > 0 ? name[..bar] : name;
        return IsLatex(head) ? head : LatexNames.FunctionName(head);
    }

    private static bool IsLatex(string text) => text.Contains('\\', StringComparison.Ordinal) || text.Contains('{', StringComparison.Ordinal);

    /// <summary>A subscript or a condition: LaTeX as it is (a command glued to a letter separated again), else names separated by commas.</summary>
    private static string Part(string text) =>
        IsLatex(text) ? Unglued(text) : string.Join(", ", text.Split(',').Select(t => LatexNames.Identifier(t.Trim())));

    /// <summary>
    /// The reader keeps a subscript without its spaces, so z \sim q comes back as z\simq, which LaTeX reads as the
    /// unknown command \simq: a word that is no command but starts with one is split after that command.
    /// </summary>
    private static string Unglued(string text) => CommandWord().Replace(text, m =>
    {
        var word = m.Groups[1].Value;
        if (Parsing.Latex.CommandTable.Find(word) is not null) return m.Value;
        for (var n = word.Length - 1; n > 0; n--)
            if (Parsing.Latex.CommandTable.Find(word[..n]) is not null) return $@"\{word[..n]} {word[n..]}";
        return m.Value;
    });

    [System.Text.RegularExpressions.GeneratedRegex(@"\\([a-zA-Z]+)")]
    private static partial System.Text.RegularExpressions.Regex CommandWord();
}
