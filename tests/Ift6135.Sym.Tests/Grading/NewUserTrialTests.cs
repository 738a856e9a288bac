using System.Text.RegularExpressions;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Grading;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Scoring;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>
/// The new-user trial of the kit, automated: the template `template` writes, filled the way students fill it
/// (the answer after each label, derivations in align*), graded. Expected points by hand from the rubric:
/// q6.3 is 6 points, a quarter each (1.5): the eigenvalues, the behaviour, and the two key steps (the
/// characteristic polynomial, the modulus against 1).
/// </summary>
public sealed partial class NewUserTrialTests
{
    internal static readonly Lazy<AnswerKey> Key = new(() => AnswerKey.Build(AssignmentParameters.Default));
    internal static readonly Lazy<string> Template = new(() => KitWriter.RenderTemplate(Key.Value, "the statement's defaults"));

    /// <summary>The template with <paramref name="id"/>'s environment filled: labels get their value, the rest goes after the declarations.</summary>
    internal static string Fill(string template, string id, string body, params (string Label, string Value)[] fields)
    {
        var open = $"\\begin{{answer}}{{{id}}}";
        var start = template.IndexOf(open, StringComparison.Ordinal);
        var end = template.IndexOf("\\end{answer}", start, StringComparison.Ordinal);
        var inside = template[(start + open.Length)..end];
        foreach (var (label, value) in fields) inside = inside.Replace($"\n{label}:", $"\n{label}: {value}", StringComparison.Ordinal);
        var declarations = string.Concat(inside.Split('\n').Where(l => l.StartsWith('%')).Select(l => l + "\n"));
        var labels = string.Concat(inside.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('%')).Select(l => l + "\n"));
        return template[..start] + open + "\n" + declarations + body + "\n" + labels + template[end..];
    }

    private static SubmissionGrade Grade(string text) => new Grader(Key.Value).GradeText(text, "20250003.tex");

    private static PartGrade Part(SubmissionGrade g, string id) => g.Parts.Single(p => p.PartId == id);

    private const string ScaledDerivation = """
        \begin{align*}
        2(\lambda - 1)^2 + 2\alpha^2 &= 2\lambda^2 - 4\lambda + 2 + 2\alpha^2 \\
        2\sqrt{1 + \alpha^2} &> 2
        \end{align*}
        """;

    [Fact]
    public void The_unfilled_template_is_graded_zero_without_file_problems()
    {
        var g = Grade(Template.Value);
        Assert.Empty(g.Problems);
        Assert.Equal(0m, g.Total);
        // An empty label line says so, rather than that no such line exists.
        Assert.Contains("no answer after 'eigenvalues:'", Part(g, "q6.3").Fields.Single(f => f.Field == "eigenvalues").Feedback);
    }

    [Fact]
    public void Key_steps_restated_times_a_number_and_eigenvalues_written_with_pm_earn_full_points()
    {
        // 2 (char. polynomial) is still the characteristic polynomial's identity; 2 sqrt(1 + a^2) > 2 is |l| > 1 doubled.
        var text = Fill(Template.Value, "q6.3", ScaledDerivation, ("eigenvalues", @"$\lambda = 1 \pm i\alpha$"), ("behaviour", "diverges"));
        var q63 = Part(Grade(text), "q6.3");
        Assert.Equal(1.5m, q63.Fields.Single(f => f.Field == "eigenvalues").Points);
        Assert.Equal(1.5m, q63.Fields.Single(f => f.Field == "behaviour").Points);
        Assert.Equal(6m, q63.Points);
    }

    [Fact]
    public void A_valid_step_that_is_not_a_key_step_even_scaled_earns_no_key_points()
    {
        // sqrt(1 + a^2) > 0 holds but is not |l| > 1; 3 lambda = 3 lambda is no characteristic polynomial.
        var derivation = "\\begin{align*}\n\\sqrt{1 + \\alpha^2} &> 0 \\\\\n3\\lambda &= 3\\lambda\n\\end{align*}\n";
        var text = Fill(Template.Value, "q6.3", derivation, ("eigenvalues", @"$\{1 + i\alpha, 1 - i\alpha\}$"), ("behaviour", "diverges"));
        // The eigenvalues (1.5) and the behaviour (1.5) only.
        Assert.Equal(3m, Part(Grade(text), "q6.3").Points);
    }

    [Fact]
    public void Pm_does_not_split_a_pmatrix_and_a_single_value_with_pm_is_two_values()
    {
        // 1 \mp i\alpha is the same pair the other way round.
        var text = Fill(Template.Value, "q6.3", "", ("eigenvalues", @"$1 \mp i\alpha$"), ("behaviour", "diverges"));
        Assert.Equal(1.5m, Part(Grade(text), "q6.3").Fields.Single(f => f.Field == "eigenvalues").Points);
        var matrix = Fill(Template.Value, "q6.1", @"$\begin{pmatrix} 1 & \alpha \\ -\alpha & 1 \end{pmatrix}$");
        Assert.Equal(4m, Part(Grade(matrix), "q6.1").Points);
    }

    [Fact]
    public void A_batch_of_filled_templates_gives_a_gradebook_csv()
    {
        var root = Directory.CreateTempSubdirectory("kit-trial-").FullName;
        try
        {
            var subs = Directory.CreateDirectory(Path.Combine(root, "subs")).FullName;
            var correct = Fill(Fill(Fill(Template.Value, "q1.1", "32, 42, 43, 44, 52, 53, 54, 55"), "q6.2", "$(0, 0)$"),
                "q6.3", ScaledDerivation, ("eigenvalues", @"$1 \pm i\alpha$"), ("behaviour", "diverges"));
            File.WriteAllText(Path.Combine(subs, "20250001.tex"), correct);
            File.WriteAllText(Path.Combine(subs, "20250002.tex"), Fill(Template.Value, "q6.2", "$(1, 1)$"));
            File.WriteAllText(Path.Combine(subs, "notes.tex"), Submissions.NotATemplate);
            KitWriter.Grade(Key.Value, [subs], Path.Combine(root, "out"));
            var lines = File.ReadAllText(Path.Combine(root, "out", "grades.csv")).TrimEnd('\n').Split('\n');
            // A header and one row per student, every row with the header's number of columns.
            Assert.Equal(4, lines.Length);
            Assert.All(lines, l => Assert.Equal(lines[0].Split(',').Length, l.Split(',').Length));
            // 4 (q1.1) + 3 (q6.2) + 6 (q6.3) = 13; the wrong point earns nothing; numbers with '.' decimals only.
            Assert.Equal("13", Cell(lines, "20250001", "total"));
            Assert.Equal("0", Cell(lines, "20250002", "total"));
            Assert.All(lines.Skip(1), l => Assert.Matches(NumberCells(), string.Join(',', l.Split(',')[1..^1])));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void The_kit_accepts_a_value_that_is_not_bilinear()
    {
        // V = d g + d^3: the solution linearizes at (0, 0). Both players descending, by hand: d' = d - alpha (g + 3 d^2),
        // g' = g - alpha d, whose Jacobian at (0, 0) is [[1, -alpha], [-alpha, 1]]: the known mistake, half of 4 points.
        var key = AnswerKey.Build(ParametersLoader.Parse("""{ "q6": { "value": "d*g + d^3" } }""", "variant.json"));
        var text = Fill(KitWriter.RenderTemplate(key, "variant.json"), "q6.1", @"$\begin{pmatrix} 1 & -\alpha \\ -\alpha & 1 \end{pmatrix}$");
        var field = Part(new Grader(key).GradeText(text, "s.tex"), "q6.1").Fields.Single();
        Assert.Equal("both players descend", field.Mistake);
        Assert.Equal(2m, field.Points);
    }

    private static string Cell(string[] lines, string student, string column) =>
        lines.Single(l => l.StartsWith(student + ",", StringComparison.Ordinal)).Split(',')[Array.IndexOf(lines[0].Split(','), column)];

    [GeneratedRegex(@"^(\d+(\.\d+)?,)*\d+(\.\d+)?$")]
    private static partial Regex NumberCells();
}
