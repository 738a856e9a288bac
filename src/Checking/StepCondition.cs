using System.Text.RegularExpressions;

namespace Ift6135.Sym.Checking;

/// <summary>
/// The condition a step's note states: "g(z) = 0 \quad \text{for } bz + c \le 0", "\text{if $x > 0$}", or the hypothesis it rests on,
/// "1 + f'(z) > 0 \quad \text{since } f'(z) > -1". Piecewise reasoning (a ReLU, an absolute value) writes each case so; read for
/// every value, the step was refuted by a point outside its case. ("with" is no such word: "with equality iff a = b" states no case.) The relation
/// after the word is the step's own assumption, as "% case:" is an environment's. "for some" (<see cref="ExistentialClaim"/>) and
/// "for all" state no condition.
/// </summary>
internal static partial class StepCondition
{
    [GeneratedRegex(@"^\s*(for|if|when|whenever|where|provided(\s+that)?|as\s+long\s+as|assuming|on|since|because|given(\s+that)?)\s+(?<condition>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Lead();

    [GeneratedRegex(@"^(some|all|every|each|any)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantifier();

    /// <summary>The condition's LaTeX (without $ signs) when the note starts with a word that states one and holds a relation; else null.</summary>
    public static string? Of(string? note)
    {
        // "(since $x \ge 0$)": the parentheses around a note are no part of it.
        var text = note?.Trim();
        if (text is ['(', .., ')']) text = text[1..^1];
        if (text is null || Lead().Match(text) is not { Success: true } match) return null;
        // "x \ge 0 \text{ and } y \ge 0", "$x \ge 0$ and $y > 1$": conditions joined by "and" are a list of them, as "% assume:" reads one.
        var condition = And().Replace(match.Groups["condition"].Value.Replace("$", " ", StringComparison.Ordinal), ", ");
        condition = Spacing().Replace(condition, " ").Replace(" ,", ",", StringComparison.Ordinal).Trim().TrimEnd('.', ';', ',').Trim();
        return condition.Length == 0 || Quantifier().IsMatch(condition) || !DerivationChecker.MayHoldRelation(condition) ? null : condition;
    }

    [GeneratedRegex(@"\\text\s*\{\s*and\s*\}|\band\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex And();

    [GeneratedRegex(@"\\(quad|qquad|[,;:!])|\s+")]
    private static partial Regex Spacing();
}
