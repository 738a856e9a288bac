using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// An assumption on an undefined function (5.3's template: f'(z) &gt; -1) beside a step that does not apply the function: the function is
/// free, so the assumption constrains none of the step's symbols. It rejected every sampled point (f has no value at a point), and a
/// false step was "unknown: could not draw enough valid points". By hand: z_2^3 - z_1^3 &gt; 0 fails at z_1 = 1, z_2 = 0; x^2 + 1 &gt; 0
/// holds; 1 + f'(z) &gt; 0 holds by the assumption itself.
/// A step about f is refuted only by a concrete f that satisfies the hypothesis for every argument (f ≡ 0 here, f' = 0 &gt; -1): a random
/// instance could break it and refute a step true under it. By hand: with f ≡ 0, \int_{z_1}^{z_2} (1 + f'(t)) dt = z_2 - z_1 &lt; 0 for
/// z_1 &gt; z_2, so that claim is false; f'(t) + 1 &gt; 0 holds for every f with f' &gt; -1 (t is any argument), and is never refuted.
/// </summary>
public sealed class UnrelatedFunctionAssumptionTests
{
    private const string Declarations = "% function: f\n% assume: f'(z) > -1\n";

    private static StepStatus Verdict(string step) =>
        Checker.CheckText(Declarations + $"\\[ {step} \\]\n", "t.tex").Chains.Single().Steps.Single().Status;

    [Theory]
    [InlineData(@"z_2^3 - z_1^3 > 0", StepStatus.Invalid)]
    [InlineData(@"z^3 - z > 0", StepStatus.Invalid)]
    [InlineData(@"(z - 1)^2 = z^2 + 1", StepStatus.Invalid)]
    [InlineData(@"x^2 + 1 > 0", StepStatus.Valid)]
    [InlineData(@"1 + f'(z) > 0", StepStatus.Valid)]
    public void A_step_not_about_the_function_is_sampled_freely(string step, StepStatus expected) =>
        Assert.Equal(expected, Verdict(step));

    [Fact]
    public void A_step_about_the_function_is_refuted_only_by_a_function_that_satisfies_the_hypothesis()
    {
        Assert.Equal(StepStatus.Invalid, Verdict(@"\int_{z_1}^{z_2} (1 + f'(t)) \, dt > 0"));
        Assert.NotEqual(StepStatus.Invalid, Verdict(@"f'(t) + 1 > 0"));
        Assert.NotEqual(StepStatus.Invalid, Verdict(@"f'(t) + 1 > 0 \quad \text{for } t > 0"));
    }
}
