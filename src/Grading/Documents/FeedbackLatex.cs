using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Output;
using Ift6135.Sym.Grading.Scoring;
using Ift6135.Sym.Render;
using Scriban.Runtime;

namespace Ift6135.Sym.Grading.Documents;

/// <summary>The LaTeX feedback of one student (templates/rubric-feedback.tex.scriban); all text is escaped.</summary>
public static class FeedbackLatex
{
    public const string Template = "rubric-feedback.tex.scriban";

    public static string Write(AnswerKey key, SubmissionGrade grade, TemplateSet? templates = null)
    {
        var model = new ScriptObject
        {
            ["student"] = TexPlainText.Escape(grade.Student),
            ["total"] = Points.Format(grade.Total),
            ["total_points"] = key.TotalPoints,
            ["to_confirm"] = grade.Parts.Any(p => p.ToConfirm),
            ["problems"] = KitTemplates.Array(grade.Problems.Select(p => (object)TexPlainText.Escape(p))),
            ["parts"] = KitTemplates.Array(grade.Parts.Select(p => (object)new ScriptObject
            {
                ["id"] = TexPlainText.Escape(p.PartId),
                ["title"] = TexPlainText.Escape(key.Part(p.PartId)?.Title ?? ""),
                ["points"] = Points.Format(p.Points),
                ["max"] = Points.Format(p.Max),
                ["to_confirm"] = p.ToConfirm,
                ["proposed"] = Points.Format(p.Proposed),
                ["proposed_max"] = Points.Format(p.ProposedMax),
                ["fields"] = KitTemplates.Array(p.Fields.Select(f => (object)new ScriptObject
                {
                    ["name"] = TexPlainText.Escape(f.Field),
                    ["points"] = Points.Format(f.Points),
                    ["max"] = Points.Format(f.Max),
                    ["feedback"] = TexPlainText.Escape(f.Feedback),
                })),
                ["notes"] = KitTemplates.Array(p.Notes.Select(n => (object)TexPlainText.Escape(n))),
                ["steps"] = KitTemplates.Array(p.Steps.Select(s => (object)TexPlainText.Escape(FeedbackText.Step(s)))),
            })),
        };
        return KitTemplates.Render(Template, model, templates);
    }
}
