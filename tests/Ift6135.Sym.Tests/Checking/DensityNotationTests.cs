using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// The notation of densities as students write Question 3: a conditional is the joint over the marginal, an expectation's
/// subscript names its distribution and its random variable, and H of a conditional density is its entropy. Verdicts by hand.
/// </summary>
public sealed class DensityNotationTests
{
    private static IReadOnlyList<StepReport> Steps(string document) =>
        Checker.CheckText(document, "t.tex").Chains.SelectMany(c => c.Steps).ToList();

    private static StepStatus Status(string declarations, string step) =>
        Assert.Single(Steps(declarations + "\\[ " + step + " \\]\n")).Status;

    [Theory]
    // The product rule and Bayes' rule, in every order a student writes them (p(x, z) = p(z | x) p(x) = p(x | z) p(z)).
    [InlineData(@"p(x|z) p(z) = p(x, z)")]
    [InlineData(@"p(x, z) = p(z \mid x) p(x)")]
    [InlineData(@"\log p(x, z) = \log p(x \mid z) + \log p(z)")]
    [InlineData(@"p(z \mid x) = \frac{p(x \mid z) p(z)}{p(x)}")]
    public void The_rules_of_probability_hold_without_a_given(string step) =>
        Assert.Equal(StepStatus.Valid, Status("% function: p\n", step));

    [Theory]
    // p(z | x) = p(x | z) holds only where p(x) = p(z); p(x, z) = p(x | z) p(x) only where p(z) = p(x).
    [InlineData(@"p(z \mid x) = p(x \mid z)")]
    [InlineData(@"p(x, z) = p(x \mid z) p(x)")]
    public void A_wrong_rule_is_refuted(string step) =>
        Assert.Equal(StepStatus.Invalid, Status("% function: p\n", step));

    [Theory]
    // z random by the subscript: a and b come out (E[a z + b] = a E[z] + b), and \mathbb{E}_{z \sim q} is \mathbb{E}_{q}.
    [InlineData(@"\mathbb{E}_{z \sim q}[a z + b] = a \mathbb{E}_{q}[z] + b")]
    [InlineData(@"\mathbb{E}_{q(z)}[a z + b] = a \mathbb{E}_{z \sim q}[z] + b")]
    // Over q(z | x), x is given: log p(x) is a constant there.
    [InlineData(@"\mathbb{E}_{q(z \mid x)}[\log p(x)] = \log p(x)")]
    [InlineData(@"\mathbb{E}_{z \sim q(z \mid x)}[\log p(z \mid x) + \log p(x)] = \mathbb{E}_{q(z \mid x)}[\log p(x, z)]")]
    // The entropy and the divergence of a conditional density are their definitions.
    [InlineData(@"H(q(z \mid x)) = -\mathbb{E}_{q(z \mid x)}[\log q(z \mid x)]")]
    [InlineData(@"D_{KL}(q(z \mid x) \| p(z \mid x)) = \mathbb{E}_{q(z \mid x)}[\log q(z \mid x)] - \mathbb{E}_{q(z \mid x)}[\log p(x, z)] + \log p(x)")]
    // A KL between a posterior and a prior of the same variable z is over q(z | x) as well.
    [InlineData(@"D_{KL}(q(z \mid x) \| p(z)) = \mathbb{E}_{q(z \mid x)}[\log q(z \mid x) - \log p(z)]")]
    public void An_expectation_knows_its_distribution_and_variable(string step) =>
        Assert.Equal(StepStatus.Valid, Status("% function: p, q\n", step));

    [Theory]
    // Question 3.1's q(z) has no condition: H(q(z)), \mathcal{H}(q(z)), and H(q) with z declared random are -E_q[log q(z)]
    // (by the definition of the entropy: a sum of the log-densities, without any value to sample).
    [InlineData("", @"H(q(z)) = -\mathbb{E}_{q(z)}[\log q(z)]")]
    [InlineData("", @"\mathcal{H}(q(z)) + \mathbb{E}_{z \sim q}[\log q(z)] = 0")]
    [InlineData("% random: z\n", @"-\mathbb{E}_{q(z)}[\log q(z)] = H(q)")]
    [InlineData("% random: z\n", @"\mathbb{E}_{q}[\log p(z \mid x)] = -D_{KL}(q(z) \| p(z \mid x)) - H(q)")]
    public void The_entropy_of_a_density_without_condition_is_its_definition(string random, string step) =>
        Assert.Equal(StepStatus.Valid, Status("% function: p, q\n" + random, step));

