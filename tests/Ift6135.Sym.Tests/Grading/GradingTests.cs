using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Scoring;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>The grader on the hand-written synthetic submissions, with points worked out by hand from the rubric's credits.</summary>
public sealed class GradingTests
{
    private static readonly Lazy<AnswerKey> Key = new(() => AnswerKey.Build(AssignmentParameters.Default));

    private static SubmissionGrade Grade(string text, string file = "student.tex") => new Grader(Key.Value).GradeText(text, file);

    private static decimal Points(SubmissionGrade g, string id) => g.Parts.Single(p => p.PartId == id).Points;

    [Fact]
    public void Correct_answers_get_every_automatic_point()
    {
        var g = Grade(Submissions.Correct);
        Assert.Empty(g.Problems);
        foreach (var id in new[] { "q1.1", "q1.2", "q1.3", "q1.4" }) Assert.Equal(4m, Points(g, id));
        Assert.Equal(3m, Points(g, "q2.2"));
        Assert.Equal(3m, Points(g, "q2.4"));
        Assert.Equal(4m, Points(g, "q6.1"));
        Assert.Equal(3m, Points(g, "q6.2"));
        Assert.Equal(6m, Points(g, "q6.3"));
        Assert.Equal(16m + 6m + 13m, g.Total);
    }

    [Fact]
    public void Equivalent_forms_are_accepted()
    {
        var g = Grade(Submissions.EquivalentForms);
        Assert.Empty(g.Problems);
        Assert.Equal(4m, Points(g, "q1.1"));
        Assert.Equal(4m, Points(g, "q1.2"));
        Assert.Equal(3m, Points(g, "q2.2"));
        Assert.Equal(4m, Points(g, "q6.1"));
        Assert.Equal(3m, Points(g, "q6.2"));
        Assert.Equal(6m, Points(g, "q6.3"));
    }

    [Fact]
    public void Known_mistakes_get_their_partial_credit_and_name()
    {
        var g = Grade(Submissions.Mistakes);
        // Flipped kernel: half of 4 points.
        Assert.Equal(2m, Points(g, "q1.1"));
        Assert.Equal("flipped kernel", Mistake(g, "q1.1", "field"));
        // Mask B in the first layer: a quarter of 4 points.
        Assert.Equal(1m, Points(g, "q1.2"));
        Assert.Equal("mask B in the first layer", Mistake(g, "q1.2", "field"));
        // Padding ignored: half of 4 points.
        Assert.Equal(2m, Points(g, "q1.3"));
        Assert.Equal("padding ignored", Mistake(g, "q1.3", "field"));
        Assert.Equal(0m, Points(g, "q2.2"));
        Assert.Equal("Gaussian elimination", Mistake(g, "q2.2", "cost"));
        Assert.Equal(2m, Points(g, "q6.1"));
        Assert.Equal("both players descend", Mistake(g, "q6.1", "matrix"));
        // Eigenvalues without i: a quarter of the eigenvalue half of 6 points (0.75), rounded to the half point: 1.
        Assert.Equal("eigenvalues without i", Mistake(g, "q6.3", "eigenvalues"));
        Assert.Equal("modulus below 1", Mistake(g, "q6.3", "behaviour"));
        // Eigenvalues without i: a quarter of 1.5 (0.375), to the half point 0.5; the wrong behaviour earns nothing.
        Assert.Equal(0.5m, Points(g, "q6.3"));
    }

    [Fact]
    public void An_empty_template_gets_zero_with_missing_answers_and_no_file_problem()
    {
        var g = Grade(Submissions.Empty.Replace("\\begin{document}\n", "\\begin{document}\n\\begin{answer}{q1.1}\n% write here\n\\end{answer}\n"));
        Assert.Empty(g.Problems);
        Assert.Equal(0m, g.Total);
        Assert.All(g.Parts.SelectMany(p => p.Fields), f => Assert.Equal(FieldStatus.Missing, f.Status));
    }

