using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>Regressions from the student trial of `check` (2026-12-06): each document is a minimal reproduction,
/// each expected verdict worked out by hand.</summary>
public class TrialFindingTests
{
    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    private static StepStatus[] Statuses(CheckReport report) =>
        report.Chains.SelectMany(c => c.Steps).Select(s => s.Status).ToArray();

    // x_1 x_2 is the product for k = 1, 2: valid; and x_1 x_2 + 1 is not (they differ by 1 everywhere).
    [Theory]
    [InlineData("% assume: x_1 > 0\n\\[ \\prod_{k=1}^{2} x_k = x_1 x_2 \\]", StepStatus.Valid)]
    [InlineData("% assume: x_1 > 0\n\\[ \\sum_{k=1}^{2} x_k = x_1 + x_2 \\]", StepStatus.Valid)]
    [InlineData("% assume: \\sigma_1 > 0, \\sigma_2 > 0\n\\[ \\prod_{k=1}^{2} \\sigma_k = \\sigma_1 \\sigma_2 \\]", StepStatus.Valid)]
    [InlineData("% assume: x_1 > 0\n\\[ \\prod_{k=1}^{2} x_k = x_1 x_2 + 1 \\]", StepStatus.Invalid)]
    public void AnAssumedIndexedSymbolMeetsTheSameSymbolFromAnExpandedProduct(string doc, StepStatus expected)
    {
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.Equal([expected], Statuses(report));
    }
}