    [Theory]
    // The sign of the entropy turned: -E[log q] + E[log q] is 0, not 2 E[log q], which a density can make nonzero.
    [InlineData("", @"H(q(z)) = \mathbb{E}_{q(z)}[\log q(z)]")]
    // H(q) without a random variable declared, in a step that never applies q, names no variable: the functional H of q.
    [InlineData("", @"H(q) = -\mathbb{E}_{r(z)}[\log r(z)]")]
    // An undeclared g before parentheses is a product, g(z) no density.
    [InlineData("", @"H(g(z)) = -\mathbb{E}_{q(z)}[\log g(z)]")]
    public void An_entropy_is_read_only_where_it_can_mean_nothing_else(string declarations, string step) =>
        Assert.NotEqual(StepStatus.Valid, Status("% function: p, q\n" + declarations, step));

    [Theory]
    // A distribution named alone in a KL beside a density is a density of the same variables: KL(q || p(z | x)) is over q(z).
    [InlineData(@"\mathrm{KL}(q \| p(z \mid x)) = \mathbb{E}_{q(z)}[\log q(z) - \log p(z \mid x)]")]
    [InlineData(@"D_{KL}(q(z \mid x) \| p) = \mathbb{E}_{q(z \mid x)}[\log q(z \mid x) - \log p(z)]")]
    // KL typed in plain letters is the divergence's name, as \mathrm{KL} is.
    [InlineData(@"\log p(x) - KL(q(z) \| p(z \mid x)) = \mathbb{E}_{q}[\log p(x, z) - \log q(z)]")]
    [InlineData(@"KL[q(z) || p(z)] = \mathbb{E}_{q(z)}[\log q(z)] - \mathbb{E}_{q(z)}[\log p(z)]")]
    public void A_divergence_reads_as_students_write_it(string step) =>
        Assert.Equal(StepStatus.Valid, Status("% function: p, q\n", step));

    [Theory]
    // The divergence's terms exchanged: E_q[log p - log q] is -KL, which a density makes nonzero.
    [InlineData(@"\mathrm{KL}(q \| p(z \mid x)) = \mathbb{E}_{q(z)}[\log p(z \mid x) - \log q(z)]")]
    // Two distributions named alone, applied nowhere in the step, say nothing of their variables: the KL stays as written.
    [InlineData(@"\mathrm{KL}(q \| p) = \mathrm{KL}(p \| q)")]
    public void A_divergence_is_not_read_beyond_what_it_says(string step) =>
        Assert.NotEqual(StepStatus.Valid, Status("% function: p, q\n", step));

    /// <summary>K L (a + b) without a divergence's separator in the parentheses is a product of K, L and a + b.</summary>
    [Fact]
    public void The_letters_KL_before_plain_parentheses_are_a_product() =>
        Assert.Equal(StepStatus.Valid, Status("", @"KL(a + b) = K L a + K b L"));

    [Theory]
    // A density named alone in a step that applies it one way only is that application: q beside q(z | x) is q(z | x), in H and in KL,
    // with no random variable declared.
    [InlineData(@"\mathbb{E}_{q(z \mid x)}[\log q(z \mid x)] = -H(q)", StepStatus.Valid)]
    [InlineData(@"D_{KL}(q \| p(z \mid x)) = \mathbb{E}_{q(z \mid x)}[\log q(z \mid x) - \log p(z \mid x)]", StepStatus.Valid)]
    [InlineData(@"\log p(x) - D_{KL}(q(z \mid x) \| p(z \mid x)) = \mathbb{E}_{q(z \mid x)}[\log p(x, z)] + \mathcal{H}[q]", StepStatus.Valid)]
    // The sign of the entropy turned is refuted only by a density, which sampling cannot draw: not valid.
    [InlineData(@"\mathbb{E}_{q(z \mid x)}[\log q(z \mid x)] = H(q)", StepStatus.Unknown)]
    // q applied two ways (under x and under y; q(z | x) in the subscript and q(z) in the body) says no one way for the q named alone:
    // the step is undecided.
    [InlineData(@"\mathbb{E}_{q(z \mid x)}[\log q(z \mid y)] = -H(q)", StepStatus.Unknown)]
    [InlineData(@"\mathbb{E}_{q(z \mid x)}[\log q(z)] = -H(q)", StepStatus.Unknown)]
    // Applied one way in the step, q(z), a bare q in a KL is that density too.
    [InlineData(@"\mathrm{KL}(q \| p) = \mathbb{E}_{q(z)}[\log q(z) - \log p(z)]", StepStatus.Valid)]
    public void A_density_named_alone_is_the_one_its_step_applies(string step, StepStatus expected) =>
        Assert.Equal(expected, Status("% function: p, q\n", step));

