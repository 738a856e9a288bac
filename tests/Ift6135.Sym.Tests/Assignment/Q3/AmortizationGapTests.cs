using Ift6135.Sym.Assignment.Questions;

namespace Ift6135.Sym.Tests.Assignment.Q3;

public class AmortizationGapTests
{
    [Fact]
    public void LeastSquaresRecoversAnExactLine()
    {
        double[] t = [0, 1, 2, 5];
        var (a, c) = Question3AmortizationGap.LeastSquares(t, t.Select(v => 3 * v - 2).ToArray());
        Assert.Equal(3, a, 12);
        Assert.Equal(-2, c, 12);
    }

    [Fact]
    public void GapEqualsHalfTheSquaredResidualOverThePosteriorVariance()
    {
        var p = new Q3Parameters(GapDataPoints: 50, GapSeed: 7);
        var result = Question3AmortizationGap.Run(p, new Question3ClosedForm());
        // Posterior variance s^2 / (w^2 + s^2) with w = 1.5, s = 0.5: 0.25 / 2.5 = 0.1.
        Assert.Equal(0.1, result.PosteriorVariance, 12);
        foreach (var g in result.Points)
        {
            // Posterior mean w (log x - b) / (w^2 + s^2) by hand.
            Assert.Equal(1.5 * Math.Log(g.X) / 2.5, g.PosteriorMean, 10);
            Assert.Equal((g.EncoderMean - g.PosteriorMean) * (g.EncoderMean - g.PosteriorMean) / 0.2, g.AmortizedKL, 10);
        }
        Assert.True(result.MeanGap > 0);
        Assert.True(result.LogLinearResidual < 1e-9);
    }

    [Fact]
    public void QuadratureEvidenceMatchesTheLogNormalMarginal()
    {
        // log x ~ N(b, w^2 + s^2), so p(x) = N(log x; b, w^2 + s^2) / x: by hand at x = 2.
        var p = new Q3Parameters();
        var (logEvidence, elbo) = Question3AmortizationGap.ByQuadrature(p, 2.0, 0.3, 0.1);
        var variance = 1.5 * 1.5 + 0.25;
        var expected = -0.5 * Math.Log(2 * Math.PI * variance) - Math.Log(2) * Math.Log(2) / (2 * variance) - Math.Log(2);
        Assert.Equal(expected, logEvidence, 9);
        Assert.True(elbo < logEvidence);
    }
}
