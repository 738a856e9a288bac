using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>(z - \mu) \oslash \sigma, the entrywise quotient that inverts \mu + \sigma \odot z_0: an input error before.</summary>
public sealed class EntrywiseQuotientTests
{
    [Theory]
    [InlineData("% vector: a 2, b 2\n\\[ (a \\oslash b) \\odot b = a \\]\n", StepStatus.Valid)]
    [InlineData("% vector: a 2\n\\[ a \\oslash 2 = \\frac{1}{2} a \\]\n", StepStatus.Valid)]
    [InlineData("% vector: a 2, b 2\n\\[ a \\oslash b = a \\odot b \\]\n", StepStatus.Invalid)]
    public void The_entrywise_quotient_is_read(string text, StepStatus expected)
    {
        var report = Checker.CheckText(text, "t.tex");
        Assert.Empty(report.Errors);
        Assert.Equal(expected, report.Chains.Single().Steps.Single().Status);
    }
}
