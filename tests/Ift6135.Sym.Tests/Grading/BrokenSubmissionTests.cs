using Ift6135.Sym.Grading;
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

    /// <summary>Writes <paramref name="bytes"/> to a temporary file named 20250007.tex and grades it from disk.</summary>
    private static SubmissionGrade GradeBytes(byte[] bytes)
    {
        var dir = Directory.CreateTempSubdirectory("kit-broken-").FullName;
        try
        {
            var path = Path.Combine(dir, File);
            System.IO.File.WriteAllBytes(path, bytes);
            return new Grader(NewUserTrialTests.Key.Value).GradeFile(path);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Binary_data_and_nul_bytes_are_named_at_their_place_with_what_to_submit()
    {
        // "ab", a line end, then 0xFF (never UTF-8): line 2, column 1. A NUL after "x": line 1, column 2.
        var binary = Assert.Single(GradeBytes([(byte)'a', (byte)'b', (byte)'\n', 0xFF, 0x00]).Problems);
        Assert.EndsWith($"{File}:2:1: byte 0xFF is not UTF-8 text (is this a binary file? save the file as UTF-8); this file is not graded: submit the LaTeX source of the filled template, saved as UTF-8 text", binary);
        var nul = Assert.Single(GradeBytes([(byte)'x', 0x00]).Problems);
        Assert.Contains($"{File}:1:2: NUL byte", nul);
        Assert.Contains("submit the LaTeX source", nul);
    }

    [Fact]
    public void An_empty_file_says_so_and_where_to_start()
    {
        var problem = Assert.Single(GradeBytes([]).Problems);
        Assert.EndsWith($"/{File}:1:1: the file is empty; start from the file `ift6135-sym template` writes and write each answer inside its \\begin{{answer}}{{ID}} ... \\end{{answer}}", problem);
    }

    [Fact]
    public void A_label_written_twice_or_misspelt_says_which_line_to_fix()
    {
        var twice = NewUserTrialTests.Fill(NewUserTrialTests.Template.Value, "q6.3", "",
            ("eigenvalues", "$\\{1 + i\\alpha, 1 - i\\alpha\\}$\neigenvalues: $\\{1, 2\\}$"), ("behaviour", "diverges"));
        var first = LineOf(twice, "eigenvalues: $\\{1 + i");
        var notes = Part(Grade(twice), "q6.3").Notes;
        Assert.Contains($"{File}:{first + 1}:1: 'eigenvalues:' is written 2 times (first at line {first}); the first is graded: keep one", notes);

        var misspelt = NewUserTrialTests.Fill(NewUserTrialTests.Template.Value, "q6.3", "", ("eigenvalues", "$1 \\pm i\\alpha$"))
            .Replace("\nbehaviour:", "\nbehavior: diverges", StringComparison.Ordinal);
        var q63 = Part(Grade(misspelt), "q6.3");
        Assert.Contains($"{File}:{LineOf(misspelt, "behavior:")}:1: 'behavior:' is not a label of q6.3: write 'behaviour:' to have this answer graded", q63.Notes);
        Assert.Equal(FieldStatus.Missing, q63.Fields.Single(f => f.Field == "behaviour").Status);
        // The misspelt label ends the answer above it: the eigenvalues were read with "behavior: diverges" as
        // their next line and lost their points (unreadable) for a mistake in another field.
        Assert.Equal(FieldStatus.Correct, q63.Fields.Single(f => f.Field == "eigenvalues").Status);
    }

    [Fact]
    public void A_wrong_environment_name_an_unknown_id_and_a_repeated_answer_each_say_what_to_write()
    {
        var text = Filled().Replace("\\begin{answer}{q6.1}", "\\begin{answers}{q6.1}", StringComparison.Ordinal)
            .Replace("\\end{document}", "\\begin{answer}{q7.1}\n42\n\\end{answer}\n\\begin{answer}{q6.2}\n$(1, 1)$\n\\end{answer}\n\\end{document}", StringComparison.Ordinal);
        var g = Grade(text);
        Assert.Contains($"{File}:{LineOf(text, "\\begin{answers}")}:1: \\begin{{answers}}{{q6.1}} is not an answer environment; this answer is not graded: write \\begin{{answer}}{{q6.1}} ... \\end{{answer}}", g.Problems);
        Assert.Contains($"{File}:{LineOf(text, "\\begin{answer}{q7.1}")}:1: there is no sub-question \"q7.1\"; this answer is ignored: write one of the template's ids (q1.1, q1.2, ..., q6.3) in \\begin{{answer}}{{...}}", g.Problems);
        var second = text.LastIndexOf("\\begin{answer}{q6.2}", StringComparison.Ordinal);
        var secondLine = text[..second].Count(c => c == '\n') + 1;
        Assert.Contains($"{File}:{secondLine}:1: q6.2 is answered twice (first at line {LineOf(text, "\\begin{answer}{q6.2}")}); the first answer is graded: delete or merge the other one", g.Problems);
        // The first q6.2, (0, 0), is the one graded: 3 points by hand.
        Assert.Equal(3m, Part(g, "q6.2").Points);
        Assert.Contains(Part(g, "q6.1").Notes, n => n.Contains("misspelt"));
    }

    [Fact]
    public void An_answer_environment_taken_out_of_the_template_says_how_to_answer()
    {
        var open = Filled().IndexOf("\\begin{answer}{q2.2}", StringComparison.Ordinal);
        var end = Filled().IndexOf("\\end{answer}\n", open, StringComparison.Ordinal) + "\\end{answer}\n".Length;
        var q22 = Part(Grade(Filled().Remove(open, end - open)), "q2.2");
        Assert.Contains("q2.2: no answer was given (the file has no \\begin{answer}{q2.2} environment: copy it from the template to answer)", q22.Notes);
    }

    [Fact]
    public void A_folder_with_other_files_grades_tex_in_any_case_and_names_what_it_skipped()
    {
        var root = Directory.CreateTempSubdirectory("kit-folder-").FullName;
        try
        {
            var subs = Directory.CreateDirectory(Path.Combine(root, "subs")).FullName;
            System.IO.File.WriteAllText(Path.Combine(subs, "20250001.tex"), Filled());
            System.IO.File.WriteAllText(Path.Combine(subs, "20250002.TEX"), Filled());
            System.IO.File.WriteAllText(Path.Combine(subs, "20250003.pdf"), "%PDF-1.5");
            var report = KitWriter.Grade(NewUserTrialTests.Key.Value, [subs], Path.Combine(root, "out"));
            Assert.Equal(["20250001", "20250002"], report.Grades.Select(g => g.Student));
            Assert.Equal([Path.Combine(subs, "20250003.pdf")], report.Skipped!);
        }
        finally { Directory.Delete(root, recursive: true); }
    }
}

/// <summary>A field whose math delimiter is left open is named as such, not as a parse error at the '$'.</summary>
public sealed class UnclosedDollarFieldTests
{
    [Theory]
    [InlineData("q6.2", "$(0, 0)")]
    [InlineData("q6.1", @"$\begin{pmatrix} 1 & \alpha \\ -\alpha & 1 \end{pmatrix}")]
    public void A_field_missing_its_closing_dollar_says_so(string id, string body)
    {
        var feedback = OneAnswer.Field(id, body).Feedback;
        Assert.Contains("'$' that opens the formula is never closed", feedback, StringComparison.Ordinal);
        Assert.DoesNotContain("found '$'", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_missing_its_opening_dollar_says_so() =>
        Assert.Contains("'$' that closes the formula has no opening '$'", OneAnswer.Field("q6.2", "(0, 0)$").Feedback, StringComparison.Ordinal);

    [Fact]
    public void A_balanced_field_is_read_as_before() =>
        Assert.Equal(3m, OneAnswer.Field("q6.2", "$(0, 0)$").Points);
}