    [Fact]
    public void Broken_latex_is_reported_in_place_and_the_rest_is_graded()
    {
        var g = Grade(Submissions.Broken, "broken.tex");
        Assert.Equal(4m, Points(g, "q1.1"));
        var matrix = g.Parts.Single(p => p.PartId == "q6.1").Fields.Single();
        Assert.Equal(FieldStatus.Unreadable, matrix.Status);
        Assert.StartsWith("broken.tex:", matrix.Feedback);
        Assert.Contains(g.Problems, p => p.Contains("q9.9"));
        Assert.Contains(g.Problems, p => p.Contains("q6.2") && p.Contains("not closed"));
        Assert.Equal(0m, Points(g, "q6.2"));
    }

    [Fact]
    public void A_file_that_is_not_a_template_says_so()
    {
        var g = Grade(Submissions.NotATemplate, "essay.tex");
        Assert.Equal(0m, g.Total);
        Assert.Contains(g.Problems, p => p.Contains("not a filled answer template"));
    }

    [Fact]
    public void A_batch_with_broken_files_is_graded_in_full_and_deterministically()
    {
        var root = Directory.CreateTempSubdirectory("kit-batch-").FullName;
        var dir = Path.Combine(root, "subs");
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "b-correct.tex"), Submissions.Correct);
            File.WriteAllText(Path.Combine(dir, "a-mistakes.tex"), Submissions.Mistakes);
            File.WriteAllText(Path.Combine(dir, "c-broken.tex"), Submissions.Broken);
            File.WriteAllText(Path.Combine(dir, "d-essay.tex"), Submissions.NotATemplate);
            // The first output folder is inside the graded folder: its feedback (.tex) must not be graded.
            var first = Ift6135.Sym.Grading.KitWriter.Grade(Key.Value, [dir], Path.Combine(dir, "out1"), "json");
            first = Ift6135.Sym.Grading.KitWriter.Grade(Key.Value, [dir], Path.Combine(dir, "out1"), "json");
            var second = Ift6135.Sym.Grading.KitWriter.Grade(Key.Value, [dir], Path.Combine(root, "out2"), "json");
            Assert.Equal(["a-mistakes", "b-correct", "c-broken", "d-essay"], first.Grades.Select(x => x.Student));
            var csv = File.ReadAllText(Path.Combine(dir, "out1", "grades.csv"));
            Assert.Equal(csv, File.ReadAllText(Path.Combine(root, "out2", "grades.csv")));
            var lines = csv.TrimEnd('\n').Split('\n');
            Assert.Equal(5, lines.Length);
            Assert.StartsWith("student,q1.1,q1.2,q1.3,q1.4,q2.1,", lines[0]);
            Assert.StartsWith("b-correct,4,4,4,4,0,3,", lines[2]);
            Assert.True(File.Exists(Path.Combine(dir, "out1", "feedback", "c-broken.txt")));
            Assert.True(File.Exists(Path.Combine(dir, "out1", "feedback", "d-essay.tex")));
            Assert.Contains("flipped kernel", File.ReadAllText(Path.Combine(dir, "out1", "summary.txt")));
            Assert.Contains("\"mistakes\"", File.ReadAllText(Path.Combine(dir, "out1", "summary.json")));
            // The JSON summary carries each student's points, as grades.csv does, for a program that reads one file.
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "out1", "summary.json")));
            var students = json.RootElement.GetProperty("students").EnumerateArray().ToArray();
            Assert.Equal(["a-mistakes", "b-correct", "c-broken", "d-essay"], students.Select(x => x.GetProperty("student").GetString()));
            foreach (var (student, row) in students.Zip(lines.Skip(1)))
            {
                var cells = row.Split(',');
                Assert.Equal(decimal.Parse(cells[^2], System.Globalization.CultureInfo.InvariantCulture), student.GetProperty("total").GetDecimal());
                Assert.Equal(decimal.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture), student.GetProperty("points").GetProperty("q1.1").GetDecimal());
            }
            Assert.Equal(4m, students[1].GetProperty("points").GetProperty("q1.1").GetDecimal());
            Assert.Empty(students[1].GetProperty("problems").EnumerateArray());
            Assert.NotEmpty(students[2].GetProperty("problems").EnumerateArray());
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    private static string? Mistake(SubmissionGrade g, string part, string field) =>
        g.Parts.Single(p => p.PartId == part).Fields.Single(f => f.Field == field).Mistake;
}
