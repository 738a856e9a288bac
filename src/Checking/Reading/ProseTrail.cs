using System.Text.RegularExpressions;

namespace Ift6135.Sym.Checking.Reading;

/// <summary>
/// The condition an inline formula is stated under when the prose writes it after the formula: "$f'(r) > 0$ for $r > 0$",
/// "$g(z) = 0$ when $bz + c \le 0$". Only a condition word (and "that", "as long as") between the two formulas, in one sentence:
/// the claim is then checked under the second formula, as a step is under its note's condition (<see cref="StepCondition"/>).
/// Read for every value, "$f'(r) > 0$ for $r > 0$" was unknown (f'(0) = 0 when beta = -alpha); a claim true only on its case, refuted.
/// </summary>
public static partial class ProseTrail
{
    /// <summary>"for $r > 0$" when the text from <paramref name="after"/> (just past an inline formula's closing $) is such a condition; else "".</summary>
    public static string After(string text, int after)
    {
        if (Trail().Match(text, after) is not { Success: true } m || m.Index != after) return "";
        return $"{m.Groups["word"].Value} ${m.Groups["formula"].Value}$";
    }

    [GeneratedRegex(@"\G[ \t]*(?:\r?\n[ \t]*)?(?<word>for|when|whenever|if|provided(?:\s+that)?|as\s+long\s+as)\s+\$(?<formula>[^$]+)\$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trail();
}
