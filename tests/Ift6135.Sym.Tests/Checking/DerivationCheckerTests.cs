using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

public class DerivationCheckerTests
{
    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    [Fact]
    public void ValidAndInvalidStepsOfOneChain()
    {
        var doc = """
            \begin{align*}
            (a+b)^2 &= a^2 + 2ab + b^2 \\
                    &= a^2 + b^2
            \end{align*}
            """;
        var report = Run(doc);
        var chain = Assert.Single(report.Chains);
        Assert.Equal([StepStatus.Valid, StepStatus.Invalid], chain.Steps.Select(s => s.Status));
        Assert.Equal(3, chain.Steps[1].Line);
        var ce = chain.Steps[1].Counterexample!;
        Assert.Equal(["a", "b"], ce.Values.Keys.Order());
        Assert.Equal(1, report.ExitCode);
        Assert.Equal(StepStatus.Invalid, chain.Conclusion!.Status);
    }

    [Fact]
    public void LogicalStepsAreNotChecked()
    {
        var report = Run(@"\[ (x-2)(x+2) = x^2 - 4 \implies x = 2 \]");
        Assert.Equal(2, report.Chains.Count);
        Assert.Equal(StepStatus.Valid, Assert.Single(report.Chains[0].Steps).Status);
        var logical = report.Chains[1].Steps[0];
        Assert.Equal((StepStatus.NotChecked, "(x-2)(x+2) = x^2 - 4", "x = 2"), (logical.Status, logical.Left, logical.Right));
        // x = 2 is a statement reached by ⇒, not an identity: not checked (as an identity it would fail at x = 0),
        // while the first statement, an identity, is still reported valid.
        Assert.Equal(StepStatus.NotChecked, report.Chains[1].Steps[1].Status);
    }

    [Fact]
    public void ParseErrorIsLocatedAndTheRestIsChecked()
    {
        var doc = "\\[ x + = 2 \\]\n\\[ 2x = x + x \\]";
        var report = Run(doc);
        var error = Assert.Single(report.Errors);
        Assert.Equal((1, 8), (error.Line, error.Column));
        Assert.Equal(StepStatus.Valid, Assert.Single(report.Chains).Steps[0].Status);
        Assert.Equal(2, report.ExitCode);
    }

    [Fact]
    public void AssumptionsMakeSquareRootOfSquareValid()
    {
        var unassumed = Run(@"\[ \sqrt{x^2} = x \]");
        Assert.Equal(StepStatus.Invalid, unassumed.Chains[0].Steps[0].Status);
        var assumed = Run("% assume: x \\ge 0\n\\[ \\sqrt{x^2} = x \\]");
        Assert.Equal(StepStatus.Valid, assumed.Chains[0].Steps[0].Status);
    }

    [Fact]
    public void MatrixTransposeOfProduct()
    {
        var doc = "% matrix: A 2x2, B 2x2\n\\[ (AB)^\\top = B^\\top A^\\top \\]\n\\[ (AB)^\\top = A^\\top B^\\top \\]";
        var report = Run(doc);
        Assert.Equal(StepStatus.Valid, report.Chains[0].Steps[0].Status);
        Assert.Equal(StepStatus.Invalid, report.Chains[1].Steps[0].Status);
        Assert.Contains("entry", report.Chains[1].Steps[0].Detail);
    }

    [Fact]
    public void JsonRoundTrips()
    {
        var report = Run("\\[ (a+b)^2 = a^2 + b^2 \\]");
        var json = JsonReportFormatter.Format(report);
        Assert.Contains("\"status\": \"Invalid\"", json);
        var back = JsonReportFormatter.Parse(json)!;
        Assert.Equal(report.Chains[0].Steps[0].Counterexample!.Values, back.Chains[0].Steps[0].Counterexample!.Values);
    }

    /// <summary>A side written over two lines (multline) is shown on the step's one line of the text report (the break was printed in it).</summary>
    [Fact]
    public void TextFormatShowsASideWrittenOverTwoLinesOnOne()
    {
        var doc = "\\begin{multline}\n(a+b)^3 = a^3 + 3a^2 b \\\\\n+ 3ab^2 + b^3\n\\end{multline}";
        var text = TextReportFormatter.Format(Run(doc), doc.Split('\n'));
        Assert.Contains("valid (symbolic)  (a+b)^3 = a^3 + 3a^2 b + 3ab^2 + b^3", text);
    }

