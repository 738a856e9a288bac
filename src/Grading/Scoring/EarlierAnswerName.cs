using System.Text.RegularExpressions;

namespace Ift6135.Sym.Grading.Scoring;

/// <summary>
/// An earlier answer given the name the key gives its value (<see cref="Kit.PartKey.ValueName"/>): the bare matrix of q6.1,
/// as the template asks for it, becomes "A := matrix" for the derivation of q6.3, which writes det(A - \lambda I). Without
/// it A was unknown there and every step about it undecided, so a student who followed the template lost the key step.
/// </summary>
internal static partial class EarlierAnswerName
{
    /// <summary>The body with "name :=" after its first math opener ($ or \[), unless it names the value itself or has no math.</summary>
    public static string Given(string body, string name)
    {
        if (DerivationText.DefinedNames(body).Contains(name, StringComparer.Ordinal)) return body;
        var opener = Opener().Match(body);
        return opener.Success ? body.Insert(opener.Index + opener.Length, $"{name} := ") : body;
    }

    // The first $ that is not $$ (a display $$ opens the same way), or \[.
    [GeneratedRegex(@"\\\[|(?<!\$)\$(?!\$)|\$\$")]
    private static partial Regex Opener();
}
