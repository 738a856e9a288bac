using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// The conclusion of Question 3.1 written as an equation between two arg max: E_q[log p_θ(x, z)] and log p_θ(x) - KL(q || p_θ(z | x)) differ
/// by E_q[log q(z)] (log p_θ(x, z) = log p_θ(z | x) + log p_θ(x)), free of θ, so they have the same maximizers. It was an input error.
/// </summary>
public sealed class ArgOptimumEqualityTests
{
    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    private const string Declarations = "% function: p, q\n% random: z\n";

    [Fact]
    public void Two_functions_that_differ_by_a_term_free_of_the_variable_have_the_same_maximizers()
    {
        var report = Run(Declarations + "So $\\arg\\max_\\theta \\mathbb{E}_{q(z)}[\\log p_\\theta(x, z)] = "
            + "\\arg\\max_\\theta \\left(\\log p_\\theta(x) - D_{KL}(q(z) \\| p_\\theta(z \\mid x))\\right)$.\n");
        Assert.Empty(report.Errors);
        var step = report.Chains[0].Steps[0];
        Assert.Equal(StepStatus.Valid, step.Status);
        Assert.Contains("does not depend on \\theta", step.Detail);
    }

    [Fact]
    public void Two_functions_whose_difference_depends_on_the_variable_are_not_decided()
    {
        // E_q[log p_θ(x, z)] - log p_θ(x) = E_q[log p_θ(z | x)] depends on θ: the maximizers may differ.
        var report = Run(Declarations + "So $\\arg\\max_\\theta \\mathbb{E}_{q(z)}[\\log p_\\theta(x, z)] = \\arg\\max_\\theta \\log p_\\theta(x)$.\n");
        Assert.Empty(report.Errors);
        Assert.Equal(StepStatus.Unknown, report.Chains[0].Steps[0].Status);
        Assert.Contains("depends on \\theta", report.Chains[0].Steps[0].Detail);
    }

    [Fact]
    public void A_plain_difference_in_the_variable_itself_counts()
    {
        // (x - a)^2 and x^2 - 2ax differ by a^2, free of x: the same minimizer (x = a); x^2 and (x - 1)^2 differ by 2x - 1.
        Assert.Equal(StepStatus.Valid, Run("\\[ \\arg\\min_x (x - a)^2 = \\arg\\min_x (x^2 - 2 a x) \\]\n").Chains[0].Steps[0].Status);
        Assert.Equal(StepStatus.Unknown, Run("\\[ \\arg\\min_x x^2 = \\arg\\min_x (x - 1)^2 \\]\n").Chains[0].Steps[0].Status);
    }
}
