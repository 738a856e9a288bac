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
