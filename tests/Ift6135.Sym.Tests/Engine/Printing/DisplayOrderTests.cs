using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Printing.Presentation;

namespace Ift6135.Sym.Tests.Engine.Printing;

/// <summary>The display order of terms, each expected order worked out by hand from the rule (degree, then name by name, numbers last).</summary>
public class DisplayOrderTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y");

    [Fact]
    public void TermsGoByTotalDegreeThenNameByName()
    {
        // x^2, xy, y^2 have degree 2: x^2 leads (x: 2 against 1), xy before y^2 (x: 1 against 0); then x, then the number.
        Expr[] terms = [Number.One, X, Y.Pow(2), Build.Mul(X, Y), X.Pow(2)];
        Assert.Equal([X.Pow(2), Build.Mul(X, Y), Y.Pow(2), X, Number.One], DisplayOrder.OrderTerms(terms));
    }

    [Fact]
    public void IndexedSymbolsAreComparedByTheirPrintedNames()
    {
        var w1 = Symbol.Indexed("w", Facts.Real, 1);
        var w2 = Symbol.Indexed("w", Facts.Real, 2);
        // Degree 2 each: w[1]^2 (w[1]: 2) before w[1] w[2] (w[1]: 1) before w[2]^2 (w[1]: 0).
        Expr[] terms = [w2.Pow(2), Build.Mul(w1, w2), w1.Pow(2)];
        Assert.Equal([w1.Pow(2), Build.Mul(w1, w2), w2.Pow(2)], DisplayOrder.OrderTerms(terms));
        Assert.Equal(new BigRational(3), DisplayOrder.TotalDegree(Build.Mul(w1.Pow(2), w2)));
    }

    [Fact]
    public void TwoSymbolsPrintedAlikeAddTheirDegrees()
    {
        // x (real) and x (positive) are two symbols with one printed name: x·x₊ has degree 2 in "x", like x^2, and more than y.
        var xPositive = Symbol.Positive("x");
        var both = Build.Mul(X, xPositive);
        Assert.Equal(new BigRational(2), DisplayOrder.TotalDegree(both));
        Assert.Equal(new BigRational(7, 2), DisplayOrder.TotalDegree(Build.Mul(X.Pow(Number.Of(new BigRational(3, 2))), xPositive.Pow(2))));
        Assert.Equal([both, Build.Mul(Y, X)], DisplayOrder.OrderTerms([Build.Mul(Y, X), both]));
    }
}
