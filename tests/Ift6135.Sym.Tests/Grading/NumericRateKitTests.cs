using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Grading;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Scoring;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>
/// The kit of a variant whose learning rate is a number, as a teaching assistant writes it
/// (`"learningRate": "1/10"`). By hand for V = d g - d^2/2 at rate 1/10: d' = d + (g - d)/10, g' = g - d/10,
/// so A = [[9/10, 1/10], [-1/10, 1]]; the stationary point is (0, 0); det(lambda I - A) = (lambda - 9/10)(lambda - 1) + 1/100
/// = lambda^2 - 19/10 lambda + 91/100, with roots 19/20 +- i sqrt(3)/20 of modulus sqrt(91)/10 &lt; 1
/// (its square 91/100 &lt; 1): the iterates converge.
/// </summary>
public sealed class NumericRateKitTests
{
    private static readonly AssignmentParameters Variant =
        AssignmentParameters.Default with { Q6 = new Q6Parameters("d*g - d^2/2", "1/10") };

    private static readonly Lazy<AnswerKey> Key = new(() => AnswerKey.Build(Variant));

    private const string Derivation = """
        \begin{align*}
        (\lambda - \frac{9}{10})(\lambda - 1) + \frac{1}{100} &= \lambda^2 - \frac{19}{10}\lambda + \frac{91}{100} \\
        \frac{91}{100} &< 1
        \end{align*}
        """;

    [Fact]
    public void The_template_declares_no_assumption_about_a_numeric_rate()
    {
        var template = KitWriter.RenderTemplate(Key.Value, "variant");
        Assert.DoesNotContain(@"\1/10", template, StringComparison.Ordinal);
        Assert.DoesNotContain("1/10 > 0", template, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correct_filled_template_gets_every_point_of_question_6()
    {
        var template = KitWriter.RenderTemplate(Key.Value, "variant");
        var text = NewUserTrialTests.Fill(template, "q6.1", @"$\begin{pmatrix} \frac{9}{10} & \frac{1}{10} \\ -\frac{1}{10} & 1 \end{pmatrix}$");
        text = NewUserTrialTests.Fill(text, "q6.2", "$(0, 0)$");
        text = NewUserTrialTests.Fill(text, "q6.3", Derivation,
            ("eigenvalues", @"$\{\frac{19}{20} + \frac{\sqrt{3}}{20} i, \frac{19}{20} - \frac{\sqrt{3}}{20} i\}$"), ("behaviour", "converges"));
        var grade = new Grader(Key.Value).GradeText(text, "20250004.tex");
        Assert.Empty(grade.Problems);
        Assert.Equal(4m, grade.Parts.Single(p => p.PartId == "q6.1").Points);
        Assert.Equal(3m, grade.Parts.Single(p => p.PartId == "q6.2").Points);
        Assert.Equal(6m, grade.Parts.Single(p => p.PartId == "q6.3").Points);
    }

    [Fact]
    public void A_mistake_at_a_numeric_rate_is_recognized()
    {
        // Both players descend: d' = d - (g - d)/10 = 11/10 d - 1/10 g, g' = g - d/10 (by hand).
        var text = Submissions.Document(Submissions.Answer("q6.1", @"$\begin{pmatrix} \frac{11}{10} & -\frac{1}{10} \\ -\frac{1}{10} & 1 \end{pmatrix}$"));
        var field = new Grader(Key.Value).GradeText(text, "s.tex").Parts.Single(p => p.PartId == "q6.1").Fields.Single();
        Assert.Equal("both players descend", field.Mistake);
    }
}
