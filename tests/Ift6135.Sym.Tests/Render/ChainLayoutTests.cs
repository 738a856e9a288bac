using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing.Infix;
using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Render;

namespace Ift6135.Sym.Tests.Render;

public sealed class ChainLayoutTests
{
    [Theory]
    [InlineData(@"\frac{a}{b} + \frac{c}{d} = 1", false)]
    [InlineData(@"x^{2} = \sqrt{y}", false)]
    [InlineData(@"\frac{\frac{a}{b}}{c} = 1", true)]
    [InlineData(@"\frac{K w_{1}}{\sum_{j=1}^{K} \frac{w_{j}}{K}}", true)]
    [InlineData(@"\det\begin{pmatrix} a & b \\ c & d \end{pmatrix} = a d - b c", true)]
    public void ATableRowCannotHoldAMatrixOrAFractionInAFraction(string latex, bool tall) => Assert.Equal(tall, ChainLayout.IsTall(latex));

    [Fact]
    public void ShortChainKeepsItsStartOnTheFirstLine() => Assert.False(ChainLayout.StartAlone(@"\alpha^{2} + 1", [@"(\alpha + 1)^{2} - 2\alpha"]));

    [Fact]
    public void WideChainPutsItsStartAlone()
    {
        var wide = string.Join(" + ", Enumerable.Range(1, 30).Select(i => $"x_{{{i}}}"));
        Assert.True(ChainLayout.StartAlone(wide, ["y"]));
    }

    [Fact]
    public void CommandsCountAsOneGlyph() => Assert.Equal(3, ChainLayout.Width(@"\alpha \beta \gamma"));
}

public sealed class ChainBreakingTests
{
    private static readonly string[] Letters = ["a", "b", "c", "d", "f", "g", "h", "k"];

    private static Expr Parse(string text) => InfixParser.Parse(text, new SymbolTable());

    [Fact]
    public void AShortFormulaStaysOnOneLine()
    {
        var terms = LatexPrinter.PrintTerms(Parse("a + b - c"));
        Assert.Equal(["a + b - c"], ChainLayout.Break(terms, ChainLayout.StepRoom));
    }

    [Fact]
    public void AWideSumBreaksBetweenTermsAndEveryLineFits()
    {
        // Eight terms x^{10} (3 glyphs, 4 with the sign) in lines of 10 glyphs: two terms a line.
        var sum = string.Join(" + ", Letters.Select(l => l + "^10"));
        var terms = LatexPrinter.PrintTerms(Parse(sum));
        var lines = ChainLayout.Break(terms, 10);
        Assert.True(lines.Count == 4, string.Join(" | ", lines));
        Assert.All(lines, l => Assert.True(ChainLayout.Width(l) <= 10, l));
        Assert.All(lines.Skip(1), l => Assert.StartsWith("+ ", l));
        // Nothing lost or reordered: the lines joined are the terms, each written once.
        Assert.Equal(Letters.Select(l => l + "^{10}"), string.Join(" ", lines).Split(" + "));
    }

    [Fact]
    public void ATermWiderThanALineBreaksBetweenItsFactors()
    {
        var product = "(a + b + c + d)*(f + g + h + k)";
        var terms = LatexPrinter.PrintTerms(Parse(product));
        var lines = ChainLayout.Break(terms, 16);
        Assert.Equal(2, lines.Count);
        Assert.StartsWith(@"\cdot (", lines[1]);
    }
}
