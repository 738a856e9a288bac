using Ift6135.Sym.Assignment.Numerics;
using Ift6135.Sym.Assignment.Questions;
using MathNet.Numerics.Integration;

namespace Ift6135.Sym.Tests.Assignment.Q4;

public class ImportanceSamplingTests
{
    // p(z) = N(0, 1), p(x | z) = N(z, 1), so p(x) = N(0, 2): at x = 1, log p(x) = -log(4 pi)/2 - 1/4 (by hand).
    private static readonly double LogEvidence = -0.5 * Math.Log(4 * Math.PI) - 0.25;

    private static readonly Q4Parameters Model = new(replicates: 20000, refinementDraws: 500);

    [Fact]
    public void TheEvidenceIntegralMatchesTheHandValue()
    {
        var s = new Question4ImportanceSampling(Model);
        var byMathNet = Math.Log(GaussLegendreRule.Integrate(z => Math.Exp(s.LogJoint(z)), -15, 15, 128));
        Assert.Equal(LogEvidence, byMathNet, 10);
        Assert.Equal(LogEvidence, Math.Log(Quadrature.Integrate(z => Math.Exp(s.LogJoint(z)), -15, 15)), 10);
    }

    [Fact]
    public void SingleSampleBoundMatchesTheGaussianKL()
    {
        // Posterior N(1/2, 1/2); q = N(-1/2, 9/4): KL = (log((1/2)/(9/4)) + (9/4 + 1)/(1/2) - 1)/2 by hand.
        var kl = 0.5 * (Math.Log(0.5 / 2.25) + (2.25 + 1.0) / 0.5 - 1);
        var l1 = new Question4ImportanceSampling(Model).Bound(1, 0);
        Assert.InRange(LogEvidence - kl, l1.Mean - 4 * l1.StandardError, l1.Mean + 4 * l1.StandardError);
    }

    /// <summary>KL(N(m1, v1) || N(m2, v2)), by hand.</summary>
    private static double GaussianKl(double m1, double v1, double m2, double v2) => 0.5 * (Math.Log(v2 / v1) + (v1 + (m1 - m2) * (m1 - m2)) / v2 - 1);

    [Fact]
    public void TheDocumentsSingleSampleCheckRejectsWrongKlFormulas()
    {
        // The document's draws (default parameters, seed offset 0 for K = 1): the 4-standard-error rule accepts the right ELBO
        // and rejects an ELBO built on the KL with its arguments swapped, or with the squared mean gap over a standard deviation.
        var q4 = new Q4Parameters();
        var l1 = new Question4ImportanceSampling(q4).Bound(1, 0);
        bool Accepted(double elbo) => Math.Abs(l1.Mean - elbo) <= 4 * l1.StandardError;
        Assert.True(Accepted(LogEvidence - GaussianKl(-0.5, 2.25, 0.5, 0.5)));
        Assert.False(Accepted(LogEvidence - GaussianKl(0.5, 0.5, -0.5, 2.25)));
        Assert.False(Accepted(LogEvidence - 0.5 * (Math.Log(0.5 / 2.25) + 2.25 / 0.5 + 1 / Math.Sqrt(0.5) - 1)));
    }

    [Fact]
    public void WithFewerReplicatesAtLargerKTheBoundsStillCatchAnEvidenceTooLow()
    {
        // The document's counts and replicates: every L_K is at most log p(x) (3 standard errors), and an evidence 0.03 nats
        // too low, or the one of p(x) = N(b, (w + s)^2) (standard deviations added instead of variances), is caught by some L_K.
        var q4 = new Q4Parameters();
        Assert.Equal([20000, 14143, 11548, 8945, 6325, 4473, 2829], q4.SampleCounts.Select(q4.ReplicatesAt));
        var s = new Question4ImportanceSampling(q4);
        var bounds = q4.SampleCounts.Select((k, i) => s.Bound(k, i)).ToArray();
        Assert.All(bounds, b => Assert.True(b.AtMost(LogEvidence)));
        Assert.Contains(bounds, b => !b.AtMost(LogEvidence - 0.03));
        var sdsAdded = -0.5 * Math.Log(2 * Math.PI * 4) - 1.0 / 8;
        Assert.Contains(bounds, b => !b.AtMost(sdsAdded));
    }