    [Fact]
    public void H_of_a_density_named_alone_is_no_input_error()
    {
        var report = Checker.CheckText("% function: q\n\\[ H(q) = H(q) \\]\n", "t.tex");
        Assert.Empty(report.Errors);
    }

    [Theory]
    // Two conditions, two distributions: nothing says their means agree, nor that z \sim N(0, 1) has the mean of N(0, 2).
    [InlineData(@"\mathbb{E}_{q(z \mid x_1)}[z] = \mathbb{E}_{q(z \mid x_2)}[z]")]
    [InlineData(@"\mathbb{E}_{z \sim \mathcal{N}(0, 1)}[z] = \mathbb{E}_{z \sim \mathcal{N}(0, 2)}[z]")]
    // A KL between densities of different variables is no expectation over either: it stays KL.
    [InlineData(@"D_{KL}(q(z \mid x) \| q(x)) = \mathbb{E}_{q(z \mid x)}[\log q(z \mid x) - \log q(x)]")]
    // A bare E_q beside expectations over q under two conditions is neither of them.
    [InlineData(@"\mathbb{E}_{q}[z] + \mathbb{E}_{q(z \mid x_2)}[z] = \mathbb{E}_{q(z \mid x_1)}[z] + \mathbb{E}_{q(z \mid x_2)}[z]")]
    public void Different_distributions_are_not_merged(string step) =>
        Assert.NotEqual(StepStatus.Valid, Status("% function: q\n", step));

    /// <summary>
    /// E_q beside expectations over q(z | x) only is that one. It does not say its variable: z declared random, log p(x)
    /// comes out of it as out of the KL's (without the declaration the step stays unknown, never wrong).
    /// </summary>
    [Fact]
    public void A_bare_expectation_beside_one_conditional_is_that_one() =>
        Assert.Equal(StepStatus.Valid, Status("% function: p, q\n% random: z\n",
            @"\mathbb{E}_{q}[\log q(z \mid x)] - \mathbb{E}_{q}[\log p(z \mid x)] = D_{KL}(q(z \mid x) \| p(z \mid x))"));

    /// <summary>The ELBO's two forms: log p(x) - KL(q || posterior) = E_q[log p(x | z)] - KL(q || prior), p_\theta's prior stated.</summary>
    [Fact]
    public void The_two_forms_of_the_ELBO_agree() =>
        Assert.Equal(StepStatus.Valid, Status("% function: p, p_\\theta, q_\\phi\n% given: p_\\theta(z) = p(z)\n",
            @"\log p_\theta(x) - D_{KL}(q_\phi(z \mid x) \| p_\theta(z \mid x)) = \mathbb{E}_{z \sim q_\phi(z \mid x)}[\log p_\theta(x \mid z)] - D_{KL}(q_\phi(z \mid x) \| p(z))"));

    [Fact]
    public void Question_3_1_as_a_student_writes_it_holds_step_by_step()
    {
        // p_\theta(x | z) p(z) is p_\theta(x, z) only with the prior of the model, which the student states as a given.
        const string document = "% function: p, q\n% given: p_\\theta(z) = p(z)\n\\begin{align*}\n"
            + "\\mathbb{E}_{q(z|x)}[\\log p_\\theta(x|z)p(z)] &= \\mathbb{E}_{q(z|x)}[\\log p_\\theta(x,z)] \\\\\n"
            + "&= \\mathbb{E}_{q(z|x)}[\\log p_\\theta(z|x) + \\log p_\\theta(x)] \\\\\n"
            + "&= \\log p_\\theta(x) + \\mathbb{E}_{q(z|x)}\\left[\\log \\frac{p_\\theta(z|x)}{q(z|x)}\\right] + \\mathbb{E}_{q(z|x)}[\\log q(z|x)] \\\\\n"
            + "&= \\log p_\\theta(x) - D_{KL}(q(z|x) \\| p_\\theta(z|x)) - H(q(z|x))\n\\end{align*}\n";
        var steps = Steps(document);
        Assert.Equal(4, steps.Count);
        Assert.All(steps, s => Assert.Equal(StepStatus.Valid, s.Status));
        // The last step with the sign of the entropy turned is wrong: -E[log q] is H, so + H leaves 2 E[log q] over.
        var wrong = Steps(document.Replace("- H(q(z|x))", "+ H(q(z|x))"));
        Assert.NotEqual(StepStatus.Valid, wrong[^1].Status);
    }
}
