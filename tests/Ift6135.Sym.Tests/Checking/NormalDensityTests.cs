using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// \mathcal{N}(x; \mu, \Sigma) is the normal density at x, by its formula, as Question 2's answers write it. By hand: in one
/// dimension (2\pi s)^{-1/2} e^{-(x - \mu)^2 / (2s)}; for z_0 = S^{-1}(z - \mu) in two dimensions, N(z_0; 0, I) = (2\pi)^{-1}
/// e^{-|z_0|^2 / 2} and |S^{-1} v|^2 = v^T (S S^T)^{-1} v, so N(S^{-1}(z - \mu); 0, I) / |det S| = e^{-v^T (S S^T)^{-1} v / 2} / (2\pi |det S|).
/// </summary>
public sealed class NormalDensityTests
{
    private static StepStatus Status(string document) =>
        Assert.Single(Assert.Single(Checker.CheckText(document, "t.tex").Chains).Steps).Status;

    [Theory]
    [InlineData(@"\mathcal{N}(x; \mu, s) = \frac{1}{\sqrt{2\pi s}} \exp\left(-\frac{(x - \mu)^2}{2s}\right)", StepStatus.Valid)]
    [InlineData(@"\mathcal{N}(x \mid \mu, s) = \frac{1}{\sqrt{2\pi s}} \exp\left(-\frac{(x - \mu)^2}{2s}\right)", StepStatus.Valid)]
    [InlineData(@"\mathcal{N}(x; \mu, s) = \frac{1}{\sqrt{2\pi s}} \exp\left(-\frac{(x - \mu)^2}{s}\right)", StepStatus.Invalid)]
    [InlineData(@"\mathcal{N}(x; 0, 1) \mathcal{N}(y; 0, 1) = \frac{1}{2\pi} \exp\left(-\frac{x^2 + y^2}{2}\right)", StepStatus.Valid)]
    public void The_density_of_a_scalar(string step, StepStatus expected) =>
        Assert.Equal(expected, Status($"% assume: s > 0\n\\[ {step} \\]\n"));

    [Theory]
    [InlineData(@"\frac{1}{2\pi |\det S|}", StepStatus.Valid)]
    [InlineData(@"\frac{1}{\sqrt{2\pi} |\det S|}", StepStatus.Invalid)]
    public void The_density_of_a_vector_through_an_invertible_matrix(string normalizer, StepStatus expected) =>
        Assert.Equal(expected, Status("% matrix: S 2x2\n% vector: z, \\mu 2\n"
            + $"\\[ \\mathcal{{N}}(S^{{-1}}(z - \\mu); 0, I) |\\det S|^{{-1}} = {normalizer} \\exp\\left(-\\frac{{1}}{{2}}(z - \\mu)^T (S S^T)^{{-1}} (z - \\mu)\\right) \\]\n"));

    [Fact]
    public void A_covariance_of_another_size_is_an_input_error_that_names_the_sizes()
    {
        var report = Checker.CheckText("% vector: v 2\n\\[ \\mathcal{N}(v; 0, \\begin{pmatrix} 1 & 0 & 0 \\\\ 0 & 1 & 0 \\\\ 0 & 0 & 1 \\end{pmatrix}) = 1 \\]\n", "t.tex");
        var error = Assert.Single(report.Errors);
        Assert.Contains("of size 2x2", error.Message);
        Assert.Equal((2, 4), (error.Line, error.Column));
    }

    [Fact]
    public void A_declared_N_is_the_writers_own_function()
    {
        // Declared, \mathcal{N} is any function: the formula is then no identity about it.
        var step = @"\mathcal{N}(x; \mu, s) = \frac{1}{\sqrt{2\pi s}} \exp\left(-\frac{(x - \mu)^2}{2s}\right)";
        Assert.NotEqual(StepStatus.Valid, Status($"% assume: s > 0\n% function: \\mathcal{{N}}\n\\[ {step} \\]\n"));
    }

    /// <summary>
    /// q(z) |\det S| = \mathcal{N}(z; \mu, S S^T) |\det S|: q is an undeclared density of a vector, so no verdict, and the advice names q only. It named
    /// \mathcal{N} too, as "cal(N)", though \mathcal{N} with three arguments is read as the normal density.
    /// </summary>
    [Fact]
    public void The_advice_on_an_undeclared_density_names_it_as_written_and_not_the_normal_density()
    {
        var step = Assert.Single(Assert.Single(Checker.CheckText("% matrix: S 2x2\n% vector: z, \\mu 2\n$q(z) |\\det S| = \\mathcal{N}(z; \\mu, S S^T) |\\det S|$\n", "t.tex").Chains).Steps);
        Assert.Equal(StepStatus.Unknown, step.Status);
        Assert.Contains("what is known of q (q of a vector", step.Detail);
        Assert.DoesNotContain("cal(N)", step.Detail);
        Assert.DoesNotContain("known of \\mathcal{N}", step.Detail);
    }
}
