using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// w_j := p(x, z_j) / q(z_j | x) defines every w_1, w_k (Question 4's importance weights), and a function defined in a form the
/// checker cannot substitute is never taken as a free unknown. Both once gave wrong INVALID verdicts on true steps.
/// </summary>
public sealed class IndexedDefinitionTests
{
    private const string Weights = "% function: p, q\n% define:\n\\[ w_j = \\frac{p(x, z_j)}{q(z_j \\mid x)} \\]\n";

    private static StepStatus Last(string document) =>
        Assert.Single(Checker.CheckText(document, "t.tex").Chains[^1].Steps).Status;

    [Theory]
    [InlineData(@"w_1 = \frac{p(x, z_1)}{q(z_1 \mid x)}")]
    [InlineData(@"\sum_{j=1}^{K} w_j = \sum_{k=1}^{K} \frac{p(x, z_k)}{q(z_k \mid x)}")]
    [InlineData(@"w_1 + w_2 = \frac{p(x, z_1)}{q(z_1 \mid x)} + \frac{p(x, z_2)}{q(z_2 \mid x)}")]
    public void Each_weight_is_the_pattern_at_its_index(string step) =>
        Assert.Equal(StepStatus.Valid, Last(Weights + $"\\[ {step} \\]\n"));

    [Fact]
    public void A_weight_at_the_wrong_index_is_refuted() =>
        Assert.Equal(StepStatus.Invalid, Last(Weights + "\\[ w_1 = \\frac{p(x, z_2)}{q(z_1 \\mid x)} \\]\n"));

    [Fact]
    public void A_name_with_its_own_definition_keeps_it()
    {
        var document = Weights + "% define:\n\\[ w_1 = 7 \\]\n\\[ w_1 + w_2 = 7 + \\frac{p(x, z_2)}{q(z_2 \\mid x)} \\]\n";
        Assert.Equal(StepStatus.Valid, Last(document));
    }

    /// <summary>
    /// "Let $w_j = p(x, z_j)/q(z_j | x)$ and $z_1 = z$" (the statement's z_1 = z): w_1 is p(x, z)/q(z | x). The entry z_1 made by the index
    /// was never looked up, so the step was refuted with z_1 and z given different values.
    /// </summary>
    [Fact]
    public void A_name_the_index_makes_is_read_through_its_own_later_definition()
    {
        var document = Weights + "% define:\n\\[ z_1 = z \\]\n";
        Assert.Equal(StepStatus.Valid, Last(document + "\\[ w_1 = \\frac{p(x, z)}{q(z \\mid x)} \\]\n"));
        Assert.Equal(StepStatus.Valid, Last(document + "\\[ w_1 + w_2 = \\frac{p(x, z)}{q(z \\mid x)} + \\frac{p(x, z_2)}{q(z_2 \\mid x)} \\]\n"));
        // z_2 has no definition of its own: w_2 is not p(x, z) / q(z | x).
        Assert.Equal(StepStatus.Invalid, Last(document + "\\[ w_2 = \\frac{p(x, z)}{q(z \\mid x)} \\]\n"));
        // In prose, as a student writes it, the same.
        var prose = "% function: p, q\nLet $w_j = \\frac{p(x, z_j)}{q(z_j | x)}$ and $z_1 = z$. Then\n\\[ w_1 = \\frac{p(x, z)}{q(z | x)}. \\]\n";
        Assert.Equal(StepStatus.Valid, Last(prose));
    }

    [Fact]
    public void A_function_defined_in_a_form_not_substituted_is_no_free_unknown()
    {
        // q~(z_1 | x, z_{2:K}) := p(x, z_1) / ((w_1 + w_2) / 2): the step below holds by that definition; taking q~ as a free
        // positive value refuted it.
        var document = Weights + "% define:\n\\[ \\tilde{q}(z_1 \\mid x, z_{2:K}) = \\frac{p(x, z_1)}{\\frac{1}{2}(w_1 + w_2)} \\]\n"
            + "\\[ \\tilde{q}(z_1 \\mid x, z_{2:K}) \\frac{w_1 + w_2}{2} = p(x, z_1) \\]\n";
        Assert.NotEqual(StepStatus.Invalid, Last(document));
    }

