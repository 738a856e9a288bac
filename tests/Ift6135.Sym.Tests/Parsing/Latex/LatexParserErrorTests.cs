using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Tests.Parsing.Latex;

/// <summary>Errors name the place (line:column of the document) and what was expected.</summary>
public class LatexParserErrorTests
{
    private static ParseError Fail(string latex, int line = 1, int column = 1) =>
        Assert.Throws<ParseException>(() => LatexMathParser.Parse(new LatexSource(latex, line, column), LatexContext.Empty)).Error;

    [Fact]
    public void UnclosedParenthesis()
    {
        var e = Fail("(x + y");
        Assert.Equal(new SourceSpan(1, 7, 1), e.Span);
        Assert.Contains("')'", e.Message);
    }

    [Fact]
    public void MissingOperand()
    {
        var e = Fail("x + ");
        Assert.Equal(5, e.Span.Column);
        Assert.Contains("expected an expression", e.Message);
    }

    [Fact]
    public void UnknownEnvironment()
    {
        var e = Fail(@"\begin{cases} x \end{cases}");
        Assert.Contains("cases", e.Message);
    }

    [Fact]
    public void PositionsAreDocumentPositions()
    {
        // The formula starts at line 4, column 10 of its document; the stray ')' is its 5th character.
        var e = Fail("x + y)", 4, 10);
        Assert.Equal(4, e.Span.Line);
        Assert.Equal(15, e.Span.Column);
    }

    [Fact]
    public void SecondLineOfAFormula()
    {
        var e = Fail("x +\n  * y", 2, 1);
        Assert.Equal(3, e.Span.Line);
        Assert.Equal(3, e.Span.Column);
    }

    [Fact]
    public void PrimeOnUndeclaredName() => Assert.Contains("% function: f", Fail("f'(x)").Message);

    [Fact] public void EllipsisIsRefused() => Assert.Contains("cannot be checked", Fail(@"x_1 + \cdots + x_n").Message);

    [Fact] public void UnclosedAbsoluteValue() => Assert.Contains("'|'", Fail("|x + 1").Message);

    [Fact] public void MissingTextBrace() => Assert.Contains("'}'", Fail(@"x \text{oops").Message);

    [Fact] public void MatrixRowsOfUnequalLength() => Assert.Contains("2 entries", Fail(@"\begin{pmatrix} 1 & 2 \\ 3 \end{pmatrix}").Message);

    [Fact]
    public void FormatShowsLineAndCaret()
    {
        var e = Fail("x + )");
        var text = e.Format("f.tex");
        Assert.StartsWith("f.tex:1:5:", text);
        Assert.EndsWith("    ^", text);
    }
}
