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
        // \G anchors the match at the position given: only prose right after the formula.
        if (Trail().Match(text, after) is not { Success: true } m) return "";
        return $"{m.Groups["word"].Value} ${m.Groups["formula"].Value}$";
    }

    /// <summary>
    /// "if $x > 1$" when the text before <paramref name="open"/> (an inline formula's opening $) ends with a condition word, its formula
    /// and at most a comma and "then": "If $x > 1$, then $x^3 > 1$", "For $z_1 < z_2$, $g(z_2) > g(z_1)$", "Since $a > 0$, $ab > 0$".
    /// The formula after is the claim, checked under it: read alone, the first was refuted at x = -1, the second read as a condition too.
    /// Not "with" or "where", whose formulas are lists of substitutions ("With $a = 1$, $b = 2$").
    /// </summary>
    public static string Before(string text, int open)
    {
        var from = Math.Max(0, open - 400);
        // Most formulas follow words, not another formula: the regex (which tries every start in the window) only when one may.
        if (!AfterFormula().IsMatch(text.AsSpan(from, open - from))) return "";
        if (Premise().Match(text[from..open]) is not { Success: true } m) return "";
        // Several premises ("Given $r > 0$, since $\beta \ge -\alpha$,") are one condition, their relations joined by "and" (in the
        // order written: the match runs right to left).
        var formulas = m.Groups["formula"].Captures.OrderBy(c => c.Index).Select(c => $"${c.Value}$");
        return $"{m.Groups["word"].Captures.MinBy(c => c.Index)!.Value} {string.Join(" and ", formulas)}";
    }

    /// <summary>
    /// "for every $z \le -c/b$ we have": "for" bounded by a quantifier is the condition (not "for some", an existential claim); the words
    /// that lead to the claim after it ("then", "we have", "one gets", "it follows that"). Read alone, "For every $z \le -c/b$ we have
    /// $bz + c \le 0$" was refuted at z = 0.8 > -c/b.
    /// </summary>
    /// <para>
    /// Matched right to left from the formula: only a match ending there counts, and left to right the regex was tried from every
    /// position of the window (grade of 500 generated submissions took a quarter more CPU).
    /// </para>
    /// <para>
    /// The premise holds through its sentence: claims joined by "so", "hence", "thus", "therefore" after the first are read under it too
    /// ("For every $z \le -c/b$ we have $bz + c \le 0$, so $g(z) = a \max(0, bz + c) = 0$": the second was refuted at z above -c/b). And
    /// premises may follow one another ("Given $r &gt; 0$, since $\beta \ge -\alpha$,", "if $x &gt; 1$ and $y &gt; 1$,"): the first alone left
    /// r/(\alpha + r) &gt; 0 refuted at r = 0.
    /// </para>
    [GeneratedRegex(@"(?<![A-Za-z\\])" + PremiseWord + @"\s+\$(?<formula>[^$]+)\$(?:\s*(?:,\s*)?(?:and\s+(?:" + PremiseWord + @"\s+)?|" + PremiseWord + @"\s+)\$(?<formula>[^$]+)\$)*"
        + Lead + Carried + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Premise();

    private const string PremiseWord =
        @"(?:(?<word>for)(?:\s+(?:every|all|each|any))?|(?<word>if|when|whenever|provided(?:\s+that)?|as\s+long\s+as|since|because|given(?:\s+that)?|assuming(?:\s+that)?))";

    /// <summary>The claims of the premise's sentence before the one it leads to, each joined to the next by a word that concludes.</summary>
    private const string Carried = @"(?:\$[^$]+\$" + Concluding + ")*";

    /// <summary>A word that concludes, between two claims of one sentence (", so", "hence again").</summary>
    private const string Concluding = @"\s*(?:,\s*)?(?:so|hence|thus|therefore)\s*(?:,\s*)?(?:again\s+|also\s+)?";

    /// <summary>Whether the prose before a formula ends with another formula and at most <see cref="Lead"/> or a concluding word: only then may <see cref="Premise"/> match.</summary>
    [GeneratedRegex(@"\$(?:" + Lead + "|" + Concluding + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex AfterFormula();

    /// <summary>
    /// What may stand between a premise's formula and the claim's: a comma and a word that leads to the claim. Spaces and one comma are
    /// written \s*(?:,\s*)? and not \s*,?\s*: before a display the prose is often a run of blanked comment lines (the template's
    /// "% given:" lines), hundreds of spaces, and two adjacent \s* split them in quadratically many ways before failing (reading the
    /// documents took twice as long).
    /// </summary>
    private const string Lead = @"\s*(?:,\s*)?(?:then\s*(?:,\s*)?)?(?:(?:we\s+(?:have|get|obtain|find)|one\s+(?:has|gets)|it\s+follows\s+that)\s*(?:,\s*)?)?";

    [GeneratedRegex(@"\G[ \t]*(?:\r?\n[ \t]*)?(?<word>for|when|whenever|if|provided(?:\s+that)?|as\s+long\s+as)\s+\$(?<formula>[^$]+)\$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trail();
}
