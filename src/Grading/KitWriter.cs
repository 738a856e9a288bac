using System.Text;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Grading.Documents;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Output;
using Ift6135.Sym.Grading.Scoring;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Grading;

/// <summary>What `grade` wrote and found.</summary>
public sealed record GradeReport(IReadOnlyList<string> Files, IReadOnlyList<SubmissionGrade> Grades, GradingSummary Summary, IReadOnlyList<string> Missing);

/// <summary>
/// The teaching assistant's kit: the rubric (out/rubric.tex, .pdf), the answer template
/// (out/answers-template.tex) and the grading of a batch. Every file is replaced atomically.
/// </summary>
public static class KitWriter
{
    public const string RubricName = "rubric", TemplateName = "answers-template";

    /// <summary>Writes rubric.tex and, when <paramref name="pdf"/>, rubric.pdf (LaTeX errors: <see cref="LatexBuildException"/>).</summary>
    public static IReadOnlyList<string> WriteRubric(AnswerKey key, string variant, string outDir, bool pdf = true)
    {
        var tex = KitTemplates.Render("rubric.tex.scriban", KitModel.Of(key, variant));
        return LatexBuilder.Build(tex, outDir, RubricName, pdf);
    }

    public static string RenderTemplate(AnswerKey key, string variant) =>
        KitTemplates.Render("answers-template.tex.scriban", KitModel.Of(key, variant));

    public static string WriteTemplate(AnswerKey key, string variant, string outDir)
    {
        Directory.CreateDirectory(outDir);
        return AtomicFile.Write(Path.Combine(outDir, TemplateName + ".tex"), Encoding.UTF8.GetBytes(RenderTemplate(key, variant)));
    }

    /// <summary>
    /// Grades the .tex files among <paramref name="inputs"/> (folders are searched) into <paramref name="outDir"/>:
    /// grades.csv, feedback/ID.txt and feedback/ID.tex, summary.txt (and summary.json / summary.csv when asked).
    /// </summary>
    public static GradeReport Grade(AnswerKey key, IEnumerable<string> inputs, string outDir, string format = "text", Action<string>? progress = null, GradeOptions? options = null)
    {
        var missing = new List<string>();
        // The feedback is .tex too: never grade what a previous run wrote into the output folder.
        var outFull = Path.GetFullPath(outDir) + Path.DirectorySeparatorChar;
        var files = Grader.Expand(inputs, missing)
            .Where(f => !Path.GetFullPath(f).StartsWith(outFull, StringComparison.Ordinal) && !IsGenerated(f)).ToArray();
        var grades = Unique(new Grader(key, options).GradeFiles(files, progress));
        var summary = GradingSummary.Of(key, grades);
        var feedbackDir = Path.Combine(outDir, "feedback");
        Directory.CreateDirectory(feedbackDir);
        var written = new List<string> { AtomicFile.Write(Path.Combine(outDir, "grades.csv"), Encoding.UTF8.GetBytes(GradesCsv.Write(key, grades))) };
        // Student ids come from untrusted file names: the feedback files get cleaned, distinct names.
        var names = FeedbackNames.Distinct(grades.Select(g => FeedbackNames.Of(g.Student)).ToArray());
        foreach (var (g, name) in grades.Zip(names))
        {
            written.Add(AtomicFile.Write(Path.Combine(feedbackDir, name + ".txt"), Encoding.UTF8.GetBytes(FeedbackText.Write(key, g))));
            written.Add(AtomicFile.Write(Path.Combine(feedbackDir, name + ".tex"), Encoding.UTF8.GetBytes(FeedbackLatex.Write(key, g))));
        }
        written.Add(AtomicFile.Write(Path.Combine(outDir, "summary.txt"), Encoding.UTF8.GetBytes(summary.ToText())));
        if (format == "json") written.Add(AtomicFile.Write(Path.Combine(outDir, "summary.json"), summary.ToJson()));
        if (format == "csv") written.Add(AtomicFile.Write(Path.Combine(outDir, "summary.csv"), Encoding.UTF8.GetBytes(summary.ToCsv())));
        return new GradeReport(written, grades, summary, missing);
    }

    /// <summary>A feedback file or rubric written by this tool (its first line says so), e.g. from an earlier run's output folder.</summary>
    private static bool IsGenerated(string file)
    {
        try
        {
            using var reader = new StreamReader(file);
            var first = reader.ReadLine() ?? "";
            return first.StartsWith("%% Feedback written by `ift6135-sym grade`", StringComparison.Ordinal)
                || first.StartsWith("%% Written by `ift6135-sym rubric`", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    /// <summary>Two files with the same name in different folders get ids ID, ID-2, ... in path order, so no row or feedback is merged.</summary>
    private static IReadOnlyList<SubmissionGrade> Unique(IReadOnlyList<SubmissionGrade> grades) =>
        grades.Zip(FeedbackNames.Distinct(grades.Select(g => g.Student).ToArray()), (g, id) => g with { Student = id }).ToArray();

    /// <summary>A name for the parameters, shown in the documents: "default" or the parameter file's name.</summary>
    public static string Variant(string? paramsFile) => paramsFile is null ? "the statement's defaults" : $"variant {Path.GetFileName(paramsFile)}";

    public static AssignmentParameters LoadParameters(string? paramsFile) =>
        paramsFile is null ? AssignmentParameters.Default : ParametersLoader.Load(paramsFile);
}
