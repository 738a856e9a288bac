using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// The KL divergence as students write it, each the same function of (q, p) as D_{KL}(q \| p): square brackets, a separator of two bars,
/// its name set in text. D_{KL}[q || p] and \text{KL}(q \| p) were input errors (an absolute value not closed, a norm). The arguments
/// in the other order are another divergence: not proved equal.
/// </summary>
public sealed class DivergenceNotationTests
{
    [Theory]
    [InlineData(@"D_{KL}[q || p]")]
    [InlineData(@"D_{\mathrm{KL}}[q \| p]")]
    [InlineData(@"\text{KL}(q \| p)")]
    [InlineData(@"\mathrm{KL}[q \| p]")]
    [InlineData(@"D_{KL}(q || p)")]
    public void Each_writing_of_the_divergence_is_the_same_divergence(string written)
    {
        var report = Checker.CheckText($"% function: p, q\n\\[ {written} = D_{{KL}}(q \\| p) \\]\n", "t.tex");
        Assert.Empty(report.Errors);
        Assert.Equal(StepStatus.Valid, report.Chains.Single().Steps.Single().Status);
    }

    [Fact]
    public void The_arguments_exchanged_are_not_the_same_divergence()
    {
        var report = Checker.CheckText("% function: p, q\n\\[ \\text{KL}(p \\| q) = D_{KL}[q || p] \\]\n", "t.tex");
        Assert.Empty(report.Errors);
        Assert.NotEqual(StepStatus.Valid, report.Chains.Single().Steps.Single().Status);
    }

    // Gibbs' inequality: a KL divergence is never negative (it was unknown, KL being any function). It is 0 when the two distributions are
    // one, so "> 0" is not proved; "+ 1 > 0" is.
    [Theory]
    [InlineData(@"D_{KL}(q \| p) \ge 0", true)]
    [InlineData(@"-\text{KL}(q \| p) \le 0", true)]
    [InlineData(@"D_{KL}(q \| p) + 1 > 0", true)]
    [InlineData(@"D_{KL}(q \| p) > 0", false)]
    // Between densities (or q named alone beside one) the divergence reads by its definition, expectations no sign reasoning sees
    // through; read as written for an inequality, it is still never negative: log p(x) - KL <= log p(x) is the ELBO's bound.
    [InlineData(@"D_{KL}(q(z \mid x) \| p(z \mid x)) \ge 0", true)]
    [InlineData(@"D_{KL}(q \| p(z \mid x)) \ge 0", true)]
    [InlineData(@"\log p(x) - D_{KL}(q(z \mid x) \| p(z \mid x)) \le \log p(x)", true)]
    [InlineData(@"D_{KL}(q(z \mid x) \| p(z \mid x)) > 0", false)]
    [InlineData(@"\log p(x) - D_{KL}(q(z \mid x) \| p(z \mid x)) \ge \log p(x)", false)]
    public void A_divergence_is_never_negative(string step, bool holds)
    {
        var report = Checker.CheckText($"% function: p, q\n\\[ {step} \\]\n", "t.tex");
        Assert.Equal(holds, report.Chains.Single().Steps.Single().Status == StepStatus.Valid);
    }
}
