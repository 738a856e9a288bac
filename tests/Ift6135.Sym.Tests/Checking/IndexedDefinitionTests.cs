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
}
