using CsCheck;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Symbolic.Printing.Presentation;

namespace Ift6135.Sym.Tests.Engine.Printing;

/// <summary>
/// What the render path relies on to print less: a formula's terms joined with spaces are its printed text (the text of a
/// chain's step is taken from the terms it is broken into), and the factor order worked out with each factor's rank once
/// is the stable sort by <see cref="DisplayOrder.Factors"/>. On random canonical expressions, from a fixed generator state.
/// </summary>
public class PrintingShortcutTests
{
    private static IEnumerable<Expr> Samples(int count, ulong seed)
    {
        var gen = PrintingExprGen.Expressions(PrintingExprGen.NewTable());
        var pcg = new PCG(11, seed);
        for (var k = 0; k < count; k++) yield return gen.Generate(pcg, null, out _);
    }

    [Fact]
    public void TermsJoinedWithSpacesAreThePrintedFormula()
    {
        var sums = 0;
        foreach (var e in Samples(2000, 20261206))
        {
            if (e is Sum) sums++;
            Assert.Equal(LatexPrinter.Print(e), string.Join(" ", LatexPrinter.PrintTerms(e).Select(t => t.Text)));
        }
        Assert.True(sums > 100, $"{sums} sums among the samples");
    }

    [Fact]
    public void FactorsOrderedWithTheirRanksOnceAreTheStableSortByTheFactorOrder()
    {
        var products = 0;
        foreach (var e in Samples(3000, 20261207))
        {
            foreach (var node in e.Descendants())
            {
                if (node is not Product p) continue;
                products++;
                Assert.Equal(p.Factors.OrderBy(f => f, DisplayOrder.Factors), DisplayOrder.OrderFactors(p.Factors));
                // Reversed, the input order differs but the order of distinct factors must not.
                Assert.Equal(p.Factors.Reverse().OrderBy(f => f, DisplayOrder.Factors), DisplayOrder.OrderFactors(p.Factors.Reverse().ToArray()));
            }
        }
        Assert.True(products > 300, $"{products} products among the samples");
    }
}
