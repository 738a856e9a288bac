using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Issue 4: matrix identities of 4×4 and 5×5 declared matrices reach a verdict within the step's budget by drawing integer
/// matrices; a true identity is valid (numeric, with its points and seed), a false one invalid with the drawn entries.
/// </summary>
public class DrawnMatrixTests
{
    private static StepReport OnlyStep(string doc) => Checker.CheckText(doc, "t.tex").Chains.Single().Steps.Single();

    [Theory]
    [InlineData("4x4")]
    [InlineData("5x5")]
    public void ATrueIdentityIsValidNumericallyWithItsPointsAndSeed(string size)
    {
        var step = OnlyStep($"% matrix: A {size}, B {size}\n\\[ \\det(AB) = \\det A \\det B \\]");
        Assert.Equal((StepStatus.Valid, "numeric", DrawnMatrices.Draws, DrawnMatrices.Seed), (step.Status, step.Method, step.Points, step.Seed));
        Assert.Contains("not a proof", step.Detail);
    }

    [Fact]
    public void AFalseIdentityIsInvalidWithTheDrawnEntriesAndDifferentSides()
    {
        var step = OnlyStep("% matrix: A 5x5, B 5x5\n\\[ (AB)^T = A^T B^T \\]");
        Assert.Equal(StepStatus.Invalid, step.Status);
        var ce = step.Counterexample!;
        // Entry (1, 1) of (AB)^T is that of AB, sum over k of A_{1k} B_{k1}; of A^T B^T it is the sum of A_{k1} B_{1k}: recomputed here.
        double Value(string name) => ce.Values[name];
        var left = Enumerable.Range(1, 5).Sum(k => Value($"A[1,{k}]") * Value($"B[{k},1]"));
        var right = Enumerable.Range(1, 5).Sum(k => Value($"A[{k},1]") * Value($"B[1,{k}]"));
        Assert.NotEqual(left, right);
        Assert.Equal((left.ToString(System.Globalization.CultureInfo.InvariantCulture), right.ToString(System.Globalization.CultureInfo.InvariantCulture)), (ce.Left, ce.Right));
        Assert.All(ce.Values.Values, v => Assert.True(v == Math.Round(v) && v != 0 && Math.Abs(v) <= 50));
    }

    [Fact]
    public void ADrawnStepIsNotExpandedSymbolicallyToBeRePrinted()
    {
        // Re-printing det(AB) of 5x5 symbol matrices meant expanding 14400 terms (a second per step, most of the corpus's
        // time): the sides of a drawn step are not re-printed, and the tex report says where the check is described.
        var doc = "% matrix: A 5x5, B 5x5\n\\[ \\det(AB) = \\det A \\det B \\]";
        var step = OnlyStep(doc);
        Assert.Equal((StepStatus.Valid, (string?)null, (string?)null), (step.Status, step.LeftLatex, step.RightLatex));
        var tex = TexReportFormatter.Format(Checker.CheckText(doc, "t.tex"));
        Assert.Contains("not re-printed; see the note below", tex);
        Assert.DoesNotContain("could not be read", tex);
    }

    [Fact]
    public void SmallMatricesStaySymbolic()
    {
        var step = OnlyStep("% matrix: A 3x3, B 3x3\n\\[ \\det(AB) = \\det A \\det B \\]");
        Assert.Equal((StepStatus.Valid, "symbolic"), (step.Status, step.Method));
    }
}
