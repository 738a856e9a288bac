using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Render;

/// <summary>
/// Turns the model's mathematics into LaTeX. Every formula goes through <see cref="LatexPrinter"/>;
/// only the glue between printed pieces (a relation sign, set braces, commas) is written here.
/// </summary>
public static class MathLatex
{
    public static string Print(MathItem item) => item switch
    {
        ExprItem e => LatexPrinter.Print(e.Expr),
        MatrixItem m => LatexPrinter.Print(m.Matrix),
        RelationItem r => Print(new ExprItem(r.Relation.Left)) + " " + RelationSign(r.Relation.Kind) + " " + Print(new ExprItem(r.Relation.Right)),
        DefinitionItem d => LatexPrinter.Print(d.Name) + " = " + Print(d.Value),
        SetItem s => @"\left\{" + string.Join(", ", s.Elements.Select(Print)) + @"\right\}",
        ListItem l => string.Join(@",\quad ", l.Items.Select(Print)),
        EqualityItem q => Print(q.Left) + " = " + Print(q.Right),
        ProductItem p => string.Join(" ", p.Factors.Select(Print)),
        _ => throw new NotSupportedException($"No LaTeX form for {item.GetType().Name}."),
    };

    /// <summary>The sign of a relation: notation, not mathematics computed by the engine.</summary>
    public static string RelationSign(RelationKind kind) => kind switch
    {
        RelationKind.Equal => "=",
        RelationKind.NotEqual => @"\neq",
        RelationKind.Less => "<",
        RelationKind.LessOrEqual => @"\leq",
        RelationKind.Greater => ">",
        _ => @"\geq",
    };

    /// <summary>Running text: plain pieces escaped, math pieces printed and put in $...$.</summary>
    public static string Inline(Inline text) => string.Concat(text.Pieces.Select(p => p switch
    {
        TextPiece t => TexText.Escape(t.Text),
        MathPiece m => "$" + Print(m.Math) + "$",
        _ => "",
    }));
}
