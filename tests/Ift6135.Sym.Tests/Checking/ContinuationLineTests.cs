using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reading;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>A formula broken over lines before or after a binary operator is one statement, not several.</summary>
public class ContinuationLineTests
{
    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    [Fact]
    public void ASumBrokenOverThreeLinesIsOneStep()
    {
        var doc = """
            \begin{align*}
            (a+b+c)^2 &= a^2 + b^2 \\
              &\quad + c^2 + 2ab \\
              &\quad + 2ac + 2bc
            \end{align*}
            """;
        var report = Run(doc);
        var step = Assert.Single(Assert.Single(report.Chains).Steps);
        Assert.Equal(StepStatus.Valid, step.Status);
        Assert.Equal(0, report.Summary.Errors);
    }

    [Fact]
    public void AMissingTermOnAContinuationLineMakesTheStepInvalid()
    {
        // Had the third line been read alone, the first step would be (a+b+c)^2 = a^2 + b^2 + c^2 + 2ab: also invalid,
        // so the test asks for one step whose right side holds the terms of all three lines.
        var doc = """
            \begin{align*}
            (a+b+c)^2 &= a^2 + b^2 \\
              &\quad + c^2 + 2ab \\
              &\quad + 2ac
            \end{align*}
            """;
        var step = Assert.Single(Assert.Single(Run(doc).Chains).Steps);
        Assert.Equal(StepStatus.Invalid, step.Status);
        Assert.Contains("2ac", step.Right);
        Assert.Contains("c^2", step.Right);
    }

    [Fact]
    public void AChainWithAContinuedRightSideKeepsItsLaterSteps()
    {
        var doc = """
            \begin{align*}
            (x+1)^2 - 1 &= x^2 + 2x + 1 \\
              &\quad - 1 \\
              &= x(x+2) \\
              &\le x(x+2) + y^2
            \end{align*}
            """;
        var chain = Assert.Single(Run(doc).Chains);
        Assert.Equal([StepStatus.Valid, StepStatus.Valid, StepStatus.Valid], chain.Steps.Select(s => s.Status));
        Assert.Equal(StepStatus.Valid, chain.Conclusion!.Status);
    }

    [Fact]
    public void ALineEndingWithAnOperatorIsContinuedByTheNext()
    {
        var doc = """
            \begin{align*}
            (a+b)(a-b) &= a^2 \cdot 1 - \\
              &\qquad b^2
            \end{align*}
            """;
        var step = Assert.Single(Assert.Single(Run(doc).Chains).Steps);
        Assert.Equal(StepStatus.Valid, step.Status);
    }

    [Fact]
    public void AProductBrokenBeforeACdotIsOneExpression()
    {
        var doc = """
            \begin{align*}
            a^2 - b^2 &= (a+b) \\
              &\quad \cdot (a-b)
            \end{align*}
            """;
        Assert.Equal(StepStatus.Valid, Assert.Single(Assert.Single(Run(doc).Chains).Steps).Status);
    }

    [Fact]
    public void AUnaryMinusAfterARelationStillStartsAStep()
    {
        var doc = """
            \begin{align*}
            -(x - 1) &= 1 - x \\
              &= -x + 1 \\
              &\ne -x
            \end{align*}
            """;
        var chain = Assert.Single(Run(doc).Chains);
        Assert.Equal(3, chain.Steps.Count);
        Assert.Equal(["1 - x", "-x + 1", "-x"], chain.Steps.Select(s => s.Right));
    }

    [Theory]
    [InlineData("a + b", "+ c", true)]
    [InlineData("a + b", @"& \quad - c", true)]
    [InlineData("a + b", @"&\cdot c", true)]
    [InlineData("a + b", @"\times c", true)]
    [InlineData("a + b +", "c", true)]
    [InlineData(@"a \cdot", "& c", true)]
    [InlineData("a + b", "&= c", false)]
    [InlineData("a + b", @"&\le -c", false)]
    [InlineData("a + b", @"\cdots + c", false)]
    [InlineData("x^{-}", "y = 1", false)]
    [InlineData("a = b", "c = d", false)]
    public void WhichLinesContinue(string previous, string line, bool continues) =>
        Assert.Equal(continues, ContinuationLines.Continues(previous, line));

    [Fact]
    public void TheReaderJoinsAContinuedLineKeepingPositions()
    {
        var doc = "\\begin{align*}\nx &= a \\\\[2pt]\n  &\\quad + b \\\\\n  &= c\n\\end{align*}";
        var block = DocumentReader.Read(doc).OfType<MathBlock>().Single();
        Assert.Equal(2, block.Lines.Count);
        Assert.Equal(2, block.Lines[0].Line);
        Assert.DoesNotContain(@"\\", block.Lines[0].Text);
        Assert.Equal(doc.IndexOf("x &= a", StringComparison.Ordinal), block.Lines[0].Offset);
        Assert.Equal(4, block.Lines[1].Line);
    }
}