    [Fact]
    public void TextFormatShowsPlaceAndSourceLine()
    {
        var doc = "\\[ (a+b)^2 = a^2 + b^2 \\]";
        var text = TextReportFormatter.Format(Run(doc), doc.Split('\n'));
        Assert.Contains("t.tex:1:14: INVALID", text);
        Assert.Contains("counterexample: a = ", text);
        Assert.Contains("| \\[ (a+b)^2", text);
    }

    [Fact]
    public void CounterexamplesNameTheSymbolsAsTheStudentWroteThem()
    {
        // z_{0,1} + z_{0,2} = 2 z_{0,1} fails wherever the entries differ; the point was shown as z_0[1] = .., the
        // engine's infix, where the student wrote z_{0,1}; a Greek letter is \alpha as written, not alpha.
        var doc = "% vector: z_0 2\n% assume: \\alpha > 0\n\\[ \\alpha (z_{0,1} + z_{0,2}) = 2 \\alpha z_{0,1} \\]";
        var text = TextReportFormatter.Format(Run(doc), doc.Split('\n'));
        Assert.Contains("counterexample: ", text);
        Assert.Contains("z_{0,1} = ", text);
        Assert.Contains("z_{0,2} = ", text);
        Assert.Contains("\\alpha = ", text);
        Assert.DoesNotContain("z_0[", text);
    }

    [Fact]
    public void PlusMinusChecksBothBranches()
    {
        // (1 ± iα)(1 ∓ iα) = 1 + α² in both branches; 1 ± α is not a root of λ² - 2λ + 1 + α².
        Assert.Equal(StepStatus.Valid, Run(@"\[ (1 \pm i\alpha)(1 \mp i\alpha) = 1 + \alpha^2 \]").Chains[0].Steps[0].Status);
        Assert.Equal(StepStatus.Invalid, Run(@"\[ (1 \pm \alpha)^2 - 2(1 \pm \alpha) + 1 + \alpha^2 = 0 \]").Chains[0].Steps[0].Status);
        Assert.Equal(StepStatus.Valid, Run(@"\[ (1 \pm i\alpha)^2 - 2(1 \pm i\alpha) + 1 + \alpha^2 = 0 \]").Chains[0].Steps[0].Status);
    }
}

public class CheckRunTests
{
    [Fact]
    public void InfixAssumptionsBecomeLatex()
    {
        var latex = Ift6135.Sym.Checking.CheckRun.InfixToLatex("sigma>0, beta >= -alpha, w[1]>0");
        Assert.Equal(@"\sigma>0,\beta\ge-\alpha,w_{1}>0", string.Concat(latex.Where(c => c != ' ')));
    }

    [Fact]
    public void CommandLineAssumptionsApply()
    {
        var output = new StringWriter();
        var code = Ift6135.Sym.Checking.CheckRun.Run("-", "text", "x>=0", new StringReader(@"\[ \sqrt{x^2} = x \]"), output, new StringWriter());
        Assert.Equal(0, code);
        Assert.Contains("valid", output.ToString());
        var without = Ift6135.Sym.Checking.CheckRun.Run("-", "text", null, new StringReader(@"\[ \sqrt{x^2} = x \]"), new StringWriter(), new StringWriter());
        Assert.Equal(1, without);
    }

    [Fact]
    public void TexFormatIsAReportOfItsOwnNotAnAnnotatedCopy()
    {
        var doc = "Text.\n\\[ (a+b)^2 = a^2 + b^2 \\]\nEnd.";
        var output = new StringWriter();
        Ift6135.Sym.Checking.CheckRun.Run("-", "tex", null, new StringReader(doc), output, new StringWriter());
        var tex = output.ToString();
        Assert.StartsWith(@"\documentclass", tex);
        Assert.Contains(@"\verdict{checkinvalid}{INVALID}", tex);
        Assert.DoesNotContain("Text.", tex);   // the prose of the checked file is not copied
    }

    [Fact]
    public void MissingFileIsExitCodeTwo()
    {
        var error = new StringWriter();
        Assert.Equal(2, Ift6135.Sym.Checking.CheckRun.Run("/no/such/file.tex", "text", null, TextReader.Null, new StringWriter(), error));
        Assert.Contains("cannot read /no/such/file.tex", error.ToString());
    }
}
