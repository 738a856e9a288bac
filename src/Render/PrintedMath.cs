using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Render;

/// <summary>
/// The LaTeX of one question's math items, each item printed once. A chain's expression is printed as the step's text,
/// broken into terms for its lines, and printed again as the left and the right of its appendix rows (the ledger holds the
/// same item objects as the chain): four printings of one immutable item, three of them redone work. Keyed by reference,
/// since items are records whose value equality would walk the expression at every look-up. Not shared between threads.
/// </summary>
internal sealed class PrintedMath
{
    private readonly Dictionary<MathItem, string> texts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<MathItem, IReadOnlyList<BreakableTerm>> terms = new(ReferenceEqualityComparer.Instance);

    /// <summary>The item's LaTeX, as <see cref="MathLatex.Print"/> writes it.</summary>
    public string Print(MathItem item)
    {
        if (!texts.TryGetValue(item, out var text)) texts.Add(item, text = MathLatex.Print(item));
        return text;
    }

    /// <summary>
    /// The item's terms, as <see cref="MathLatex.Terms"/> gives them; its text is then their texts joined with spaces
    /// (what <see cref="LatexPrinter.PrintTerms"/> promises), so a chain's step is not printed a second time for its text.
    /// </summary>
    public IReadOnlyList<BreakableTerm> Terms(MathItem item)
    {
        if (terms.TryGetValue(item, out var known)) return known;
        var found = texts.TryGetValue(item, out var text) ? MathLatex.Terms(item, text) : MathLatex.Terms(item);
        terms.Add(item, found);
        if (text is null) texts.Add(item, string.Join(" ", found.Select(t => t.Text)));
        return found;
    }
}
