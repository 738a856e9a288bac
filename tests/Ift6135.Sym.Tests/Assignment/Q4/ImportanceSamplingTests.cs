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
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TheRefinedIntegralsAgreeWithTheFull300PanelRuleOnTheDocumentsDraws(int position)
    {
        // The document's model, K and draws (seed offset 1000 + position). Integrate leaves out the panels where a bound on q~ is
        // below 1e-20 and computes equal draws once; the full rule, every panel for every draw, must agree to 1e-12 (the rule's
        // documented accuracy) per draw, for q_K at every point, and for the ELBO; the bound makes the difference below 4e-19.
        var q4 = new Q4Parameters();
        var k = q4.RefinedCounts[position];
        var s = new Question4ImportanceSampling(q4);
        var sums = s.OtherLogWeightSums(k, 1000 + position).Select(Math.Exp).ToArray();
        var rule = Quadrature.On(s.Range.Lower, s.Range.Upper, 300);
        Assert.Equal(rule.Points, s.Rule.Points);
        var scaledJoint = rule.Points.Select(z => Math.Exp(s.LogJoint(z)) * k).ToArray();
        var weight = rule.Points.Select(z => Math.Exp(s.LogWeight(z))).ToArray();
        var integrals = s.Integrate(k, s.OtherLogWeightSums(k, 1000 + position));
        var density = new double[rule.Points.Count];
        for (var m = 0; m < sums.Length; m++)
        {
            var values = scaledJoint.Select((j, i) => j / (weight[i] + sums[m])).ToArray();
            Assert.Equal(rule.Sum(values), integrals.Masses[m], 1e-12);
            for (var i = 0; i < values.Length; i++) density[i] += values[i] / sums.Length;
        }
        for (var i = 0; i < density.Length; i++) Assert.Equal(density[i], integrals.Density[i], 1e-12);
        var norm = integrals.Masses.Average();
        var elbo = rule.Sum(density.Select((d, i) => d / norm <= 0 ? 0 : d / norm * (s.LogJoint(rule.Points[i]) - Math.Log(d / norm))).ToArray());
        Assert.Equal(elbo, s.Refine(k, 1000 + position).RefinedElbo, 1e-12);
    }

    [Fact]
    public void AnObservationFarFromTheModelsMeanLeavesTheRefinedDensityAProbability()
    {
        // x = 40: the posterior is N(20, 1/2) and q = N(-1/2, 9/4), so every weight w_j = p(x, z_j) / q(z_j) is about e^-800 and
        // underflows, as do p(x, z) and w(z) in the tails of the range. q~ then became 0/0 at K = 1 (an internal error) and K q at
        // K = 2 (mass 2, a failed check). By hand: q~ = q at K = 1, of mass 1; E[mass] = 1 at every K; and L_1[q_K] <= log p(x) =
        // log N(40; 0, 2) = -log(4 pi)/2 - 400.
        var s = new Question4ImportanceSampling(new Q4Parameters(observation: 40, refinementDraws: 500));
        var logEvidence = -0.5 * Math.Log(4 * Math.PI) - 400;
        Assert.Equal(1.0, s.Refine(1, 7).Mass.Mean, 9);
        var two = s.Refine(2, 8);
        Assert.InRange(two.Mass.Mean, 1 - 4 * two.Mass.StandardError, 1 + 4 * two.Mass.StandardError);
        Assert.True(double.IsFinite(two.RefinedElbo) && two.RefinedElbo <= logEvidence);
        // Far in the tail (z = -30) the scalar q~ at K = 1 is K q(z) = N(-30; -1/2, 9/4), whose logarithm is written out here.
        var logQ = -0.5 * Math.Log(2 * Math.PI * 2.25) - 29.5 * 29.5 / (2 * 2.25);
        Assert.Equal(logQ, Math.Log(s.Refined(-30, 1, double.NegativeInfinity)), 9);
    }

    [Fact]
    public void TheRefinedMassOfTheScalarDensityIsTheMeasuredOne()
    {
        // The scalar q~ integrated draw by draw by the 300-panel rule against Refine (vector lanes, panels with q~ below 1e-20 left out).
        var s = new Question4ImportanceSampling(Model);
        var (lo, hi) = s.Range;
        foreach (var k in new[] { 1, 3, 20 })
        {
            var byDraw = Estimate.Of(s.OtherLogWeightSums(k, 5).Select(sum => Quadrature.Integrate(z => s.Refined(z, k, sum), lo, hi, 300)).ToArray());
            var refined = s.Refine(k, 5);
            Assert.Equal(byDraw.Mean, refined.Mass.Mean, 1e-12);
            Assert.Equal(byDraw.StandardError, refined.Mass.StandardError, 1e-12);
        }
    }

    [Fact]
    public void TheLogWeightIsTheDifferenceOfTheLogDensities()
    {
        // The quadratic's coefficients against the three log-densities, for the default model and one with every parameter changed.
        foreach (var q4 in new[] { new Q4Parameters(), new Q4Parameters(observation: -0.7, weight: 2.5, bias: 0.3, noise: 0.4, proposalMean: 1.2, proposalSd: 0.6) })
        {
            var s = new Question4ImportanceSampling(q4);
            var quadratic = Question4LogWeight.Of(q4);
            for (var z = -20.0; z <= 20; z += 0.37)
            {
                var direct = s.LogJoint(z) - s.LogProposal(z);
                Assert.Equal(direct, s.LogWeight(z), 1e-12 * Math.Max(1, Math.Abs(direct)));
            }
            var zs = Enumerable.Range(0, 23).Select(i => -5 + 0.45 * i).ToArray();
            var applied = zs.ToArray();
            quadratic.ApplyInPlace(applied);
            Assert.Equal(zs.Select(quadratic.At), applied);
        }
    }

    [Fact]
    public void LogMeanExpOfColumnsIsTheLogOfTheMeanWeightOfEachGroup()
    {
        // Three groups of four, stored row by row (value i of group g at i * 3 + g): large logs that would overflow exp unshifted,
        // ordinary ones, and very negative ones that would all underflow; then a group with a NaN.
        double[][] groups = [[1000, 1001, 999, 1000.5], [-1.5, 0.25, -3, 2], [-2000, -2001, -1999.5, -2000]];
        var logs = new double[12];
        for (var g = 0; g < 3; g++) for (var i = 0; i < 4; i++) logs[i * 3 + g] = groups[g][i];
        var into = new double[3];
        LogMeanExp.OfColumns(logs, 4, into);
        for (var g = 0; g < 3; g++)
        {
            var max = groups[g].Max();
            var expected = max + Math.Log(groups[g].Sum(l => Math.Exp(l - max)) / 4);
            Assert.Equal(expected, into[g], 1e-13 * Math.Abs(expected));
        }
        // Rows (0, 1) and (NaN, 2): group 0 is (0, NaN), group 1 is (1, 2).
        var withNaN = new double[] { 0, 1, double.NaN, 2 };
        var two = new double[2];
        LogMeanExp.OfColumns(withNaN, 2, two);
        Assert.True(double.IsNaN(two[0]));
        Assert.Equal(Math.Log((Math.E + Math.E * Math.E) / 2), two[1], 1e-15);
        Assert.Throws<InvalidOperationException>(() => LogMeanExp.OfColumns([], 0, new double[3]));
        Assert.Throws<ArgumentException>(() => LogMeanExp.OfColumns(new double[5], 2, new double[3]));
    }

    [Fact]
    public void VectorExpAndLogAreWithinAFewUlpsOfMath()
    {
        // Lengths with and without a partial last vector; values over the range the log-weights take.
        foreach (var length in new[] { 1, 3, 4, 7, 1000, 1001 })
        {
            var xs = Enumerable.Range(0, length).Select(i => -700 + 709.0 * i / Math.Max(1, length - 1)).ToArray();
            var exps = xs.ToArray();
            VectorMath.ExpInPlace(exps);
            for (var i = 0; i < length; i++) Assert.Equal(1, exps[i] / Math.Exp(xs[i]), 1e-15);
            var positives = exps.ToArray();
            VectorMath.LogInPlace(positives);
            for (var i = 0; i < length; i++) Assert.Equal(Math.Log(exps[i]), positives[i], 1e-15 * Math.Max(1, Math.Abs(xs[i])));
        }
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
