using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Question 3.1's derivation: with Bayes' rule given as two factorizations of p(x, z), the steps that move a factorization
/// into or out of a log inside an expectation are decided (the given rewrites the density, the expectation is made linear
/// again). They were unknown: the rewritten expectation kept a log of a product, and p(z|x) p(x) was a rule for that product only.
/// </summary>
public sealed class ExpectationGivenTests
{
    private const string Bayes =
        "% function: p, q\n% random: z\n% given: p(x, z) = p(z \\mid x) p(x)\n% given: p(x, z) = p(x \\mid z) p(z)\n";

    private static StepStatus Status(string step) =>
        Assert.Single(Assert.Single(Checker.CheckText(Bayes + $"\\[ {step} \\]\n", "t.tex").Chains).Steps).Status;

    [Theory]
    [InlineData(@"\mathbb{E}_{q}[\log p(x \mid z) p(z)] = \mathbb{E}_{q}[\log p(x, z)]")]
    [InlineData(@"\mathbb{E}_{q}[\log p(x, z)] = \mathbb{E}_{q}[\log p(z \mid x) + \log p(x)]")]
    [InlineData(@"\mathbb{E}_{q}[\log p(x, z)] = \mathbb{E}_{q}[\log p(z \mid x)] + \log p(x)")]
    [InlineData(@"\mathbb{E}_{q}[\log p(x, z)] = \mathbb{E}_{q}[\log p(x \mid z)] + \mathbb{E}_{q}[\log p(z)]")]
    public void A_factorization_moves_through_the_log_inside_the_expectation(string step) =>
        Assert.Equal(StepStatus.Valid, Status(step));

    [Theory]
    [InlineData(@"\mathbb{E}_{q}[\log p(x, z)] = \mathbb{E}_{q}[\log p(z \mid x)] - \log p(x)")]
    [InlineData(@"\mathbb{E}_{q}[\log p(x, z)] = \mathbb{E}_{q}[\log p(x \mid z)]")]
    public void A_wrong_sign_or_a_lost_factor_is_not_valid(string step) =>
        Assert.NotEqual(StepStatus.Valid, Status(step));

    /// <summary>The whole derivation of Question 3.1 as a student writes it, the KL written as such at the end.</summary>
    [Fact]
    public void Question_3_1_holds_step_by_step_to_the_KL()
    {
        const string chain = "\\begin{align*}\n"
            + "\\mathbb{E}_{q}[\\log p(x \\mid z) p(z)] &= \\mathbb{E}_{q}[\\log p(x, z)] \\\\\n"
            + "&= \\log p(x) + \\mathbb{E}_{q}[\\log p(z \\mid x)] \\\\\n"
            + "&= \\log p(x) + \\mathbb{E}_{q}[\\log p(z \\mid x) - \\log q(z \\mid x)] + \\mathbb{E}_{q}[\\log q(z \\mid x)] \\\\\n"
            + "&= \\log p(x) - D_{\\mathrm{KL}}(q(z \\mid x) \\| p(z \\mid x)) + \\mathbb{E}_{q}[\\log q(z \\mid x)]\n"
            + "\\end{align*}\n";
        var report = Assert.Single(Checker.CheckText(Bayes + chain, "t.tex").Chains);
        Assert.All(report.Steps, s => Assert.Equal(StepStatus.Valid, s.Status));
        Assert.Equal(4, report.Steps.Count);
    }

    [Fact]
    public void Bayes_quotient_is_still_one_expression() =>
        Assert.Equal(StepStatus.Valid, Status(@"p(z \mid x) = \frac{p(x \mid z) p(z)}{p(x)}"));
}
