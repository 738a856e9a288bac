using System.Text;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Grading;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Output;
using Ift6135.Sym.Grading.Scoring;
using Ift6135.Sym.Tests.Cli;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>A batch as a teaching assistant grades it: the time budget per submission, determinism across thread counts, the CSV.</summary>
public sealed class BatchGradingTests
{
    private static readonly Lazy<AnswerKey> Key = new(() => AnswerKey.Build(AssignmentParameters.Default));

    /// <summary>
    /// 200 steps whose check expands 40th powers of trinomials (861 terms a side, with growing constants): even with
    /// the multinomial expansion, together they take the engine far more than the submission's budget.
    /// </summary>
    private static string Pathological()
    {
        var sb = new StringBuilder("\\begin{align*}\n");
        for (var k = 0; k < 200; k++) sb.Append($"(x + y + {k + 1})^{{40}} - (x + y + {k + 1})^{{39}} x &= (x + y + {k + 1})^{{39}} (y + {k + 1}) \\\\\n");
        sb.Append("1 &= 1\n\\end{align*}");
        return Submissions.Document(Submissions.Answer("q1.1", "32, 42, 43, 44, 52, 53, 54, 55"), Submissions.Answer("q5.3", sb.ToString()));
    }

    [Fact]
    public void A_submission_past_its_time_budget_keeps_its_partial_grade_and_the_batch_goes_on()
    {
        var dir = Directory.CreateTempSubdirectory("kit-budget-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "slow.tex"), Pathological());
            File.WriteAllText(Path.Combine(dir, "quick.tex"), Submissions.Document(Submissions.Answer("q1.1", "32, 42, 43, 44, 52, 53, 54, 55")));
            var grades = new Grader(Key.Value, new GradeOptions(Jobs: 2, SubmissionTimeBudget: TimeSpan.FromSeconds(1.5)))
                .GradeFiles(Directory.GetFiles(dir).Order(StringComparer.Ordinal).ToArray());
            var slow = grades.Single(g => g.Student == "slow");
            Assert.Contains(slow.Problems, p => p.StartsWith("time budget exceeded at q5.3", StringComparison.Ordinal));
            // q1.1 was graded before the budget ran out: its 4 points are the partial grade.
            Assert.Equal(4m, slow.Parts.Single(p => p.PartId == "q1.1").Points);
            Assert.Equal(Key.Value.Parts.Count, slow.Parts.Count);
            var quick = grades.Single(g => g.Student == "quick");
            Assert.Empty(quick.Problems);
            Assert.Equal(4m, quick.Total);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void The_time_budget_is_an_option_of_grade()
    {
        var root = Directory.CreateTempSubdirectory("kit-budget-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "slow.tex"), Pathological());
            var run = CliHarness.Run("grade", Path.Combine(root, "slow.tex"), "--out", Path.Combine(root, "out"), "--time-budget", "1");
            Assert.Equal(ExitCodes.BadInput, run.ExitCode);
            Assert.Contains("time budget exceeded at q5.3 (1 s", File.ReadAllText(Path.Combine(root, "out", "feedback", "slow.txt")));
            var bad = CliHarness.Run("grade", Path.Combine(root, "slow.tex"), "--out", Path.Combine(root, "out"), "--time-budget", "0");
            Assert.Equal(ExitCodes.BadInput, bad.ExitCode);
            Assert.Contains("--time-budget", bad.Error);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void One_job_or_many_give_byte_identical_outputs()
    {
        var root = Directory.CreateTempSubdirectory("kit-jobs-").FullName;
        try
        {
            var subs = Directory.CreateDirectory(Path.Combine(root, "subs")).FullName;
            string[] texts = [Submissions.Correct, Submissions.Mistakes, Submissions.EquivalentForms, Submissions.Broken, Submissions.Empty, Submissions.NotATemplate];
            for (var k = 0; k < 12; k++) File.WriteAllText(Path.Combine(subs, $"s{k:00}.tex"), texts[k % texts.Length]);
            var one = CliHarness.Run("grade", subs, "--out", Path.Combine(root, "one"), "--jobs", "1");
            var many = CliHarness.Run("grade", subs, "--out", Path.Combine(root, "many"), "--jobs", "4");
            Assert.Equal(one.ExitCode, many.ExitCode);
            var files = Directory.GetFiles(Path.Combine(root, "one"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(root, "one"), f)).Order(StringComparer.Ordinal).ToArray();
            Assert.Contains(Path.Combine("feedback", "s00.txt"), files);
            foreach (var f in files)
                Assert.True(File.ReadAllBytes(Path.Combine(root, "one", f)).SequenceEqual(File.ReadAllBytes(Path.Combine(root, "many", f))), f);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void Grades_csv_is_rfc_4180_with_a_stable_header_and_one_row_per_student()
    {
        var key = Key.Value;
        var g = new Grader(key);
        var grades = new[] { g.GradeText(Submissions.Correct, "doe, \"jd\".tex") with { Student = "doe, \"jd\"" }, g.GradeText(Submissions.Empty, "zoe.tex") };
        var csv = GradesCsv.Write(key, grades);
        var lines = csv.Split('\n');
        Assert.Equal("student," + string.Join(",", key.Parts.Select(p => p.Id)) + ",total,to_confirm", lines[0]);
        // RFC 4180: a field with a comma or a quote is quoted, its quotes doubled.
        Assert.StartsWith("\"doe, \"\"jd\"\"\",4,", lines[1]);
        Assert.StartsWith("zoe,0,", lines[2]);
        Assert.Equal(4, lines.Length);
        Assert.Equal("", lines[3]);
        Assert.Equal(key.Parts.Count + 3, lines[2].Split(',').Length);
    }

    [Fact]
    public void The_summary_gives_the_distribution_and_the_most_frequent_mistakes()
    {
        var g = new Grader(Key.Value);
        var grades = new[] { g.GradeText(Submissions.Mistakes, "a.tex"), g.GradeText(Submissions.Mistakes, "b.tex"), g.GradeText(Submissions.Correct, "c.tex") };
        var summary = GradingSummary.Of(Key.Value, grades);
        var q11 = summary.Parts.Single(p => p.PartId == "q1.1");
        // Flipped kernel twice (half of 4 points), correct once.
        Assert.Equal([(2m, 2), (4m, 1)], q11.Distribution);
        Assert.Contains(summary.Mistakes, m => m.PartId == "q1.1" && m.Mistake == "flipped kernel" && m.Count == 2);
        Assert.Contains("most frequent mistakes", summary.ToText());
    }

    [Fact]
    public void A_proof_left_unanswered_is_counted_missing_in_the_summary()
    {
        // No submission answers q3.1 (a derivation, no field): it is missing in all three, and was counted 0 because
        // only parts with fields were counted. q1.1 is answered in a.tex and c.tex, not in the empty b.tex.
        var g = new Grader(Key.Value);
        var grades = new[] { g.GradeText(Submissions.Mistakes, "a.tex"), g.GradeText(Submissions.Empty, "b.tex"), g.GradeText(Submissions.Correct, "c.tex") };
        var summary = GradingSummary.Of(Key.Value, grades);
        Assert.Equal(3, summary.Parts.Single(p => p.PartId == "q3.1").Missing);
        Assert.Equal(1, summary.Parts.Single(p => p.PartId == "q1.1").Missing);
    }
}
