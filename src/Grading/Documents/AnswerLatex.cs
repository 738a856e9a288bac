using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Render;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Grading.Documents;

/// <summary>An answer as LaTeX math (without $): every formula printed by the engine's LaTeX printer.</summary>
public static class AnswerLatex
{
    public static string Print(Answer answer, AnswerKind kind) => answer switch
    {
        PixelSetAnswer p => p.Pixels.Count == 0 ? @"\emptyset" : @"\{" + string.Join(", ", p.Pixels.Order().Select(x => $"{x.Row}{x.Column}")) + @"\}",
        ExprAnswer e => LatexPrinter.Print(e.Value),
        MatrixAnswer m => LatexPrinter.Print(m.Value),
        ExprListAnswer l when kind is AnswerKind.Point or AnswerKind.Witness => @"\left(" + string.Join(", ", l.Values.Select(LatexPrinter.Print)) + @"\right)",
        ExprListAnswer l => @"\left\{" + string.Join(", ", l.Values.Select(LatexPrinter.Print)) + @"\right\}",
        BigOAnswer b => BigOClass.Latex(b),
        ChoiceAnswer c => @"\text{" + TexPlainText.Escape(c.Choice) + "}",
        BooleanAnswer b => @"\text{" + (b.Value ? "yes" : "no") + "}",
        _ => @"\text{" + TexPlainText.Escape(answer.Canonical) + "}",
    };
}
