using System.Text;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Scoring;

namespace Ift6135.Sym.Grading.Output;

/// <summary>
/// grades.csv for a gradebook import: one row per student (sorted by id), one column per sub-question
/// in the statement's order, the total, and the sub-questions whose points include a proposal to confirm.
/// RFC 4180 quoting, formulas neutralized (see <see cref="Quote"/>), '\n' line ends, invariant numbers: the same batch gives the same bytes.
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

    /// <summary>
    /// A text cell: one that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
    /// return) gets a leading apostrophe, which shows it as text; then RFC 4180 quoting for , " and line ends.
    /// </summary>
    public static string Quote(string cell)
    {
        // Other control characters (NUL, escape...) have no place in a gradebook: shown as U+FFFD.
        var visible = string.Concat(cell.Select(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t') ? '\uFFFD' : c));
        var text = visible.Length > 0 && visible[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + visible : visible;
        return text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
