using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Grading.Scoring;

public enum FieldStatus { Correct, KnownMistake, Wrong, Undecided, Missing, Unreadable }

/// <summary>How one field was graded: the points, and the mistake recognized (if any).</summary>
public sealed record FieldGrade(string Field, FieldStatus Status, decimal Points, decimal Max, string? Mistake, string Feedback);

/// <summary>
/// The grade of one sub-question: automatic points from the fields, plus proposed points for the
/// derivation (<see cref="Proposed"/>, to be confirmed by a teaching assistant) with the checker's step verdicts.
/// </summary>
public sealed record PartGrade(
    string PartId,
    decimal Max,
    IReadOnlyList<FieldGrade> Fields,
    decimal Proposed,
    decimal ProposedMax,
    IReadOnlyList<StepReport> Steps,
    IReadOnlyList<string> Notes)
{
    public decimal Points => Fields.Sum(f => f.Points) + Proposed;

    /// <summary>Part of the points depends on a proof, whose proposed points a teaching assistant confirms.</summary>
    public bool ToConfirm => ProposedMax > 0;

    /// <summary>Nothing was written in the answer (or there is no answer environment): a part that is only a proof has no field to say so.</summary>
    public bool Unanswered { get; init; }

}

/// <summary>One student's grades, with the problems of the file as a whole (unreadable, not a template...).</summary>
public sealed record SubmissionGrade(string Student, string File, IReadOnlyList<PartGrade> Parts, IReadOnlyList<string> Problems)
{
    public decimal Total => Parts.Sum(p => p.Points);
}
