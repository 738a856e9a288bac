using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Tests.Parsing.Latex;

public class LatexLineTests
{
    private static ParsedLine Line(string latex) => LatexMathParser.ParseLine(new LatexSource(latex), LatexContext.Empty);

    [Fact]
    public void ChainOfRelations()
    {
        var l = Line(@"a &= b \le c < d \neq e");
        Assert.Equal(5, l.Expressions.Count);
        Assert.Equal([LatexRelation.Equal, LatexRelation.LessOrEqual, LatexRelation.Less, LatexRelation.NotEqual], l.Relations.Select(r => r.Relation));
        Assert.False(l.StartsWithRelation);
    }

    [Fact]
    public void ContinuationLineStartsWithARelation()
    {
        var l = Line(@"  &= x + 1");
        Assert.True(l.StartsWithRelation);
        Assert.Single(l.Expressions);
        Assert.Equal(4, l.Relations[0].Span.Column); // the '=' after the layout '&'
    }

    [Fact]
    public void TrailingPunctuationIsDropped() => Assert.Equal(2, Line("x = 1.").Expressions.Count);

    [Fact]
    public void SideConditionAfterTopLevelComma()
    {
        var l = Line(@"f(x) = x^2, \quad x > 0");
        Assert.Equal(2, l.Expressions.Count);
        Assert.Equal(@"\quad x > 0", l.SideNote);
    }

    /// <summary>σ'(x), the sigmoid's derivative, reads as σ(x)(1 - σ(x)) (it was an input error); σ''(x) is still one, saying how to write it.</summary>
    [Fact]
    public void TheSigmoidsDerivativeIsItsIdentity()
    {
        var slope = LatexLowering.ParseScalar(@"\sigma'(t)", LatexContext.Empty);
        var identity = LatexLowering.ParseScalar(@"\sigma(t)(1 - \sigma(t))", LatexContext.Empty);
        Assert.Equal(identity, slope);
        var e = Assert.Throws<Ift6135.Sym.Symbolic.Parsing.ParseException>(() => LatexLowering.ParseScalar(@"\sigma''(t)", LatexContext.Empty));
        Assert.Contains("second derivative of the sigmoid", e.Error.Message);
        // σ' = σ(1 - σ) without arguments: σ(1 - σ) would be σ applied to 1 - σ. The message asks for an argument; it said to declare σ
        // a function, which would make it any function.
        var bare = Assert.Throws<Ift6135.Sym.Symbolic.Parsing.ParseException>(() => LatexLowering.ParseScalar(@"\sigma' + 1", LatexContext.Empty));
        Assert.Contains(@"the sigmoid's derivative at an argument, as \sigma'(x)", bare.Error.Message);
        Assert.DoesNotContain("% function", bare.Error.Message);
    }

    [Fact]
    public void TextIsAJustification() => Assert.Equal(["by Jensen"], Line(@"a \le b \quad \text{by Jensen}").Texts);

    // The justification column of align, "&& \text{since } \beta \ge -\alpha": the words end the side there as they do after \quad, and the
    // formula after them is part of the note. The right side was read as (1 - \alpha^2) \beta and a second relation "\ge -\alpha".
    [Fact]
    public void MathInAJustificationColumnIsPartOfTheNote()
    {
        var l = Line(@"&\ge 1 - \alpha^2 && \text{since } \beta \ge -\alpha");
        Assert.Single(l.Relations);
        var side = Assert.Single(l.Expressions);
        Assert.Equal(@"1 - \alpha^2", @"&\ge 1 - \alpha^2 && \text{since } \beta \ge -\alpha"[side.Start..side.End]);
        Assert.Equal([@"since \beta \ge -\alpha"], l.Texts);
    }

    [Fact]
    public void LogicalRelations()
    {
        var l = Line(@"a \approx b \implies c \iff d \Rightarrow e");
        Assert.Equal([LatexRelation.Approx, LatexRelation.Implies, LatexRelation.Iff, LatexRelation.Implies], l.Relations.Select(r => r.Relation));
        Assert.All(l.Relations, r => Assert.False(r.Relation.IsChecked()));
    }

    [Fact]
    public void GluedLessOrEqualAndDefinition()
    {
        Assert.Equal(LatexRelation.LessOrEqual, Line("a <= b").Relations[0].Relation);
        Assert.Equal(LatexRelation.Defines, Line("f := x").Relations[0].Relation);
    }

    [Fact]
    public void LayoutIsIgnored()
    {
        var l = Line(@"\displaystyle x \, + \; y \nonumber \label{eq:1} = \left( z \right)");
        Assert.Equal(2, l.Expressions.Count);
    }

    [Fact]
    public void RelationAtTheEndIsAnError()
    {
        var e = Assert.Throws<Ift6135.Sym.Symbolic.Parsing.ParseException>(() => Line("x = "));
        Assert.Contains("after '='", e.Error.Message);
    }

    [Fact]
    public void NodesKeepTheirSourceText()
    {
        var src = new LatexSource(@"\frac{a}{b} = c");
        var l = LatexMathParser.ParseLine(src, LatexContext.Empty);
        var f = l.Expressions[0];
        Assert.Equal(@"\frac{a}{b}", src.Text[f.Start..f.End]);
        Assert.IsType<FractionNode>(f);
    }

    [Fact]
    public void DerivativeForms()
    {
        Assert.IsType<DerivativeNode>(LatexMathParser.Parse(@"\frac{d}{dx} x^2", LatexContext.Empty));
        var partial = Assert.IsType<DerivativeNode>(LatexMathParser.Parse(@"\frac{\partial^2 f}{\partial x^2}", LatexContext.Empty));
        Assert.Equal((2, "x"), (partial.Order, partial.Variable.Key));
        // With d declared a value, d/dx alone is an ordinary fraction; before an operand it is still the operator.
        Assert.IsType<FractionNode>(LatexMathParser.Parse(@"\frac{d}{dx}", LatexContext.Empty.WithSymbol("d")));
        Assert.IsType<DerivativeNode>(LatexMathParser.Parse(@"\frac{d}{dx} x^2", LatexContext.Empty.WithSymbol("d")));
        Assert.IsType<FractionNode>(Assert.IsType<BinaryNode>(LatexMathParser.Parse(@"\frac{d}{2} x^2", LatexContext.Empty.WithSymbol("d"))).Left);
    }

    [Fact]
    public void AbsoluteValueInsideCallArguments() =>
        Assert.IsType<ApplyNode>(LatexMathParser.Parse(@"p(|x|, y)", LatexContext.Empty));

    [Fact]
    public void MatrixTransposeNotation() =>
        Assert.IsType<TransposeNode>(LatexMathParser.Parse(@"x^{\top}", LatexContext.Empty));
}
