using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Grading.Scoring;

using static Ift6135.Sym.Tests.Grading.OneAnswer;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>Expression answers under the question's declarations, and derivations run through the checker for proposed points.</summary>
public sealed class DerivationGradingTests
{
    // The change of variables for z = mu + S z0, by hand: q(z) = N(S^{-1}(z - mu); 0, I) / |det S|.
    private const string Density = @"(2\pi)^{-K/2} |\det S|^{-1} \exp\left(-\frac{1}{2} (z-\mu)^\top (S S^\top)^{-1} (z-\mu)\right)";

    [Fact]
    public void The_density_of_the_full_affine_map_is_graded_under_the_declarations()
    {
        var g = Grade("q2.3", "density: $" + Density + "$");
        var field = g.Fields.Single();
        Assert.Equal(FieldStatus.Correct, field.Status);
        Assert.Equal(3m, field.Points);
        // No derivation was written: the other half of the points is proposed at 0, to confirm.
        Assert.True(g.ToConfirm);
        Assert.Equal(0m, g.Proposed);
    }

    [Fact]
    public void A_density_without_the_absolute_value_is_the_known_mistake()
    {
        var g = Grade("q2.3", "density: $" + Density.Replace(@"|\det S|^{-1}", @"(\det S)^{-1}") + "$");
        var field = g.Fields.Single();
        Assert.Equal("absolute value forgotten", field.Mistake);
        // A quarter of the density's 3 points (0.75), rounded to the half point.
        Assert.Equal(1m, field.Points);
    }

    [Fact]
    public void A_density_with_det_not_inverted_is_the_known_mistake()
    {
        var g = Grade("q2.3", "density: $" + Density.Replace(@"|\det S|^{-1}", @"|\det S|") + "$");
        Assert.Equal("det J not inverted", g.Fields.Single().Mistake);
    }

    [Fact]
    public void A_valid_derivation_that_reaches_a_key_step_gets_its_points_proposed_to_confirm()
    {
        // q5.3 (5 points): the derivative field weighs 0.3 (1.5 points); the key steps share 3.5 points: the
        // derivative 1 + f'(z) > 0 (half of 3.5, 1.75, to the half point 2) and two steps a teaching assistant judges.
        var g = Grade("q5.3", "% assume: f'(z) > -1\n\\begin{align*}\n\\frac{d}{dz}(z + f(z)) &= 1 + f'(z) \\\\\n&> 0\n\\end{align*}\nderivative: $1 + f'(z)$");
        Assert.True(g.ToConfirm);
        Assert.All(g.Steps, s => Assert.Equal(StepStatus.Valid, s.Status));
        Assert.Equal(1.5m, g.Fields.Single().Points);
        Assert.Equal(3.5m, g.ProposedMax);
        Assert.Equal(2m, g.Proposed);
        Assert.Contains(g.Notes, n => n.Contains("key step 1") && n.Contains("found, valid"));
        Assert.Contains(g.Notes, n => n.Contains("key step 2") && n.Contains("judged by a teaching assistant"));
    }

    /// <summary>
    /// q5.4's quadratic, written as the equation the next line solves: r^2 + (\alpha + \beta - d) r - \alpha d is the key's quadratic (by
    /// hand, (\alpha + r)(r(1 + \beta/(\alpha + r)) - d) expanded), and the root on the next line solves it, so the equation is "not checked"
    /// rather than valid; it was not found among the valid steps. A wrong quadratic (the sign of \alpha d) is still not found.
    /// </summary>
    [Theory]
    [InlineData(@"- \alpha d", "found")]
    [InlineData(@"+ \alpha d", "not found")]
    public void A_key_step_written_as_an_equation_a_later_line_solves_is_found(string constant, string verdict)
    {
        const string root = @"\frac{d - \alpha - \beta + \sqrt{(\alpha + \beta - d)^2 + 4 \alpha d}}{2}";
        var g = Grade("q5.4", "\\begin{align*}\nr^2 + (\\alpha + \\beta - d) r " + constant + " &= 0 \\\\\nr &= " + root + "\n\\end{align*}\nradius: $r = " + root + "$");
        Assert.Contains(g.Notes, n => n.Contains("key step 3") && n.Contains(verdict == "found" ? "found, valid" : "not found"));
    }

    [Fact]
    public void Valid_steps_that_are_not_key_steps_propose_nothing()
    {
        // Correct algebra (checked by hand) that never states the derivative's sign.
        var g = Grade("q5.3", "\\begin{align*}\n(z + 1)^2 &= z^2 + 2z + 1\n\\end{align*}");
        Assert.All(g.Steps, s => Assert.Equal(StepStatus.Valid, s.Status));
        Assert.Equal(0m, g.Proposed);
        Assert.Contains(g.Notes, n => n.Contains("key step 1") && n.Contains("not found"));
    }

    [Fact]
    public void A_wrong_step_lowers_the_proposal_and_is_shown()
    {
        var g = Grade("q5.4", "% assume: \\alpha > 0, r > 0\n\\begin{align*}\nr\\left(1 + \\frac{\\beta}{\\alpha + r}\\right) &= r + \\frac{\\beta r}{\\alpha + r} \\\\\n&= r + \\beta\n\\end{align*}");
        Assert.Contains(g.Steps, s => s.Status == StepStatus.Invalid);
        Assert.True(g.Proposed < g.ProposedMax);
        Assert.Contains(g.Notes, n => n.Contains("to confirm by a teaching assistant"));
    }

    // 2.1 in vectors: |det J| = sigma_1 sigma_2 sigma_3 at the worked K = 3 (by hand, det diag(sigma) with sigma_k > 0) and the density of
    // N(mu, diag(sigma^2)) are the key steps the grader finds (2 + 2 of 6 points, the other two are a teaching assistant's); a density
    // with diag(sigma) for the covariance is refuted, and its key step not found.
    private const string DiagonalDerivation = """
        The Jacobian is $J_{z_0} g(z_0) = \mathrm{diag}(\sigma)$, so $|\det J_{z_0} g(z_0)| = \prod_{k=1}^K \sigma_k$.
        \begin{align*}
        q(z) &= q(z_0) \left|\det J_{z_0} g(z_0)\right|^{-1} && \text{change of variables}\\
        &= \prod_{k=1}^K \frac{1}{\sqrt{2\pi}\sigma_k} \exp\left(-\frac{(z_k - \mu_k)^2}{2\sigma_k^2}\right) \\
        &= \mathcal{N}(z; \mu, \mathrm{diag}(\sigma^2))
        \end{align*}
        """;

    [Fact]
    public void A_vector_derivation_of_21_earns_the_key_steps_it_reaches()
    {
        Assert.Equal(4m, Grade("q2.1", DiagonalDerivation).Proposed);
        Assert.Equal(2m, Grade("q2.1", DiagonalDerivation.Replace(@"\mathrm{diag}(\sigma^2)", @"\mathrm{diag}(\sigma)", StringComparison.Ordinal)).Proposed);
    }
}
