using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Checking;

/// <summary>
/// The verdict of one comparison, before it is placed in a report. <see cref="KeepDetail"/>: the detail of a valid
/// outcome is part of the verdict (what a numeric check over functions tested) and is reported, not dropped.
/// </summary>
public sealed record StepOutcome(StepStatus Status, string? Method, int? Points, int? Seed, CounterexampleReport? Counterexample, string? Detail,
    bool KeepDetail = false)
{
    public static StepOutcome Unknown(string detail) => new(StepStatus.Unknown, null, null, null, null, detail);
    public static StepOutcome Invalid(string detail) => new(StepStatus.Invalid, null, null, null, null, detail);
    public static StepOutcome Error(string detail) => new(StepStatus.Error, null, null, null, null, detail);

    /// <summary>The detail of a step with a side that could not be read (its error is reported where it is).</summary>
    public const string UnreadableDetail = "a side could not be read (see the error reported at its place)";

    /// <summary>The detail of a step the document marks "% argued: TEXT" (TEXT is its justification).</summary>
    public const string ArguedDetail = "argued in the text, not checked";

    /// <summary>The detail of the conclusion of a chain with argued steps (it cannot be checked either).</summary>
    public const string ArguedConclusionDetail = "follows from argued steps, not checked";

    /// <summary>The detail of a chain's conclusion that follows from its verified steps.</summary>
    public const string TransitivityDetail = "follows from the verified steps by transitivity";

    /// <summary>Ranks methods from strongest to weakest: a chain of checks is only as strong as its weakest.</summary>
    public static int Strength(string? method) => method switch
    {
        "symbolic" => 3,
        "sign reasoning" => 2,
        "numeric" => 1,
        _ => 0,
    };

    /// <summary>All parts valid: valid with the weakest method; any invalid: that one; else unknown.</summary>
    public static StepOutcome Combine(IReadOnlyList<(StepOutcome Outcome, string? Label)> parts)
    {
        if (parts.FirstOrDefault(p => p.Outcome.Status == StepStatus.Error) is { Outcome: not null } error) return error.Outcome;
        if (parts.FirstOrDefault(p => p.Outcome.Status == StepStatus.Invalid) is { Outcome: not null } bad)
            return bad.Label is null ? bad.Outcome : bad.Outcome with { Detail = Join($"fails {bad.Label}", bad.Outcome.Detail) };
        if (parts.All(p => p.Outcome.Status == StepStatus.Valid))
        {
            var weakest = parts.MinBy(p => Strength(p.Outcome.Method)).Outcome;
            return weakest with { Detail = weakest.KeepDetail ? weakest.Detail : null };
        }
        var unknown = parts.First(p => p.Outcome.Status != StepStatus.Valid);
        return unknown.Label is null ? unknown.Outcome : unknown.Outcome with { Detail = Join($"undecided {unknown.Label}", unknown.Outcome.Detail) };
    }

    /// <summary>The verdict of "≠" from that of "=": valid when equality is refuted, invalid when it is proved.</summary>
    public static StepOutcome Negated(StepOutcome equal, string whenEqual) => equal.Status switch
    {
        StepStatus.Valid => Invalid(whenEqual),
        StepStatus.Invalid => equal with { Status = StepStatus.Valid, Counterexample = null },
        _ => equal,
    };

    public static string Join(string a, string? b) => string.IsNullOrEmpty(b) ? a : $"{a}: {b}";
}
