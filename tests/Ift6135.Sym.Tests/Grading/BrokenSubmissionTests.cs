using Ift6135.Sym.Grading.Scoring;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>
/// Filled templates broken the way students break them. Every problem must name file:line:column of the
/// place to fix (worked out here from the text, not from the reader), say what is wrong and what to do,
/// and the other answers must still be graded.
/// </summary>
public sealed class BrokenSubmissionTests
{
    private const string File = "20250007.tex";

    private static SubmissionGrade Grade(string text) => new Grader(NewUserTrialTests.Key.Value).GradeText(text, File);

    private static PartGrade Part(SubmissionGrade g, string id) => g.Parts.Single(p => p.PartId == id);

    /// <summary>The template with q1.1, q6.2 and q6.3 answered correctly (q1.1 is 4 points by hand, see Submissions).</summary>
    private static string Filled() =>
        NewUserTrialTests.Fill(NewUserTrialTests.Fill(NewUserTrialTests.Fill(NewUserTrialTests.Template.Value,
            "q1.1", "32, 42, 43, 44, 52, 53, 54, 55"), "q6.2", "$(0, 0)$"),
            "q6.3", "", ("eigenvalues", @"$\{1 + i\alpha, 1 - i\alpha\}$"), ("behaviour", "diverges"));

    /// <summary>1-based line of the first occurrence of <paramref name="needle"/>.</summary>
    private static int LineOf(string text, string needle) => text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    /// <summary>Removes the first \end{answer} after <paramref name="open"/> (and its line end).</summary>
    private static string WithoutEnd(string text, string open)
    {
        var end = text.IndexOf("\\end{answer}\n", text.IndexOf(open, StringComparison.Ordinal), StringComparison.Ordinal);
        return text.Remove(end, "\\end{answer}\n".Length);
    }

    [Fact]
    public void A_missing_end_in_q6_2_is_reported_at_q6_2s_begin_and_q6_3_is_still_graded()
    {
        var text = WithoutEnd(Filled(), "\\begin{answer}{q6.2}");
        var g = Grade(text);
        var problem = Assert.Single(g.Problems);
        // The \begin of q6.2 starts its line: column 1.
        Assert.StartsWith($"{File}:{LineOf(text, "\\begin{answer}{q6.2}")}:1: the answer environment of q6.2 ", problem);
        Assert.Contains("\\end{answer} is missing before \\begin{answer}{q6.3}", problem);
        Assert.Contains($"at line {LineOf(text, "\\begin{answer}{q6.3}")}", problem);
        Assert.Contains("add \\end{answer}", problem);
        Assert.DoesNotContain("q6.3 is", problem);
        // q6.2 says why it has no points instead of "no answer was given"; q6.3 and q1.1 keep theirs.
        var q62 = Part(g, "q6.2");
        Assert.Equal(0m, q62.Points);
        Assert.All(q62.Fields, f => Assert.Equal(FieldStatus.Unreadable, f.Status));
        Assert.Contains(q62.Notes, n => n.Contains("\\end{answer} is missing"));
        Assert.All(Part(g, "q6.3").Fields, f => Assert.Equal(FieldStatus.Correct, f.Status));
        Assert.Equal(4m, Part(g, "q1.1").Points);
    }

    [Fact]
    public void A_missing_end_in_the_last_answer_runs_to_the_end_of_the_file()
    {
        var text = WithoutEnd(Filled(), "\\begin{answer}{q6.3}");
        var problem = Assert.Single(Grade(text).Problems);
        Assert.StartsWith($"{File}:{LineOf(text, "\\begin{answer}{q6.3}")}:1: the answer environment of q6.3 ", problem);
        Assert.Contains("missing before the end of the file", problem);
    }

    [Fact]
    public void A_misspelt_end_is_named_with_its_line()
    {
        var filled = Filled();
        var open = filled.IndexOf("\\begin{answer}{q6.2}", StringComparison.Ordinal);
        var end = filled.IndexOf("\\end{answer}", open, StringComparison.Ordinal);
        var text = filled[..end] + "\\end{answers}" + filled[(end + "\\end{answer}".Length)..];
        var problem = Assert.Single(Grade(text).Problems);
        Assert.Contains($"line {LineOf(text, "\\end{answers}")} has \\end{{answers}}: write \\end{{answer}} there", problem);
    }
}