    [Fact]
    public void BoundsIncreaseTowardsTheEvidence()
    {
        var s = new Question4ImportanceSampling(Model);
        var l1 = s.Bound(1, 0);
        var l10 = s.Bound(10, 1);
        Assert.True(l10.Mean > l1.Mean + 5 * (l1.StandardError + l10.StandardError));
        Assert.True(l10.AtMost(LogEvidence));
        Assert.True(LogEvidence - l10.Mean < LogEvidence - l1.Mean);
    }

    [Fact]
    public void TheRefinedDensityHasUnitMassAndBeatsTheBound()
    {
        var s = new Question4ImportanceSampling(Model);
        var one = s.Refine(1, 7);
        Assert.Equal(1.0, one.Mass.Mean, 9); // K = 1: q~ = q exactly
        var four = s.Refine(4, 8);
        Assert.InRange(four.Mass.Mean, 1 - 4 * four.Mass.StandardError - 1e-9, 1 + 4 * four.Mass.StandardError + 1e-9);
        var l4 = s.Bound(4, 9);
        Assert.True(four.RefinedElbo >= l4.Mean - 3 * l4.StandardError);
        Assert.True(four.RefinedElbo <= LogEvidence + 1e-3);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(20)]
    public void TheRefinedMassIsExactlyThePerDrawIntegralOfTheScalarDensity(int k)
    {
        // Refine computes every draw's values at once (vector instructions); integrating the scalar q~ draw by draw must give the same bits.
        var s = new Question4ImportanceSampling(Model);
        var (lo, hi) = s.Range;
        var byDraw = s.OtherWeightSums(k, 5).Select(sum => Quadrature.Integrate(z => s.Refined(z, k, sum), lo, hi, 300)).ToArray();
        var expected = Estimate.Of(byDraw);
        var refined = s.Refine(k, 5);
        Assert.Equal(expected.Mean.ToString("R"), refined.Mass.Mean.ToString("R"));
        Assert.Equal(expected.StandardError.ToString("R"), refined.Mass.StandardError.ToString("R"));
    }

    [Fact]
    public void SamplerIsReproducibleAndStandard()
    {
        var a = new GaussianSampler(11);
        var b = new GaussianSampler(11);
        var draws = Enumerable.Range(0, 20000).Select(_ => a.Next()).ToArray();
        Assert.Equal(draws.Take(5), Enumerable.Range(0, 5).Select(_ => b.Next()));
        Assert.InRange(draws.Average(), -0.03, 0.03);
        Assert.InRange(draws.Select(d => d * d).Average(), 0.96, 1.04);
    }
}

public class Question34ParameterTests
{
    [Fact]
    public void BadValuesAreNamedByTheirJsonPath()
    {
        var p = Ift6135.Sym.Assignment.Parameters.AssignmentParameters.Default with
        {
            Q3 = new Q3Parameters(GapNoise: 0),
            Q4 = new Q4Parameters(proposalSd: -1, sampleCounts: []),
        };
        var paths = Ift6135.Sym.Assignment.Parameters.ParametersValidator.Validate(p).Select(x => x.Path).ToArray();
        Assert.Contains("$.q3.gapNoise", paths);
        Assert.Contains("$.q4.proposalSd", paths);
        Assert.Contains("$.q4.sampleCounts", paths);
        Assert.Empty(Ift6135.Sym.Assignment.Parameters.ParametersValidator.Validate(Ift6135.Sym.Assignment.Parameters.AssignmentParameters.Default));
    }
}
