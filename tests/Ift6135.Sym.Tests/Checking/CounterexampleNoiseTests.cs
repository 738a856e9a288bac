using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Issue 4: a counterexample shows the symbols of its step only, an index as an integer, and a count (the upper bound
/// of a sum somewhere in the document) as a positive integer.
/// </summary>
public class CounterexampleNoiseTests
{
    private static CounterexampleReport LastCounterexample(string doc)
    {
        var step = Checker.CheckText(doc, "t.tex").Chains[^1].Steps.Single();
        Assert.Equal(StepStatus.Invalid, step.Status);
        return step.Counterexample!;
    }

    [Fact]
    public void TheSymbolsOfAnotherAnswersAssumptionAreNotShown()
    {
        var ce = LastCounterexample("% assume: \\alpha > 0, \\beta \\ge -\\alpha, r \\ge 0\n\\[ (a+b)^2 = a^2 + b^2 \\]");
        Assert.Equal(["a", "b"], ce.Values.Keys.Order());
        // The shown values alone reproduce the failure: (a + b)^2 against a^2 + b^2, recomputed here.
        var (a, b) = (ce.Values["a"], ce.Values["b"]);
        Assert.NotEqual((a + b) * (a + b), a * a + b * b);
    }

    [Fact]
    public void AFreeIndexTakesAnIntegerValue()
    {
        var ce = LastCounterexample("\\[ x_i + 1 = 2 x_i \\]");
        var i = ce.Values["i"];
        Assert.Equal(Math.Round(i), i);
    }

    [Theory]
    [InlineData("K^2 = K")]
    [InlineData("\\log K = K - 1")]
    public void ACountOfTheDocumentIsAPositiveInteger(string step)
    {
        var ce = LastCounterexample("\\[ \\sum_{k=1}^{K} w_k = \\sum_{j=1}^{K} w_j \\]\n\\[ " + step + " \\]");
        var k = ce.Values["K"];
        Assert.True(k >= 1 && k == Math.Round(k), $"K = {k}");
    }

    // K = 1 satisfies K^2 = K: a count is only an integer, the step is still refuted at K = 2 (4 against 2, by hand).
    [Fact]
    public void ACountIsStillRefuted() =>
        Assert.NotEqual(1, LastCounterexample("\\[ \\sum_{k=1}^{K} w_k = \\sum_{j=1}^{K} w_j \\]\n\\[ K^2 = K \\]").Values["K"]);

    // Counts end with their answer: in the next question K is any real again, and K = -1 or any non-count may refute.
    [Fact]
    public void ACountEndsWithItsAnswer()
    {
        var doc = """
            \begin{answer}{q3.1}
            \[ \sum_{k=1}^{K} w_k = \sum_{j=1}^{K} w_j \]
            \[ \sqrt{K^2} = K \]
            \end{answer}
            \begin{answer}{q4.1}
            \[ \sqrt{K^2} = K \]
            \end{answer}
            """;
        var chains = Checker.CheckText(doc, "t.tex").Chains;
        Assert.Equal([StepStatus.Valid, StepStatus.Valid, StepStatus.Invalid], chains.Select(c => c.Steps.Single().Status));
    }

    // (1 + i a)^2 = 1 - a^2 + 2 a i: the real parts agree, the imaginary parts are 2a against a (by hand). check shows
    // the full complex values, so its note must not say that the values shown are the imaginary parts; and the exact
    // value 2i must not show float noise in its real part (1.2E-16 from the complex power).
    [Fact]
    public void A_complex_counterexample_says_which_parts_differ_with_their_values()
    {
        var step = Checker.CheckText("% assume: \\alpha > 0\n\\[ (1 + i\\alpha)^2 = 1 - \\alpha^2 + \\alpha i \\]", "t.tex").Chains[^1].Steps.Single();
        Assert.Equal(StepStatus.Invalid, step.Status);
        Assert.DoesNotContain("values shown are", step.Detail, StringComparison.Ordinal);
        var a = step.Counterexample!.Values["alpha"];
        Assert.Contains($"the imaginary parts differ: {2 * a} against {a}", step.Detail, StringComparison.Ordinal);
        Assert.Equal($"0 + {2 * a}i", step.Counterexample.Left);
    }
}
