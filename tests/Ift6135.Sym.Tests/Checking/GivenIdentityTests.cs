using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>"% given:" identities about undefined functions are used as rewriting rules, in both directions.</summary>
public sealed class GivenIdentityTests
{
    private const string Bayes = "% function: p\n% given: p(x,z) = p(z|x) p(x)\n% given: p(x,z) = p(x|z) p(z)\n";

    private static StepStatus Verdict(string declarations, string step) =>
        Assert.Single(Assert.Single(Checker.CheckText(declarations + $"\\[ {step} \\]\n", "t.tex").Chains).Steps).Status;

    [Theory]
    [InlineData(@"p(z|x) p(x) = p(x,z)")]
    [InlineData(@"p(x,z) = p(z|x) p(x)")]
    [InlineData(@"p(x,z) = p(x|z) p(z)")]
    [InlineData(@"p(x|z) p(z) = p(z|x) p(x)")]
    public void Bayes_rule_from_two_factorizations(string step) => Assert.Equal(StepStatus.Valid, Verdict(Bayes, step));

    [Fact]
    public void A_chain_through_the_joint_density_is_valid()
    {
        var report = Checker.CheckText(Bayes + "\\begin{align*}\np(z|x) p(x) &= p(x,z) \\\\\n&= p(x|z) p(z)\n\\end{align*}\n", "t.tex");
        var chain = Assert.Single(report.Chains);
        Assert.All(chain.Steps, s => Assert.Equal(StepStatus.Valid, s.Status));
        Assert.Equal(StepStatus.Valid, chain.Conclusion!.Status);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Identical_applications_are_equal_and_different_conditionals_differ()
    {
        Assert.Equal(StepStatus.Valid, Verdict("% function: p\n", "p(z|x) = p(z|x)"));
        // Without a given, p(z|x) and p(x|z) are two conditional densities, each a positive value of its own at a point
        // (p(z|x) = 1/2 and p(x|z) = 2 come from a joint with p(x) = 4 p(z) there): the step fails.
        Assert.Equal(StepStatus.Invalid, Verdict("% function: p\n", "p(z|x) = p(x|z)"));
        // With Bayes' rule given, p(z|x) = p(x|z) p(z) / p(x): the step holds only where p(z) = p(x), so it fails
        // for densities with p(z) ≠ p(x) at the point (their values are free positive numbers there).
        Assert.Equal(StepStatus.Invalid, Verdict(Bayes, "p(z|x) = p(x|z)"));
    }
}
