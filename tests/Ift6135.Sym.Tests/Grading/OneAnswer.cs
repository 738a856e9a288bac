using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Scoring;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>One answer graded alone in a minimal submission, against the key of the statement's defaults (built once).</summary>
public static class OneAnswer
{
    private static readonly Lazy<AnswerKey> Key = new(() => AnswerKey.Build(AssignmentParameters.Default));

    public static PartGrade Grade(string id, string body) =>
        new Grader(Key.Value).GradeText(Submissions.Document(Submissions.Answer(id, body)), "s.tex").Parts.Single(p => p.PartId == id);

    /// <summary>The grade of the part's only field.</summary>
    public static FieldGrade Field(string id, string body) => Grade(id, body).Fields.Single();
}
