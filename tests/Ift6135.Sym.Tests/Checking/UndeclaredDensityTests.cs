using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Densities written without a declaration: p(x, z) and p(z | x) are calls by their comma and bar, so p(x) in the same
/// block is p at x (not p times x); and a joint written p(z, x) is the joint p(x, z) that the conditionals' definition gives.
/// The expected verdicts are the rules of probability: Bayes' rule and the product rule hold, a conditional is not its reverse.
/// </summary>
public sealed class UndeclaredDensityTests
{
    private static StepReport Step(string document) =>
        Assert.Single(Assert.Single(Checker.CheckText(document, "t.tex").Chains).Steps);

    [Theory]
    [InlineData(@"p(x) = \frac{p(x, z)}{p(z \mid x)}")]
    [InlineData(@"p(x \mid z) p(z) = p(x, z)")]
    [InlineData(@"p(z \mid x) = \frac{p(x \mid z) p(z)}{p(x)}")]
    [InlineData(@"\log p(x, z) = \log p(z \mid x) + \log p(x)")]
    public void Bayes_rule_holds_without_declaring_the_density(string step) =>
        Assert.Equal(StepStatus.Valid, Step($"\\[ {step} \\]\n").Status);

    [Theory]
    [InlineData("")]
    [InlineData("% function: p\n")]
    public void A_joint_is_named_by_its_variables_in_any_order(string declarations) =>
        Assert.Equal(StepStatus.Valid, Step(declarations + @"\[ p(z \mid x) = \frac{p(z, x)}{p(x)} \]" + "\n").Status);

    [Fact]
    public void A_conditional_is_still_not_its_reverse()
    {
        var step = Step(@"\[ p(z \mid x) = p(x \mid z) \]" + "\n");
        Assert.Equal(StepStatus.Invalid, step.Status);
        Assert.DoesNotContain(step.Counterexample!.Values.Keys, name => name == "p");
    }

    [Fact]
    public void The_order_of_a_function_that_is_not_a_density_still_matters() =>
        Assert.Equal(StepStatus.Invalid, Step("% function: f\n\\[ f(x, y) = f(y, x) \\]\n").Status);

    [Fact]
    public void A_name_called_nowhere_with_a_comma_or_a_bar_is_still_a_factor() =>
        Assert.Equal(StepStatus.Valid, Step(@"\[ a(b + c) = a b + a c \]" + "\n").Status);

    /// <summary>
    /// The prior p(z) next to p_\theta(x | z) is a density too (it was p times z), another function than p_\theta: the step through
    /// the joint stays undecided, naming what separates the sides, and holds once the given says the prior has no θ. The given,
    /// declared before any formula made p_\theta a function, is read again as calls (it was an input error).
    /// </summary>
    [Fact]
    public void The_prior_next_to_a_subscripted_likelihood_is_a_density()
    {
        const string step = @"\[ \mathbb{E}_{q(z \mid x)}[\log p_\theta(x \mid z) p(z)] = \mathbb{E}_{q(z \mid x)}[\log p_\theta(x, z)] \]" + "\n";
        var undecided = Step(step);
        Assert.Equal(StepStatus.Unknown, undecided.Status);
        Assert.Contains(@"the sides differ by \mathbb{E}_{q(\cdot \mid x)}[\log p(z)] - \mathbb{E}_{q(\cdot \mid x)}[\log p_{\theta}(z)]", undecided.Detail);
        var report = Checker.CheckText("% given: p_\\theta(z) = p(z)\n" + step, "t.tex");
        Assert.Empty(report.Errors);
        Assert.Equal(StepStatus.Valid, Assert.Single(Assert.Single(report.Chains).Steps).Status);
    }

    /// <summary>p(x) - p(z) = p(x - z) holds for p a factor and not for p a function: which one it is shows how p was read.</summary>
    [Fact]
    public void The_function_is_one_from_the_block_that_calls_it_on()
    {
        const string linear = "\\[ p(x) - p(z) = p(x - z) \\]\n";
        Assert.Equal(StepStatus.Valid, Step(linear).Status);
        var report = Checker.CheckText("\\[ p(x \\mid z) p(z) = p(x, z) \\]\n" + linear, "t.tex");
        Assert.Equal([StepStatus.Valid, StepStatus.Invalid], report.Chains.SelectMany(c => c.Steps).Select(s => s.Status));
    }
}
