using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// A derivative of a name that a given equates to an expression without defining it (Question 2.1's "% given: z = g(z_0)" and
/// "% given: g(z_0) = \mu + \sigma \odot z_0"): read through the givens, \partial z_k / \partial z_{0,k} = \sigma_k, since
/// z_k = \mu_k + \sigma_k z_{0,k}. Read alone z_k was a constant (derivative 0) and the step undecided. Verdicts by hand.
/// </summary>
public sealed class DerivativeThroughGivenTests
{
    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    private const string Givens = "% vector: z, \\mu, z_0, \\sigma K\n% assume: \\sigma_k > 0\n% symbol: K\n"
        + "% given: g(z_0) = \\mu + \\sigma \\odot z_0\n% given: z = g(z_0)\n";

    [Fact]
    public void The_derivative_of_an_entry_is_read_through_the_givens()
    {
        var report = Run(Givens + "\\[ \\frac{\\partial z_k}{\\partial z_{0,k}} = \\sigma_k \\]\n");
        Assert.Empty(report.Errors);
        var step = report.Chains[0].Steps[0];
        Assert.Equal(StepStatus.Valid, step.Status);
        Assert.Contains("(given) read as definitions", step.Detail);
    }

    [Fact]
    public void A_wrong_derivative_is_refuted_through_the_givens()
    {
        // \sigma_k, not \mu_k (they differ wherever \mu_k != \sigma_k).
        var report = Run(Givens + "\\[ \\frac{\\partial z_k}{\\partial z_{0,k}} = \\mu_k \\]\n");
        Assert.Equal(StepStatus.Invalid, report.Chains[0].Steps[0].Status);
    }

    [Fact]
    public void Without_a_given_the_name_is_still_a_guess()
    {
        // Nothing says what z is: read as a constant, the step stays undecided and says what to define.
        var report = Run("% vector: z, z_0, \\sigma K\n% symbol: K\n\\[ \\frac{\\partial z_k}{\\partial z_{0,k}} = \\sigma_k \\]\n");
        Assert.Equal(StepStatus.Unknown, report.Chains[0].Steps[0].Status);
        Assert.Contains("define z_k with :=", report.Chains[0].Steps[0].Detail);
    }
}
