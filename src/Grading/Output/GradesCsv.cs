using System.Text;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Scoring;

namespace Ift6135.Sym.Grading.Output;

/// <summary>
/// grades.csv for a gradebook import: one row per student (sorted by id), one column per sub-question
/// in the statement's order, the total, and the sub-questions whose points include a proposal to confirm.
/// RFC 4180 quoting, '\n' line ends, invariant numbers: the same batch gives the same bytes.
/// </summary>
public static class GradesCsv
{
    public static string Write(AnswerKey key, IReadOnlyList<SubmissionGrade> grades)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", new[] { "student" }.Concat(key.Parts.Select(p => p.Id)).Concat(["total", "to_confirm"]).Select(Quote))).Append('\n');
        foreach (var g in grades)
        {
            var cells = new List<string> { Quote(g.Student) };
            cells.AddRange(key.Parts.Select(p => Points.Format(g.Parts.FirstOrDefault(x => x.PartId == p.Id)?.Points ?? 0)));
            cells.Add(Points.Format(g.Total));
            cells.Add(Quote(string.Join(" ", g.Parts.Where(p => p.ToConfirm).Select(p => p.PartId))));
            sb.Append(string.Join(",", cells)).Append('\n');
        }
        return sb.ToString();
    }

    public static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
}
