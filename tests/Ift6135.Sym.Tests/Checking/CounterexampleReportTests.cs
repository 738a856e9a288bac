using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>The counterexample report is keyed by printed names; two symbols that print alike must both be shown, not crash it.</summary>
public class CounterexampleReportTests
{
    [Fact]
    public void TwoSymbolsPrintingAlikeAreBothShown()
    {
        var real = Symbol.Of("x", Facts.Real);
        var positive = Symbol.Of("x", Facts.Positive);
        Assert.NotEqual<Expr>(real, positive);
        var report = CounterexampleCheck.Report(new Dictionary<Symbol, double> { [real] = -1, [positive] = 2 }, 1, [3]);
        Assert.Equal(2, report.Values.Count);
        Assert.Equal([-1.0, 2.0], report.Values.Values.Order());
    }

    [Fact]
    public void OneSymbolIsShownOnce()
    {
        var report = CounterexampleCheck.Report(new Dictionary<Symbol, double> { [Symbol.Of("y", Facts.Real)] = 0.5 }, 1, [3]);
        Assert.Equal(0.5, Assert.Single(report.Values).Value);
    }

    /// <summary>Sides without a variable have no point: the report gives their values, not an empty "counterexample: ;".</summary>
    [Fact]
    public void NumbersThatDifferAreShownByTheirValues()
    {
        const string doc = "\\[ 1 + 1 = 3 \\]\n";
        var text = TextReportFormatter.Format(Checker.CheckText(doc, "t.tex"), doc.Split('\n'));
        Assert.Contains("the sides' values: left = 2, right = 3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("counterexample: ;", text, StringComparison.Ordinal);
    }
}
