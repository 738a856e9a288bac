using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Scoring;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>
/// The derivation of an answer is read with the definitions of the earlier answers of its question, as `check`
/// reads the whole file (README: "A of q6.1 in q6.3"). Found by filling the template in: the A of q6.1 was unknown
/// in q6.3, so det(lambda I - A) = .. was undecided and its key step not proposed. By hand, A = [[1, alpha], [-alpha, 1]]:
/// det(lambda I - A) = (lambda - 1)^2 + alpha^2 = lambda^2 - 2 lambda + 1 + alpha^2.
/// </summary>
public sealed class EarlierAnswerDefinitionTests
{
    private static readonly Lazy<AnswerKey> Key = new(() => AnswerKey.Build(AssignmentParameters.Default));

    private const string MatrixA = @"$A = \begin{pmatrix} 1 & \alpha \\ -\alpha & 1 \end{pmatrix}$";

    private const string CharPoly = "\\begin{align*}\n\\det(\\lambda I - A) &= \\lambda^2 - 2\\lambda + 1 + \\alpha^2\n\\end{align*}\n"
        + "eigenvalues: $\\{1 + i\\alpha, 1 - i\\alpha\\}$\nbehaviour: diverges";

    private static PartGrade Q63(params string[] answers) =>
        new Grader(Key.Value).GradeText(Submissions.Document(answers), "s.tex").Parts.Single(p => p.PartId == "q6.3");

    [Fact]
    public void The_matrix_of_6_1_is_the_A_of_6_3()
    {
        var part = Q63(Submissions.Answer("q6.1", MatrixA), Submissions.Answer("q6.2", "$(0, 0)$"), Submissions.Answer("q6.3", CharPoly));
        var step = Assert.Single(part.Steps);
        Assert.True(step.Status == StepStatus.Valid, $"{step.Status}: {step.Detail}");
        // The characteristic polynomial is half of the 3 proposed points (rubric: 1.5 points).
        Assert.Equal(1.5m, part.Proposed);
        // Only the answer's own steps are reported: q6.1's definition is not one of them.
        Assert.All(part.Steps, s => Assert.Contains("lambda", s.Left));
    }

    /// <summary>
    /// The template asks q6.1 for the bare matrix, as Submissions.Correct writes it: that matrix is the A of q6.3 all the same (it was
    /// unknown there, and a student who followed the template lost the characteristic polynomial's points). A wrong bare matrix is
    /// that student's A: the same step is then refuted.
    /// </summary>
    [Theory]
    [InlineData(@"$\begin{pmatrix} 1 & \alpha \\ -\alpha & 1 \end{pmatrix}$", StepStatus.Valid, 1.5)]
    [InlineData(@"\[ \begin{bmatrix} 1 & \alpha \\ -\alpha & 1 \end{bmatrix} \]", StepStatus.Valid, 1.5)]
    [InlineData(@"$\begin{pmatrix} 1 & -\alpha \\ -\alpha & 1 \end{pmatrix}$", StepStatus.Invalid, 0)]
    public void The_bare_matrix_of_6_1_is_the_A_of_6_3(string matrix, StepStatus expected, double proposed)
    {
        var part = Q63(Submissions.Answer("q6.1", matrix), Submissions.Answer("q6.3", CharPoly));
        Assert.Equal(expected, Assert.Single(part.Steps).Status);
        Assert.Equal((decimal)proposed, part.Proposed);
    }

    [Fact]
    public void Without_6_1_the_step_stays_undecided()
    {
        var part = Q63(Submissions.Answer("q6.3", CharPoly));
        Assert.NotEqual(StepStatus.Valid, Assert.Single(part.Steps).Status);
        Assert.Equal(0m, part.Proposed);
    }

    [Fact]
    public void Another_questions_definitions_do_not_reach_the_answer()
    {
        // An A defined in q5.1 (another question) is not q6's A: the step is not decided with it.
        var part = Q63(Submissions.Answer("q5.1", MatrixA), Submissions.Answer("q6.3", CharPoly));
        Assert.NotEqual(StepStatus.Valid, Assert.Single(part.Steps).Status);
    }

    [Fact]
    public void A_wrong_earlier_matrix_makes_the_step_invalid_not_valid()
    {
        // With the all-descent matrix [[1, -alpha], [-alpha, 1]]: det = (lambda - 1)^2 - alpha^2, not the step's right side.
        var part = Q63(Submissions.Answer("q6.1", @"$A = \begin{pmatrix} 1 & -\alpha \\ -\alpha & 1 \end{pmatrix}$"), Submissions.Answer("q6.3", CharPoly));
        Assert.Equal(StepStatus.Invalid, Assert.Single(part.Steps).Status);
    }
}
