using Ift6135.Sym.Symbolic.Safety;

namespace Ift6135.Sym.Grading.Scoring;

/// <summary>
/// How a batch is graded: how many submissions at once (<see cref="Jobs"/>, null for one per core) and
/// the time one submission may take (<see cref="SubmissionTimeBudget"/>); past it the submission keeps
/// the points of the sub-questions already graded and the rest is left to a teaching assistant.
/// </summary>
public sealed record GradeOptions(int? Jobs = null, TimeSpan? SubmissionTimeBudget = null)
{
    public static readonly GradeOptions Default = new();

    public TimeSpan Budget => SubmissionTimeBudget ?? SafetyLimits.Current.SubmissionTimeBudget;

    public int Parallelism => Math.Max(1, Jobs ?? Environment.ProcessorCount);
}
