using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// The change of variables q(z) = q(z_0) |det J|^{-1}, with q(z_0) given: the givens say nothing of q(z), so the step
/// was refuted by any value of it (q(z) = 1), an INVALID on the statement's own formula (1). It is undecided now, saying
/// why; a step whose sides the givens determine is still refuted. Verdicts by hand.
/// </summary>
public sealed class StatedDensityValueTests
{
    private static StepReport Last(string text)
    {
        var report = Checker.CheckText(text, "t.tex");
        Assert.Empty(report.Errors);
        return report.Chains[^1].Steps[^1];
    }

    [Fact]
    public void A_step_giving_a_density_its_value_is_not_refuted()
    {
        var step = Last("% vector: z 2, z_0 2\n% given: q(z_0) = \\exp(-\\frac{1}{2}\\|z_0\\|^2)\n\\[ q(z) = \\frac{1}{3} q(z_0) \\]\n");
        Assert.Equal(StepStatus.Unknown, step.Status);
        Assert.Contains("states the value of the density", step.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_about_the_given_values_is_still_refuted()
    {
        // q(z_0) = e^{-z_0^2 / 2} is not e^{-z_0^2} (at z_0 = 1: e^{-1/2} against e^{-1}).
        var step = Last("% given: q(z_0) = \\exp(-\\frac{1}{2} z_0^2)\n\\[ q(z_0) = \\exp(-z_0^2) \\]\n");
        Assert.Equal(StepStatus.Invalid, step.Status);
    }
}
