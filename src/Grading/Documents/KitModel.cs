using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Output;
using Ift6135.Sym.Render;
using Scriban.Runtime;

namespace Ift6135.Sym.Grading.Documents;

/// <summary>The answer key as Scriban script objects, every string already LaTeX (text escaped, math printed).</summary>
public static class KitModel
{
    public static ScriptObject Of(AnswerKey key, string variant) => new()
    {
        ["total_points"] = key.TotalPoints,
        ["variant"] = TexPlainText.Escape(variant),
        ["key_fingerprint"] = KeyFingerprint.Of(key),
        ["parts"] = KitTemplates.Array(key.Parts.Select(Part)),
    };

    private static ScriptObject Part(PartKey p)
    {
        var proofShare = p.Points * (1m - p.Fields.Sum(f => f.Weight));
        return new ScriptObject
        {
            ["id"] = TexPlainText.Escape(p.Id),
            ["raw_id"] = p.Id,
            ["title"] = TexPlainText.Escape(p.Title),
            ["points"] = p.Points,
            ["points_label"] = Points.WithUnit(p.Points),
            ["restatement"] = MathLatex.Inline(p.Restatement),
            ["expectation"] = TexPlainText.Escape(p.Expectation),
            ["declarations"] = KitTemplates.Array(p.Declarations),
            ["fields"] = KitTemplates.Array(p.Fields.Select(f => Field(p, f))),
            ["labelled"] = p.Fields.Count > 1 || (p.Fields.Count == 1 && proofShare > 0),
            ["proof_points"] = Points.Format(proofShare),
            ["proof_points_label"] = Points.WithUnit(proofShare),
            ["steps"] = KitTemplates.Array(p.KeySteps.Select(s => (object)new ScriptObject
            {
                ["description"] = TexPlainText.Escape(s.Description),
                ["points"] = Points.Format(s.Points),
                ["points_label"] = Points.WithUnit(s.Points),
                ["formula"] = s.Formula is null ? "" : MathLatex.Print(s.Formula),
                ["judged"] = s.Check is null,
            })),
        };
    }

    private static ScriptObject Field(PartKey p, FieldKey f) => new()
    {
        ["name"] = TexPlainText.Escape(f.Name),
        ["raw_name"] = f.Name,
        ["points"] = Points.Format(p.Points * f.Weight),
        ["points_label"] = Points.WithUnit(p.Points * f.Weight),
        ["expectation"] = TexPlainText.Escape(f.Expectation),
        ["expected"] = f.Display is null ? AnswerLatex.Print(f.Expected, f.Kind) : MathLatex.Print(f.Display),
        ["accepted"] = KitTemplates.Array(f.AcceptedForms.Select(a => (object)TexPlainText.Escape(a))),
        ["mistakes"] = KitTemplates.Array(f.Mistakes.Select(m => (object)new ScriptObject
        {
            ["name"] = TexPlainText.Escape(m.Name),
            ["description"] = TexPlainText.Escape(m.Description),
            ["wrong"] = m.Display is null ? AnswerLatex.Print(m.Wrong, f.Kind) : MathLatex.Print(m.Display),
            ["points"] = Points.Format(MistakePoints(p, f, m)),
            ["points_label"] = Points.WithUnit(MistakePoints(p, f, m)),
        })),
    };

    private static decimal MistakePoints(PartKey p, FieldKey f, Mistake m) =>
        Math.Round(p.Points * f.Weight * m.Credit * 2, MidpointRounding.AwayFromZero) / 2;
}
