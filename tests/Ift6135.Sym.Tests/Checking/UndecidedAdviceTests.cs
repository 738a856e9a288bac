using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// A step about functions nothing defines (KL(q || p) &gt; 0, an expectation with a sign error) cannot be decided:
/// found by writing derivations as a student would, where the report only said "the undefined function KL has no
/// numeric value". It must also say what to add to the file: the identity with "% given:", or "% argued:" for a
/// step argued in words.
/// </summary>
public class UndecidedAdviceTests
{
    private static StepReport OnlyStep(string declarations, string step) =>
        Assert.Single(Assert.Single(Checker.CheckText($"{declarations}\\[ {step} \\]", "t.tex").Chains).Steps);

    [Theory]
    // (KL(q || p) >= 0 is now decided by Gibbs' inequality; strictly positive it is not: 0 when q = p.)
    [InlineData("% function: p, q\n", @"\operatorname{KL}(q \| p) > 0")]
    [InlineData("% function: p, q\n% random: z\n", @"\mathbb{E}_{q}[\log p(x, z)] = \mathbb{E}_{p}[\log p(x, z)]")]
    public void An_undecided_step_about_undefined_functions_says_what_to_add(string declarations, string step)
    {
        var s = OnlyStep(declarations, step);
        Assert.Equal(StepStatus.Unknown, s.Status);
        Assert.Contains("% given:", s.Detail);
        Assert.Contains("% argued:", s.Detail);
    }

    [Fact]
    public void The_advice_starts_a_sentence_of_its_own()
    {
        // The reason before it ends with "K = 4" (sums written out): it ran on as "K = 4 To have it decided". (\tilde{q} is
        // declared: written for the first time undeclared, the step would be its definition.)
        var s = OnlyStep("% function: p, q, \\tilde{q}\n", @"\tilde{q}(z_1 \mid x, z_{2:K}) = \frac{K p(x, z_1)}{\sum_{j=1}^{K} p(x, z_j)}");
        Assert.Equal(StepStatus.Unknown, s.Status);
        Assert.Matches(@"[^.]\. To have it decided", s.Detail);
    }

    /// <summary>
    /// With nothing declared random, a constant does not come out of an expectation: the advice says so first, and the step
    /// is decided once the random variable is declared. Where randoms are declared the advice does not repeat it.
    /// </summary>
    [Fact]
    public void A_constant_kept_inside_an_expectation_is_traced_to_the_missing_random_declaration()
    {
        const string step = @"\mathbb{E}_{q}[a f(z)] = a \mathbb{E}_{q}[f(z)]";
        var undecided = OnlyStep("% function: f\n", step);
        Assert.Equal(StepStatus.Unknown, undecided.Status);
        Assert.Contains("% random: z", undecided.Detail);
        Assert.Equal(StepStatus.Valid, OnlyStep("% function: f\n% random: z\n", step).Status);
        Assert.DoesNotContain("% random:", OnlyStep("% function: p, q\n% random: z\n", @"\mathbb{E}_{q}[\log p(x, z)] = \mathbb{E}_{p}[\log p(x, z)]").Detail);
    }

    [Fact]
    public void A_decided_step_gets_no_advice()
    {
        var s = OnlyStep("% function: p, q\n", @"\log (p(x) q(x)) = \log p(x) + \log q(x)");
        Assert.Equal(StepStatus.Valid, s.Status);
        Assert.DoesNotContain("% argued:", s.Detail ?? "");
    }
}
