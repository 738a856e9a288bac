using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Bayes' rule in quotient and log form from "% given: p(x,z) = p(z|x) p(x)", with densities positive where
/// they divide or sit under a log. Verdicts by hand: p(z|x) = p(x,z)/p(x) is the given divided by p(x) &gt; 0;
/// log p(z|x) = log p(x,z) − log p(x) is its log.
/// </summary>
public class BayesQuotientTests
{
    private const string Given = "% given: p(x,z) = p(z|x) p(x)\n";

    private static StepReport OnlyStep(string doc)
    {
        var report = Checker.CheckText(doc, "t.tex");
        Assert.Empty(report.Errors);
        return Assert.Single(Assert.Single(report.Chains).Steps);
    }

    [Theory]
    [InlineData(@"p(z|x) = \frac{p(x,z)}{p(x)}")]
    [InlineData(@"\log p(z|x) = \log p(x,z) - \log p(x)")]
    [InlineData(@"\log p(x,z) = \log p(z|x) + \log p(x)")]
    [InlineData(@"\log \frac{p(x,z)}{p(z|x)} = \log p(x)")]
    public void BayesInQuotientAndLogFormIsValid(string step)
    {
        // Without "% function: p": the given's p(x,z) and p(z|x) make p a function, so p(x) is p at x, not p times x.
        Assert.Equal(StepStatus.Valid, OnlyStep($"{Given}\\[ {step} \\]").Status);
    }

    [Fact]
    public void TheLogFormSaysWhatItAssumes()
    {
        var step = OnlyStep(Given + @"\[ \log p(z|x) = \log p(x,z) - \log p(x) \]");
        Assert.Contains("densities taken positive", step.Detail);
    }

    [Fact]
    public void AWrongSignIsInvalidWithTheDensitiesValues()
    {
        // log p(x,z) + log p(x) = log p(z|x) + 2 log p(x): differs from log p(z|x) unless p(x) = 1.
        var step = OnlyStep(Given + @"\[ \log p(z|x) = \log p(x,z) + \log p(x) \]");
        Assert.Equal(StepStatus.Invalid, step.Status);
        var values = step.Counterexample!.Values;
        Assert.Contains("p(x)", values.Keys);
        Assert.NotEqual(1.0, values["p(x)"], 9);
    }

    /// <summary>
    /// Without a given, p(z|x) is read by its definition, the joint over the marginal of the condition, p(x, z) / p(x)
    /// (Symbolic.Rewriting.ConditionalDensities): the quotient is valid, and one over the wrong marginal is refuted, since
    /// p(x) and p(z) are free positive values at a point.
    /// </summary>
    [Fact]
    public void WithoutTheGivenTheQuotientIsTheDefinition()
    {
        Assert.Equal(StepStatus.Valid, OnlyStep("% function: p\n\\[ p(z|x) = \\frac{p(x,z)}{p(x)} \\]").Status);
        Assert.Equal(StepStatus.Valid, OnlyStep("% function: p\n\\[ p(z|x) = \\frac{p(x|z) p(z)}{p(x)} \\]").Status);
        var wrong = OnlyStep("% function: p\n\\[ p(z|x) = \\frac{p(x,z)}{p(z)} \\]");
        Assert.Equal(StepStatus.Invalid, wrong.Status);
        Assert.NotEqual(wrong.Counterexample!.Values["p(x)"], wrong.Counterexample.Values["p(z)"], 9);
    }
}
