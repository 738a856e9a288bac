using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;

namespace Ift6135.Sym.Tests.Engine.Parsing;

/// <summary>Each bad input must give a message that says what was expected and the column it happened at.</summary>
public class InfixParserErrorTests
{
    private static ParseError Fail(Action parse) => Assert.Throws<ParseException>(parse).Error;

    private static ParseError FailExpr(string text) => Fail(() => InfixParser.Parse(text, new SymbolTable()));

    [Fact]
    public void ImplicitMultiplicationSaysWhatToWrite()
    {
        var e = FailExpr("2x");
        Assert.Contains("write 2*x", e.Message);
        Assert.Equal(2, e.Span.Column);
    }

    [Fact]
    public void ImplicitMultiplicationAfterPower()
    {
        var e = FailExpr("1 + x^2 y");
        Assert.Contains("write x^2*y", e.Message);
        Assert.Equal(9, e.Span.Column);
    }

    [Fact]
    public void UnclosedParenthesisNamesWhereItOpened()
    {
        var e = FailExpr("3*(x + 1");
        Assert.StartsWith("expected ')' to close the '(' at column 3", e.Message);
        Assert.Equal(9, e.Span.Column);
    }

    [Fact]
    public void UnclosedCallParenthesis()
    {
        var e = FailExpr("x + sin(x, y");
        Assert.StartsWith("expected ')' to close the '(' at column 8", e.Message);
        Assert.Equal(13, e.Span.Column);
    }

    [Fact]
    public void UnclosedBracket()
    {
        var e = FailExpr("mu[i + 1");
        Assert.StartsWith("expected ']' to close the '[' at column 3", e.Message);
    }

    [Fact]
    public void MissingOperand()
    {
        var e = FailExpr("x + * y");
        Assert.Equal("expected a number, a name or '(', found '*'", e.Message);
        Assert.Equal(5, e.Span.Column);
    }

    [Fact]
    public void EndOfInput()
    {
        var e = FailExpr("x + ");
        Assert.Equal("expected a number, a name or '(', found the end of the input", e.Message);
        Assert.Equal(5, e.Span.Column);
    }

    [Fact]
    public void UnexpectedCharacter()
    {
        var e = FailExpr("x $ y");
        Assert.Equal("unexpected character '$'", e.Message);
        Assert.Equal(3, e.Span.Column);
    }

    [Fact]
    public void WrongArity()
    {
        var e = FailExpr("1 + sqrt(x, y)");
        Assert.Equal("sqrt takes 1 argument, got 2", e.Message);
        Assert.Equal(5, e.Span.Column);
        Assert.Equal(4, e.Span.Length);
    }

    [Fact]
    public void UndeclaredFunction()
    {
        var e = FailExpr("g(x)");
        Assert.Contains("declare g as a function", e.Message);
        Assert.Equal(1, e.Span.Column);
    }

    [Fact]
    public void RelationWhereAnExpressionIsExpected()
    {
        var e = FailExpr("x = 1");
        Assert.Contains("not a relation", e.Message);
        Assert.Equal(3, e.Span.Column);
    }

    [Fact]
    public void DivisionByZero() => Assert.Contains("division by zero", FailExpr("1/0").Message);

    [Fact]
    public void FunctionNameWithoutParenthesis() => Assert.Equal("expected '(' after the function name 'exp'", FailExpr("exp + 1").Message);

    [Fact]
    public void RaggedMatrix()
    {
        var e = Fail(() => InfixParser.ParseMatrix("[[1, 2], [3]]", new SymbolTable()));
        Assert.Equal("this row has 1 entry but the first row has 2", e.Message);
        Assert.Equal(10, e.Span.Column);
    }

    [Fact]
    public void ChainIsNotASingleRelation() =>
        Assert.Contains("only allowed in assumptions", Fail(() => InfixParser.ParseRelation("0 < w < 1", new SymbolTable())).Message);

    [Fact]
    public void ContradictoryAssumptions()
    {
        var e = Fail(() => InfixParser.ParseAssumptions("a > 0, a < 0", new SymbolTable()));
        Assert.Equal("contradictory assumptions on a", e.Message);
        Assert.Equal(8, e.Span.Column);
    }

    [Fact]
    public void FormattedErrorPointsAtTheColumn()
    {
        var e = FailExpr("2x");
        Assert.Equal("in.txt:1:2: " + e.Message + "\n  2x\n   ^", e.Format("in.txt"));
    }
}
