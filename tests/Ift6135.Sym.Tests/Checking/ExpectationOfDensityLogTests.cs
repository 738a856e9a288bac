using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// The step every ELBO derivation starts with, E_q[log p(x, z)/q(z)] = E_q[log p(x, z)] - E_q[log q(z)]: the
/// functions under the log are densities (positive there, README "What check reads"), so the log splits, and
/// the expectation is linear. Found by writing the derivation as a student would: it was "unknown" while the
/// same step outside the expectation was valid. Verdicts by hand.
/// </summary>
public class ExpectationOfDensityLogTests
{
    private const string Declarations = "% function: p, q\n% random: z\n";

    private static StepReport OnlyStep(string step) =>
        Assert.Single(Assert.Single(Checker.CheckText($"{Declarations}\\[ {step} \\]", "t.tex").Chains).Steps);

    [Theory]
    [InlineData(@"\mathbb{E}_{q}\left[\log \frac{p(x, z)}{q(z)}\right] = \mathbb{E}_{q}[\log p(x, z)] - \mathbb{E}_{q}[\log q(z)]")]
    [InlineData(@"\mathbb{E}_{z \sim q}\left[\log \frac{p(x, z)}{q(z)}\right] = \mathbb{E}_{z \sim q}[\log p(x, z)] - \mathbb{E}_{z \sim q}[\log q(z)]")]
    [InlineData(@"\mathbb{E}_{q}[\log (p(x|z) p(z))] = \mathbb{E}_{q}[\log p(x|z)] + \mathbb{E}_{q}[\log p(z)]")]
    [InlineData(@"\mathbb{E}_{q}\left[\log \frac{p(x, z)^2}{q(z)}\right] = 2\mathbb{E}_{q}[\log p(x, z)] - \mathbb{E}_{q}[\log q(z)]")]
    public void The_log_of_densities_splits_under_an_expectation(string step)
    {
        // Proved, not sampled: the reader splits the logs of densities inside the expectation (README "What check reads").
        var s = OnlyStep(step);
        Assert.True(s.Status == StepStatus.Valid, $"{s.Status}: {s.Detail}");
        Assert.Equal("symbolic", s.Method);
    }

    [Theory]
    // The sign of log q(z) flipped; the same with the other expectation's subscript; the log of a sum, which does not split.
    [InlineData(@"\mathbb{E}_{q}\left[\log \frac{p(x, z)}{q(z)}\right] = \mathbb{E}_{q}[\log p(x, z)] + \mathbb{E}_{q}[\log q(z)]")]
    [InlineData(@"\mathbb{E}_{q}\left[\log \frac{p(x, z)}{q(z)}\right] = \mathbb{E}_{p}[\log p(x, z)] - \mathbb{E}_{q}[\log q(z)]")]
    [InlineData(@"\mathbb{E}_{q}[\log (p(x, z) + q(z))] = \mathbb{E}_{q}[\log p(x, z)] + \mathbb{E}_{q}[\log q(z)]")]
    public void A_wrong_split_is_never_valid(string step)
    {
        // Expectations are opaque (no distribution is instantiated), so these stay unknown rather than refuted.
        Assert.NotEqual(StepStatus.Valid, OnlyStep(step).Status);
    }
}
