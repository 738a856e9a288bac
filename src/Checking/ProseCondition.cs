namespace Ift6135.Sym.Checking;

/// <summary>
/// The words with which prose introduces a condition or a substitution rather than a claim: "with $z_0 = S^{-1}(z - \mu)$",
/// "for $K = 2$", "where $h = 1/(\alpha + r)$", "since $\partial V / \partial d = g$". An equation so introduced holds
/// where the text says, not for every value of its symbols, so it is not refuted by a point where it fails.
/// </summary>
public static class ProseCondition
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "with", "where", "let", "for", "given", "set", "setting", "put", "putting", "substituting", "using",
        "since", "because", "assuming", "if", "when", "whenever", "taking", "write", "writing",
        "take", "suppose", "supposing", "assume", "case", "unless",
    };

    // The words after which the equation says what to put for its left side in what follows.
    private static readonly HashSet<string> SubstitutionWords = new(StringComparer.Ordinal)
    {
        "with", "where", "let", "given", "set", "setting", "put", "putting", "substituting", "using", "taking", "write", "writing", "take",
    };

    /// <summary>Whether <paramref name="word"/> (from <see cref="IntroducedBy"/>) introduces a substitution ("with", "where"), not only a condition ("for", "since").</summary>
    public static bool Substitutes(string word) => SubstitutionWords.Contains(word);

    // The words that draw a conclusion: after one, the formula is a claim whatever the sentence said before it.
    private static readonly HashSet<string> ConclusionWords = new(StringComparer.Ordinal)
    {
        "so", "hence", "thus", "therefore", "then", "consequently", "gives", "giving", "yields", "get", "obtain",
    };

    // The words that name what follows: "Define $f(r) = ..$", "denote by $h$ .."; the equation after one is a definition, even
    // of a name declared before (the template's "% function: f" does not make a student's own f a claim to refute).
    private static readonly HashSet<string> DefinitionWords = new(StringComparer.Ordinal)
    {
        "define", "defining", "denote", "denoting",
    };

    /// <summary>Whether the last word of <paramref name="lead"/> that introduces, concludes or names is one that names ("define", "denote").</summary>
    public static bool Defines(string lead) => Tokens(lead) is var tokens && LastMarked(tokens) is var at and >= 0 && DefinitionWords.Contains(tokens[at]);

    /// <summary>The words of <paramref name="lead"/>, lower case, and a "$" for each formula of its sentence before the one it leads to.</summary>
    private static List<string> Tokens(string lead) =>
        System.Text.RegularExpressions.Regex.Matches(lead.ToLowerInvariant(), @"[a-z]+|\$").Select(m => m.Value).ToList();

    /// <summary>Where the last word that introduces, concludes or names stands in <paramref name="tokens"/>; -1 when none does.</summary>
    private static int LastMarked(List<string> tokens) =>
        tokens.FindLastIndex(w => Words.Contains(w) || ConclusionWords.Contains(w) || DefinitionWords.Contains(w));

    /// <summary>
    /// The last such word of <paramref name="lead"/> (the prose before an inline formula), or null; null too when a word drawing a
    /// conclusion or naming comes after it ("the Jacobian is diagonal with entries $\sigma_k$, so $|\det J| = ..$" states a claim), and
    /// when other words stand between it (or the last formula after it) and the formula: "Using the product rule, $f'(x) = ..$" and
    /// "Since the weights are positive, $s(z) > 0$" state claims (a wrong one escaped, not checked); "using $z_0 = ..$", "since $x > 0$"
    /// and "with $a = 1$ and $b = 2$" do not.
    /// </summary>
    public static string? IntroducedBy(string lead)
    {
        var tokens = Tokens(lead);
        if (LastMarked(tokens) is not (var at and >= 0) || !Words.Contains(tokens[at])) return null;
        var after = tokens.Skip(at + 1).ToList();
        return after.Skip(after.LastIndexOf("$") + 1).All(Linking.Contains) ? tokens[at] : null;
    }

    // Words that may stand between a condition word and its formula: "assuming that $x > 0$", "for all $k$", "with $a = 1$, $b = 2$ and
    // $c = 3$", "for the map $g$, i.e. $c = d$", "if moreover $f'(z) \ge -1 + \epsilon$" (refuted as a claim by f = 0).
    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal)
    {
        "that", "we", "the", "a", "an", "all", "any", "every", "each", "some", "now", "again", "also", "here", "and", "or", "i", "e",
        "moreover", "furthermore", "further", "additionally", "instead", "even",
    };
}