    /// <summary>
    /// A conditional defined by its pattern, \tilde{q}(z_1 | x, z_{2:K}) := .., is substituted where it is written with the same
    /// bar (the names of its parameters replaced by the arguments): Question 4.1's log-ratio is then the log of the mean weight.
    /// Written for the first time on the left of '=', it is that definition.
    /// </summary>
    [Theory]
    [InlineData("% define:\n")]
    [InlineData("")]
    public void A_conditional_defined_by_its_pattern_is_substituted(string define)
    {
        var document = Weights + define + "\\[ \\tilde{q}(z_1 \\mid x, z_{2:K}) = \\frac{p(x, z_1)}{\\frac{1}{2}(w_1 + w_2)} \\]\n";
        Assert.Equal(StepStatus.Valid, Last(document + "\\[ \\log \\frac{p(x, z_1)}{\\tilde{q}(z_1 \\mid x, z_{2:K})} = \\log \\frac{w_1 + w_2}{2} \\]\n"));
        // At other arguments it is the same function: p(x, z_2) over the same mean.
        Assert.Equal(StepStatus.Valid, Last(document + "\\[ \\tilde{q}(z_2 \\mid x, z_{2:K}) = \\frac{2 p(x, z_2)}{w_1 + w_2} \\]\n"));
        Assert.Equal(StepStatus.Invalid, Last(document + "\\[ \\log \\frac{p(x, z_1)}{\\tilde{q}(z_1 \\mid x, z_{2:K})} = \\log (w_1 + w_2) \\]\n"));
    }

    private const string Standardized = "% vector: z, \\mu, z_0 K\n% assume: \\sigma_k > 0\n% symbol: K\nLet $z_{0,k} := (z_k - \\mu_k)/\\sigma_k$.\n";

    /// <summary>
    /// z_{0,k} := (z_k - \mu_k)/\sigma_k, an entry of the vector z_0 with a letter, defines every entry (Question 2.1's inverse map). In a
    /// product over k the name was read through the definition with its own k free (refuted at K = 1 with \sigma_1 and \sigma_k both
    /// drawn). By hand: e^{-z_{0,k}^2/2} / (\sqrt{2\pi}\sigma_k) = e^{-(z_k - \mu_k)^2 / (2\sigma_k^2)} / \sqrt{2\pi\sigma_k^2} for \sigma_k > 0,
    /// factor by factor; z_{0,2} is (z_2 - \mu_2)/\sigma_2, not z_2 - \mu_2.
    /// </summary>
    [Theory]
    [InlineData(@"\prod_{k=1}^K \frac{1}{\sqrt{2\pi}} \exp\left(-\frac{z_{0,k}^2}{2}\right) \frac{1}{\sigma_k} = \prod_{k=1}^K \frac{1}{\sqrt{2\pi \sigma_k^2}} \exp\left(-\frac{(z_k - \mu_k)^2}{2 \sigma_k^2}\right)", StepStatus.Valid)]
    [InlineData(@"z_{0,2} \sigma_2 = z_2 - \mu_2", StepStatus.Valid)]
    [InlineData(@"z_{0,2} = z_2 - \mu_2", StepStatus.Invalid)]
    public void An_entry_with_a_letter_defines_every_entry(string step, StepStatus expected) =>
        Assert.Equal(expected, Last(Standardized + $"\\[ {step} \\]\n"));

    /// <summary>
    /// A derivative by a name the pattern defines is taken by the name, the value put in afterwards: \partial (z_{0,j}^2) / \partial z_{0,j}
    /// = 2 z_{0,j} = 2 (z_j - \mu_j)/\sigma_j. It was an input error (the name read as its value, no variable to differentiate by).
    /// </summary>
    [Fact]
    public void A_derivative_by_an_entry_the_pattern_defines_is_by_the_name() =>
        Assert.Equal(StepStatus.Valid, Last(Standardized + @"\[ \frac{\partial z_{0,j}^2}{\partial z_{0,j}} = \frac{2 (z_j - \mu_j)}{\sigma_j} \]" + "\n"));
}
