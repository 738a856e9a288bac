using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Grading.Documents;
using Ift6135.Sym.Grading.Scoring;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>Complexity classes are shown as a reader writes them, and the reader of answers knows the classes it shows.</summary>
public sealed class BigOClassTests
{
    [Theory]
    [InlineData(0, 1, 0, "O(1)")]
    [InlineData(1, 1, 0, "O(K)")]
    [InlineData(2, 1, 0, "O(K^2)")]
    [InlineData(237, 100, 0, "O(K^2.37)")]
    [InlineData(1, 3, 0, "O(K^(1/3))")]
    [InlineData(1, 1, 1, "O(K log K)")]
    [InlineData(0, 1, 1, "O(log K)")]
    [InlineData(2, 1, 2, "O(K^2 log^2 K)")]
    public void Plain_text_has_no_power_one_or_zero(long numerator, long denominator, int log, string expected) =>
        Assert.Equal(expected, BigOClass.Plain(new BigOAnswer("K", Number.Of(numerator, denominator), log)));

    [Theory]
    [InlineData(0, 1, 0, @"O\left(1\right)")]
    [InlineData(1, 1, 0, @"O\left(K\right)")]
    [InlineData(237, 100, 0, @"O\left(K^{2.37}\right)")]
    [InlineData(1, 1, 1, @"O\left(K \log K\right)")]
    [InlineData(0, 1, 1, @"O\left(\log K\right)")]
    public void Latex_reads_the_same_way(long numerator, long denominator, int log, string expected) =>
        Assert.Equal(expected, BigOClass.Latex(new BigOAnswer("K", Number.Of(numerator, denominator), log)));

    private static FieldGrade Cost(string answer)
    {
        var text = Submissions.Document(Submissions.Answer("q2.2", answer));
        return new Grader(NewUserTrialTests.Key.Value).GradeText(text, "s.tex").Parts.Single(p => p.PartId == "q2.2").Fields.Single();
    }

    [Fact]
    public void The_feedback_of_a_right_cost_says_O_of_K()
    {
        var field = Cost("$O(K)$");
        Assert.Equal(FieldStatus.Correct, field.Status);
        Assert.Equal("correct: O(K)", field.Feedback);
    }

    [Theory]
    [InlineData(@"$O(K \log K)$", "O(K log K)")]
    [InlineData(@"$\mathcal{O}(K\log_2 K + 3K)$", "O(K log K)")]
    [InlineData(@"$O(1)$", "O(1)")]
    [InlineData(@"$O(\log K)$", "O(log K)")]
    public void A_wrong_class_is_read_and_shown_as_written(string answer, string shown)
    {
        // q2.2's cost is O(K) (a diagonal Jacobian); none of these is a known mistake.
        var field = Cost(answer);
        Assert.Equal(FieldStatus.Wrong, field.Status);
        Assert.Contains($"(given: {shown})", field.Feedback);
    }

    [Fact]
    public void A_class_with_a_logarithm_is_not_the_class_without()
    {
        var matcher = new AnswerMatcher(Ift6135.Sym.Checking.Checker.DefaultDecider());
        Assert.Equal(MatchOutcome.Different, matcher.Compare(new BigOAnswer("K", Number.One, 1), new BigOAnswer("K", Number.One)));
        Assert.Equal(MatchOutcome.Equal, matcher.Compare(new BigOAnswer("K", Number.One, 1), new BigOAnswer("K", Number.One, 1)));
    }
}
