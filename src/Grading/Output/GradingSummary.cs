using System.Globalization;
using System.Text;
using System.Text.Json;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Scoring;

namespace Ift6135.Sym.Grading.Output;

/// <summary>Per sub-question statistics of a batch.</summary>
public sealed record PartSummary(string PartId, int Max, decimal Mean, decimal Min, decimal MaxGiven, IReadOnlyList<(decimal Points, int Count)> Distribution, int Missing, int Unreadable);

/// <summary>
/// One student's line of the batch, for a program that reads the summary (an LMS import): the points per sub-question,
/// the total, the sub-questions whose points include a proposal to confirm, and what could not be read.
/// </summary>
public sealed record StudentSummary(string Student, string File, decimal Total, IReadOnlyList<(string PartId, decimal Points)> Parts,
    IReadOnlyList<string> ToConfirm, IReadOnlyList<string> Problems)
{
    public static StudentSummary Of(AnswerKey key, SubmissionGrade grade) =>
        new(grade.Student, grade.File, grade.Total,
            key.Parts.Select(k => (k.Id, grade.Parts.FirstOrDefault(p => p.PartId == k.Id)?.Points ?? 0)).ToArray(),
            grade.Parts.Where(p => p.ToConfirm).Select(p => p.PartId).ToArray(), grade.Problems);
}

/// <summary>
/// The batch at a glance: the distribution of points per sub-question and the most frequent known mistakes; and each
/// student's points, which the JSON form carries (the text and CSV forms leave them to grades.csv).
/// </summary>
public sealed record GradingSummary(int Submissions, int WithProblems, IReadOnlyList<PartSummary> Parts, IReadOnlyList<(string PartId, string Mistake, int Count)> Mistakes,
    IReadOnlyList<StudentSummary> Students)
{
    public static GradingSummary Of(AnswerKey key, IReadOnlyList<SubmissionGrade> grades)
    {
        var parts = key.Parts.Select(k =>
        {
            var pg = grades.Select(g => g.Parts.First(p => p.PartId == k.Id)).ToArray();
            var points = pg.Select(p => p.Points).ToArray();
            return new PartSummary(k.Id, k.Points,
                points.Length == 0 ? 0 : Math.Round(points.Average(), 2), points.DefaultIfEmpty().Min(), points.DefaultIfEmpty().Max(),
                points.GroupBy(x => x).OrderBy(x => x.Key).Select(x => (x.Key, x.Count())).ToArray(),
                pg.Count(p => p.Unanswered || (p.Fields.Count > 0 && p.Fields.All(f => f.Status == FieldStatus.Missing))),
                pg.Count(p => p.Fields.Any(f => f.Status == FieldStatus.Unreadable)));
        }).ToArray();
        var mistakes = grades.SelectMany(g => g.Parts.SelectMany(p => p.Fields.Where(f => f.Mistake is not null).Select(f => (p.PartId, Mistake: f.Mistake!))))
            .GroupBy(m => m).Select(x => (x.Key.PartId, x.Key.Mistake, x.Count()))
            .OrderByDescending(m => m.Item3).ThenBy(m => m.PartId, StringComparer.Ordinal).ThenBy(m => m.Mistake, StringComparer.Ordinal).ToArray();
        return new GradingSummary(grades.Count, grades.Count(g => g.Problems.Count > 0), parts, mistakes, grades.Select(g => StudentSummary.Of(key, g)).ToArray());
    }

    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Submissions} submission(s), {WithProblems} with problems (see their feedback)\n\n");
        sb.Append("part    pts  mean   min  best  missing unreadable  distribution (points x count)\n");
        foreach (var p in Parts)
            sb.Append(CultureInfo.InvariantCulture,
                $"{p.PartId,-6} {p.Max,4} {Points.Format(p.Mean),5} {Points.Format(p.Min),5} {Points.Format(p.MaxGiven),5} {p.Missing,8} {p.Unreadable,10}  {string.Join(" ", p.Distribution.Select(d => $"{Points.Format(d.Points)}x{d.Count}"))}\n");
        sb.Append("\nmost frequent mistakes:\n");
        if (Mistakes.Count == 0) sb.Append("  none recognized\n");
        foreach (var m in Mistakes.Take(20)) sb.Append(CultureInfo.InvariantCulture, $"  {m.Count,4}  {m.PartId}  {m.Mistake}\n");
        return sb.ToString();
    }

    public string ToCsv()
    {
        var sb = new StringBuilder("part,max,mean,min,max_given,missing,unreadable\n");
        foreach (var p in Parts)
            sb.Append(CultureInfo.InvariantCulture, $"{p.PartId},{p.Max},{Points.Format(p.Mean)},{Points.Format(p.Min)},{Points.Format(p.MaxGiven)},{p.Missing},{p.Unreadable}\n");
        return sb.ToString();
    }

    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("submissions", Submissions);
            w.WriteNumber("withProblems", WithProblems);
            w.WriteStartArray("parts");
            foreach (var p in Parts)
            {
                w.WriteStartObject();
                w.WriteString("id", p.PartId);
                w.WriteNumber("max", p.Max);
                w.WriteNumber("mean", p.Mean);
                w.WriteNumber("min", p.Min);
                w.WriteNumber("maxGiven", p.MaxGiven);
                w.WriteNumber("missing", p.Missing);
                w.WriteNumber("unreadable", p.Unreadable);
                w.WriteStartObject("distribution");
                foreach (var d in p.Distribution) w.WriteNumber(Points.Format(d.Points), d.Count);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("mistakes");
            foreach (var m in Mistakes)
            {
                w.WriteStartObject();
                w.WriteString("part", m.PartId);
                w.WriteString("mistake", m.Mistake);
                w.WriteNumber("count", m.Count);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteStudents(w);
            w.WriteEndObject();
        }
        stream.Write("\n"u8);
        return stream.ToArray();
    }

    private void WriteStudents(Utf8JsonWriter w)
    {
        w.WriteStartArray("students");
        foreach (var s in Students)
        {
            w.WriteStartObject();
            w.WriteString("student", s.Student);
            w.WriteString("file", s.File);
            w.WriteNumber("total", s.Total);
            w.WriteStartObject("points");
            foreach (var (part, points) in s.Parts) w.WriteNumber(part, points);
            w.WriteEndObject();
            WriteStrings(w, "toConfirm", s.ToConfirm);
            WriteStrings(w, "problems", s.Problems);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
