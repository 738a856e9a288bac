using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Applications written as conditional densities, q(z | x), are positive unknowns when nothing else decides a step; an
/// application that holds the index of a sum around it is not one unknown; a count stays a count once its sum has folded.
/// </summary>
public sealed class ConditionalDensityTests
{
    private static StepReport Step(string document) =>
        Assert.Single(Assert.Single(Checker.CheckText(document, "t.tex").Chains).Steps);

    [Fact]
    public void A_wrong_step_about_a_conditional_density_gets_a_counterexample_with_its_name()
    {
        var step = Step("% function: q\n\\[ q(z \\mid x)^2 = q(z \\mid x) \\]\n");
        Assert.Equal(StepStatus.Invalid, step.Status);
        var (name, value) = Assert.Single(step.Counterexample!.Values);
        Assert.Equal("q(z | x)", name);
        // Fails wherever the density is not 1, and a density is positive: the value shown must be such a point.
        Assert.True(value > 0 && value != 1, $"q(z | x) = {value}");
        Assert.Contains("conditional densities", step.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_mixing_a_conditional_density_and_another_function_is_decided()
    {
        // p/q = p^2/q holds only where p is 0 or 1: false for p a random function, with q(z | x) any positive value.
        var step = Step("% function: p, q\n\\[ \\frac{p(x,z)}{q(z \\mid x)} = \\frac{p(x, z)^2}{q(z \\mid x)} \\]\n");
        Assert.Equal(StepStatus.Invalid, step.Status);
        Assert.True(step.Counterexample!.Values["q(z | x)"] > 0);
        Assert.Contains(step.Counterexample.Printed!, p => p.Name == @"q(z \mid x)");
        Assert.Contains("fails for the function p(", step.Detail, StringComparison.Ordinal);
    }

    /// <summary>
    /// Σ_{k=1}^{K} log q(z_k | x) - log q(z_1 | x) = Σ_{k=2}^{K} log q(z_k | x) holds (the first term taken out). With q(z_k | x)
    /// taken as one unknown for every k it was called invalid; it must never be.
    /// </summary>
    [Theory]
    [InlineData(@"\sum_{k=1}^{K} \log q(z_k \mid x) - \log q(z_1 \mid x) = \sum_{k=2}^{K} \log q(z_k \mid x)")]
    [InlineData(@"\sum_{k=1}^{K} q(z_k \mid x) - q(z_1 \mid x) = \sum_{k=2}^{K} q(z_k \mid x)")]
    [InlineData(@"\prod_{k=1}^{K} q(z_k \mid x) = q(z_1 \mid x) \prod_{k=2}^{K} q(z_k \mid x)")]
    public void A_density_of_a_summation_index_is_not_one_unknown(string step) =>
        Assert.NotEqual(StepStatus.Invalid, Step($"% function: q\n\\[ {step} \\]\n").Status);

    [Fact]
    public void The_count_of_a_folded_sum_is_drawn_as_a_positive_integer()
    {
        // K copies of log q(x) are not one: false for every count but 1, and the counterexample's K must be a count.
        var step = Step("% function: q\n\\[ \\sum_{k=1}^{K} \\log q(x) = \\log q(x) \\]\n");
        Assert.Equal(StepStatus.Invalid, step.Status);
        var k = step.Counterexample!.Values["K"];
        Assert.True(k >= 2 && k == Math.Floor(k), $"K = {k}");
    }
}
