using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Printing.Presentation;

namespace Ift6135.Sym.Symbolic.Printing;

/// <summary>
/// LaTeX (amsmath) as a mathematician writes it, rendered from the shared display tree:
/// \frac for quotients, \sqrt, e^{u} (or \exp(u) when u is long or holds a fraction), juxtaposition
/// for products (\cdot only before a digit), Greek letters and subscripts for names.
/// </summary>
public static class LatexPrinter
{
    public static string Print(Expr e) => LatexRenderer.Render(Presenter.Present(e));

    /// <summary>
    /// The formula as the terms a display may break between lines (a sum's signed terms, each with its
    /// factors after \cdot for a break inside a product); the terms' texts joined with spaces are <see cref="Print(Expr)"/>.
    /// </summary>
    public static IReadOnlyList<BreakableTerm> PrintTerms(Expr e) => LatexRenderer.Terms(Presenter.Present(e));

    /// <summary>e as a polynomial in x, descending powers, coefficients in front: λ² + (α² − 2)λ + 1 (e printed as usual when it is not one).</summary>
    public static string PrintInPowersOf(Expr e, Symbol x) => PolynomialLatex.InPowersOf(e, x);

    public static string Print(Matrix m) =>
        @"\begin{pmatrix} "
        + string.Join(@" \\ ", Enumerable.Range(0, m.Rows).Select(r => string.Join(" & ", m.Row(r).Select(Print))))
        + @" \end{pmatrix}";

    public static string Print(Relation r) => $"{Print(r.Left)} {RelationSymbol(r.Kind)} {Print(r.Right)}";

    public static string RelationSymbol(RelationKind kind) => kind switch
    {
        RelationKind.Equal => "=",
        RelationKind.NotEqual => @"\neq",
        RelationKind.Less => "<",
        RelationKind.LessOrEqual => @"\le",
        RelationKind.Greater => ">",
        _ => @"\ge",
    };

    /// <summary>
    /// The name to declare (% function:) for an undefined function as it is printed, or null for an
    /// expectation, a divergence or a named operator (\det), which the notation writes as operators.
    /// </summary>
    public static string? DeclaredFunctionName(string name) =>
        ProbabilityNotation.IsExpectation(name) || name == ProbabilityNotation.Divergence || LatexNames.IsNamedOperator(name) ? null : ProbabilityNotation.Head(name);

    /// <summary>The Hadamard (entrywise) product of two already-printed matrices.</summary>
    public static string Hadamard(string left, string right) => $@"{left} \odot {right}";
}
