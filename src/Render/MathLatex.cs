using System.Text;
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
        ExprItem { InPowersOf: { } x } e => LatexPrinter.PrintInPowersOf(e.Expr, x),
        ExprItem e => LatexPrinter.Print(e.Expr),
        MatrixItem m => LatexPrinter.Print(m.Matrix),
        RelationItem r => LatexPrinter.Print(r.Relation),
        DefinitionItem d => LatexPrinter.Print(d.Name) + " = " + Print(d.Value),
        SetItem s => @"\left\{" + string.Join(", ", s.Elements.Select(Print)) + @"\right\}",
        ListItem l => string.Join(ListSeparator, l.Items.Select(Print)),
        EqualityItem q => Print(q.Left) + " = " + Print(q.Right),
        ProductItem p => string.Join(" ", p.Factors.Select(Print)),
        DeterminantItem d => @"\det" + LatexPrinter.Print(d.Matrix),
        TransposeItem t => LatexPrinter.Print(t.Matrix) + @"^{\top}",
        IntervalItem { Upper: null } i => LatexPrinter.Print(new Relation(RelationKind.Greater, i.Variable, i.Lower)),
        IntervalItem i => LatexPrinter.Print(i.Lower) + " < " + LatexPrinter.Print(i.Variable) + " < " + LatexPrinter.Print(i.Upper),
        MeasuredItem m => Measured(m.Shown) + (m.ShownError is { } e ? @" \pm " + Measured(e) : ""),
        _ => throw new NotSupportedException($"No LaTeX form for {item.GetType().Name}."),
    };

    /// <summary>A measured number as a mathematician writes it: a true minus sign, and 4.4\cdot 10^{-16} rather than 4.4e-16.</summary>
    private static string Measured(MeasuredDigits d) =>
        (d.Negative ? "-" : "") + d.Digits + (d.Exponent is { } p ? $@"\cdot 10^{{{p}}}" : "");

    /// <summary>
    /// A display's lines: a list of relations (u_1 = .., u_2 = ..) one relation per line, so that each is
    /// read as a statement of its own; anything else is one line.
    /// </summary>
    public static IReadOnlyList<string> Lines(MathItem item) =>
        item is ListItem l && l.Items.Count > 1 && l.Items.All(i => i is RelationItem or DefinitionItem or EqualityItem)
            ? l.Items.Select(Print).ToArray()
            : [Print(item)];

    /// <summary>The item printed and its display's <see cref="Lines"/>, from one printing: a list's lines joined as the list prints.</summary>
    public static (string Math, IReadOnlyList<string> Lines) Display(MathItem item)
    {
        var lines = Lines(item);
        return (lines.Count == 1 ? lines[0] : string.Join(ListSeparator, lines), lines);
    }

    private const string ListSeparator = @",\; ";

    /// <summary>The item as the terms a display may break it into (one term when it is not a formula of the engine's).</summary>
    public static IReadOnlyList<BreakableTerm> Terms(MathItem item) =>
        item is ExprItem { InPowersOf: null } e ? LatexPrinter.PrintTerms(e.Expr) : Whole(Print(item));

    /// <summary><see cref="Terms(MathItem)"/> of an item already printed as <paramref name="printed"/>: a formula not of the engine's is not printed again.</summary>
    public static IReadOnlyList<BreakableTerm> Terms(MathItem item, string printed) =>
        item is ExprItem { InPowersOf: null } e ? LatexPrinter.PrintTerms(e.Expr) : Whole(printed);

    private static IReadOnlyList<BreakableTerm> Whole(string printed) => [new BreakableTerm(printed, [printed])];

    /// <summary>The sign of a relation, as the printer writes it.</summary>
    public static string RelationSign(RelationKind kind) => LatexPrinter.RelationSymbol(kind);

    /// <summary>Running text: plain pieces escaped, math pieces printed and put in $...$, check notes shown in place.</summary>
    public static string Inline(Inline text)
    {
        // A lone piece (a title, a label, a short caption) is its own text; no builder for it.
        if (text.Pieces is [TextPiece only]) return TexPlainText.Escape(only.Text);
        var latex = new StringBuilder();
        Append(latex, text);
        return latex.ToString();
    }

    /// <summary>
    /// The pieces of <see cref="Inline(Assignment.Model.Inline)"/> written into one builder, a check note's own pieces in its place
    /// (the order of <see cref="Assignment.Model.Inline.Flat"/>): running text is most of the document, and a string per piece,
    /// joined, showed in profiles of solve.
    /// </summary>
    private static void Append(StringBuilder latex, Inline text)
    {
        foreach (var piece in text.Pieces)
        {
            switch (piece)
            {
                case TextPiece t: latex.Append(TexPlainText.Escape(t.Text)); break;
                case MathPiece m: latex.Append('$').Append(Print(m.Math)).Append('$'); break;
                case CheckNotePiece n: Append(latex, n.Text); break;
            }
        }
    }
}
