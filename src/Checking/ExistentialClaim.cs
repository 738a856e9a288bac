using System.Text.RegularExpressions;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Checking;

/// <summary>
/// A step whose justification says it holds "for some" value (the mean value theorem's c, an intermediate
/// point): an existential claim. The checker reads free names as universal, so such a step, true for the
/// right c, would be refuted at an arbitrary c; and a counterexample at one value refutes nothing about
/// "some" value. So a step that holds for every value stays valid, and one refuted at a point becomes
/// unknown: whether some value makes it hold is left to a teaching assistant. Its chain's conclusion,
/// which rests on it, is weakened the same way.
/// </summary>
internal static partial class ExistentialClaim
{
    [GeneratedRegex(@"\bfor\s+some\b|\bthere\s+(exists?|is|are)\b|\bexists?\b|\\exists\b|\bsome\s+\S+\s+(in|between)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    /// <summary>Whether the justification written on a step's line says the step holds for some value.</summary>
    public static bool Says(string? justification) => justification is not null && Marker().IsMatch(justification);

    /// <summary>The outcome of an existential step (or of a conclusion resting on one): a refutation becomes unknown.</summary>
    public static StepOutcome Weaken(StepOutcome outcome, string justification) =>
        outcome.Status == StepStatus.Invalid
            ? StepOutcome.Unknown($"an existential claim (\"{justification.Trim()}\"): it does not hold for every value, and " +
                "whether some value makes it hold is not decided; a teaching assistant should look, or mark the step '% argued: ...'")
            : outcome;
}
