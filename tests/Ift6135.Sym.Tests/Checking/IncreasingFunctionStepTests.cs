using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Question 5.3 through an integral: g(z) = z + f(z) with f' &gt; -1, and z_1 &lt; z_2 supposed, so g(z_2) - g(z_1) = \int_{z_1}^{z_2} g'(t) dt
/// = (z_2 - z_1) + f(z_2) - f(z_1) &gt; 0 since the integrand 1 + f'(t) is positive (the mean value theorem, at a point between). Verdicts by hand.
/// </summary>
public sealed class IncreasingFunctionStepTests
{
    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    private static StepStatus[] Statuses(CheckReport r) => r.Chains.SelectMany(c => c.Steps).Select(s => s.Status).ToArray();

    private const string Given = "% function: f\n% assume: f'(z) > -1\n% given: g(z) := z + f(z)\n";

    private const string Integral = "Let $z_1 < z_2$. Then\n\\begin{align*}\ng(z_2) - g(z_1) &= \\int_{z_1}^{z_2} g'(t) \\, dt \\\\\n"
        + "&= \\int_{z_1}^{z_2} (1 + f'(t)) \\, dt > 0\n\\end{align*}\nso $g(z_2) > g(z_1)$.\n";

    [Fact]
    public void A_positive_integrand_over_an_ordered_interval_gives_a_positive_integral()
    {
        var report = Run(Given + Integral);
        Assert.Empty(report.Errors);
        // z_1 < z_2 supposed (not checked), the two integrals, the sign, the conclusion g(z_2) > g(z_1).
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid, StepStatus.Valid, StepStatus.Valid], Statuses(report));
        Assert.Contains("supposed", report.Chains[0].Steps[0].Detail);
    }

    [Fact]
    public void Without_the_order_or_the_bound_on_the_slope_the_sign_is_refuted()
    {
        // No z_1 < z_2: the integral runs backwards where z_1 > z_2 (f = 0, which satisfies f' > -1, gives z_2 - z_1 < 0).
        var unordered = Run(Given + Integral.Replace("Let $z_1 < z_2$. Then", "Then"));
        Assert.Equal(StepStatus.Invalid, unordered.Chains[0].Steps[2].Status);
        // No f' > -1: f(t) = -2t makes the integrand -1 and the integral z_1 - z_2 < 0, so an instance of f refutes it.
        var unbounded = Run(Given.Replace("% assume: f'(z) > -1\n", "") + Integral);
        Assert.Equal(StepStatus.Invalid, unbounded.Chains[1].Steps[2].Status);
    }

    [Fact]
    public void The_points_the_wrong_way_round_are_not_proved()
    {
        // g(z_1) > g(z_2) is false for g increasing and z_1 < z_2; f undefined, it stays unknown rather than valid.
        var report = Run(Given + "Let $z_1 < z_2$. Then $g(z_1) > g(z_2)$.\n");
        Assert.NotEqual(StepStatus.Valid, report.Chains[1].Steps[0].Status);
    }
}
