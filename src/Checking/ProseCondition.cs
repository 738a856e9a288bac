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
        "since", "because", "assuming", "if", "when", "whenever", "taking",
    };

    // The words after which the equation says what to put for its left side in what follows.
    private static readonly HashSet<string> SubstitutionWords = new(StringComparer.Ordinal)
    {
        "with", "where", "let", "given", "set", "setting", "put", "putting", "substituting", "using", "taking",
    };

    /// <summary>Whether <paramref name="word"/> (from <see cref="IntroducedBy"/>) introduces a substitution ("with", "where"), not only a condition ("for", "since").</summary>
    public static bool Substitutes(string word) => SubstitutionWords.Contains(word);

    /// <summary>The last such word of <paramref name="lead"/> (the prose before an inline formula), or null.</summary>
    public static string? IntroducedBy(string lead)
    {
        var words = System.Text.RegularExpressions.Regex.Split(lead.ToLowerInvariant(), "[^a-z]+");
        return words.LastOrDefault(Words.Contains);
    }
}
