using System.Globalization;
using System.Text;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Scoring;

namespace Ift6135.Sym.Grading.Output;

/// <summary>The plain-text feedback of one student: problems of the file, then each sub-question's points, field verdicts, notes and step verdicts.</summary>
public static class FeedbackText
{
    public static string Write(AnswerKey key, SubmissionGrade grade)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Feedback for {grade.Student} ({grade.File})\n");
        sb.Append(CultureInfo.InvariantCulture, $"Total: {Points.Format(grade.Total)} / {key.TotalPoints}");
        if (grade.Parts.Any(p => p.ToConfirm)) sb.Append(" (includes proposed points for proofs, to confirm by a teaching assistant)");
        sb.Append('\n');
        foreach (var p in grade.Problems) sb.Append("! ").Append(p).Append('\n');
        foreach (var part in grade.Parts)
        {
            var title = key.Part(part.PartId)?.Title ?? "";
            sb.Append(CultureInfo.InvariantCulture, $"\n{part.PartId} {title}: {Points.Format(part.Points)} / {Points.Format(part.Max)}\n");
            foreach (var f in part.Fields)
                sb.Append(CultureInfo.InvariantCulture, $"  {f.Field}: {Points.Format(f.Points)} / {Points.Format(f.Max)}, {f.Feedback}\n");
            if (part.ToConfirm)
                sb.Append(CultureInfo.InvariantCulture, $"  derivation: {Points.Format(part.Proposed)} / {Points.Format(part.ProposedMax)} proposed, to confirm by a teaching assistant\n");
            foreach (var n in part.Notes) sb.Append("  note: ").Append(n).Append('\n');
            foreach (var s in part.Steps) sb.Append("    ").Append(Step(s)).Append('\n');
        }
        return sb.ToString();
    }

    public static string Step(StepReport s)
    {
        var verdict = s.Status switch
        {
            StepStatus.Valid => $"valid ({s.Method})",
            StepStatus.Invalid => "INVALID",
            StepStatus.Unknown => "undecided",
            StepStatus.NotChecked => "logical step (not checked)",
            // A definition (g(z) := .., or a name written for the first time) is no claim: it names what later steps use.
            StepStatus.Definition => "definition (not checked)",
            _ => "unreadable",
        };
        var text = string.Create(CultureInfo.InvariantCulture, $"line {s.Line}: {verdict}: {s.Left} {s.Relation} {s.Right}");
        if (s.Counterexample is { } ce)
            text += "; fails at " + string.Join(", ", ce.PointText()) + $" (left {ce.Left}, right {ce.Right})";
        return text;
    }
}
