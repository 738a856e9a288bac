using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Symbolic.Printing;

/// <summary>LaTeX as a mathematician writes it. (Placeholder body: being written; the signatures are final.)</summary>
public static class LatexPrinter
{
    public static string Print(Expr e) => InfixPrinter.Print(e);

    public static string Print(Matrix m) =>
        @"\begin{pmatrix}" + string.Join(@" \\ ", Enumerable.Range(0, m.Rows).Select(r => string.Join(" & ", m.Row(r).Select(Print)))) + @"\end{pmatrix}";
}
