using CsCheck;
using Ift6135.Sym.Checking;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>Bad input gives a located message, never an exception escaping or a hang.</summary>
public class CheckerRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "x", "y", "2", "0", "+", "-", "=", "<", "\\le", "(", ")", "{", "}", "[", "]", "|", "\\|", "^", "_", "'", ",", "&", "\\\\",
        "\\frac", "\\sqrt", "\\log", "\\sigma", "\\sum", "\\prod", "_{i=1}", "^{n}", "\\det", "\\begin{pmatrix}", "\\end{pmatrix}",
        "\\mathbb{E}", "\\left(", "\\right)", "\\text{a}", "\\alpha", "i", "e", "\\top", "\\cdot", "\\odot", "\\pm", "A", "f", "\\partial", "d",
    ];

    private static readonly LatexContext Context = LatexContext.Empty
        .WithMatrix("A", new MatrixShape(2, 2, MatrixForm.General)).WithFunction("f");

    [Fact]
    public void RandomFormulasParseOrFailWithALocatedError()
    {
        Gen.Int[0, Pieces.Length - 1].Array[0, 14].Sample(indices =>
        {
            var text = string.Join(" ", indices.Select(k => Pieces[k]));
            try
            {
                var src = new LatexSource(text);
                var line = LatexMathParser.ParseLine(src, Context);
                foreach (var e in line.Expressions)
                {
                    try { LatexLowering.Lower(PlusMinusBranches.Take(e, true), Context, src); }
                    catch (ParseException) { }
                }
            }
            catch (ParseException e)
            {
                Assert.InRange(e.Error.Span.Column, 1, text.Length + 1);
            }
        }, iter: 3000, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void RandomDocumentsNeverThrow()
    {
        Gen.Int[0, Pieces.Length - 1].Array[0, 10].Sample(indices =>
        {
            var doc = "% matrix: A 2x2\n% function: f\n\\[ " + string.Join(" ", indices.Select(k => Pieces[k])) + " = x \\]";
            var report = Checker.CheckText(doc, "fuzz.tex");
            Assert.InRange(report.ExitCode, 0, 2);
        }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void DeepNestingIsAnErrorNotAStackOverflow()
    {
        var deep = new string('(', 5000) + "x" + new string(')', 5000);
        var e = Assert.Throws<ParseException>(() => LatexMathParser.Parse(deep, LatexContext.Empty));
        Assert.Contains("nested", e.Error.Message);
        Assert.Throws<ParseException>(() => LatexMathParser.Parse(new string('-', 5000) + "x", LatexContext.Empty));
        Assert.Equal(2, Checker.CheckText($"\\[ {deep} = x \\]", "deep.tex").ExitCode);
    }

    [Fact]
    public void UnclosedEnvironmentNameDoesNotHang() =>
        Assert.Throws<ParseException>(() => LatexMathParser.Parse(@"\begin{pmatrix} 1 \end{pmatrix", LatexContext.Empty));
}
