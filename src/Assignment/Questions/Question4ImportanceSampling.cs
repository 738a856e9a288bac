using System.Numerics;
using Ift6135.Sym.Assignment.Numerics;

namespace Ift6135.Sym.Assignment.Questions;

/// <summary>What was measured for one K: the bound L_K, and for the refined counts q_K's mass and ELBO.</summary>
public sealed record RefinedMeasurement(int K, Estimate Mass, double RefinedElbo);

/// <summary>
/// Monte Carlo and quadrature on the model z ~ N(0, 1), x | z ~ N(w z + b, s^2) with proposal
/// q = N(mu_q, s_q^2): the K-sample importance-weighted bound, and the refined density
/// q_K(z) = E_{z_2:K}[ p(x, z) / ((1/K)(w(z) + sum_{j>=2} w_j)) ] evaluated with a fixed set of draws
/// of z_2..z_K (the same draws at every z, so q_K is a smooth function that quadrature can integrate).
/// </summary>
public sealed class Question4ImportanceSampling(Q4Parameters p)
{
    private readonly NormalLogDensity prior = NormalDensity.WithVariance(1);
    private readonly NormalLogDensity likelihood = NormalDensity.WithVariance(p.Noise * p.Noise);
    private readonly NormalLogDensity proposal = NormalDensity.WithVariance(p.ProposalSd * p.ProposalSd);

    public double LogJoint(double z) => prior.Log(z, 0) + likelihood.Log(p.Observation, p.Weight * z + p.Bias);

    public double LogProposal(double z) => proposal.Log(z, p.ProposalMean);

    public double LogWeight(double z) => LogJoint(z) - LogProposal(z);

    /// <summary>L_K estimated from <see cref="Q4Parameters.ReplicatesAt"/> independent replicates of log (1/K) sum_k w_k (log-sum-exp for stability).</summary>
    public Estimate Bound(int k, int seedOffset)
    {
        var sampler = new GaussianSampler(p.Seed + seedOffset);
        var values = new double[p.ReplicatesAt(k)];
        var logs = new double[k];
        for (var r = 0; r < values.Length; r++)
        {
            for (var i = 0; i < k; i++) logs[i] = LogWeight(sampler.Next(p.ProposalMean, p.ProposalSd));
            values[r] = LogMeanExp(logs.AsSpan());
        }
        return Estimate.Of(values);
    }

    /// <summary>log((1/n) sum exp(l_i)), shifted by the largest l_i; the same values as LINQ's Max and Sum, without their per-element calls.</summary>
    public static double LogMeanExp(ReadOnlySpan<double> logs)
    {
        if (logs.IsEmpty) throw new InvalidOperationException("The mean of no weights is undefined.");
        var max = double.NegativeInfinity;
        foreach (var l in logs)
        {
            if (double.IsNaN(l)) return double.NaN;
            if (l > max) max = l;
        }
        var sum = 0.0;
        foreach (var l in logs) sum += Math.Exp(l - max);
        return max + Math.Log(sum / logs.Length);
    }

    /// <summary>The sums S_m = sum_{j=2}^K w_j for the fixed draws of z_2..z_K (all zero when K = 1).</summary>
    public double[] OtherWeightSums(int k, int seedOffset)
    {
        var sampler = new GaussianSampler(p.Seed + seedOffset);
        var sums = new double[p.RefinementDraws];
        for (var m = 0; m < sums.Length; m++)
            for (var j = 2; j <= k; j++) sums[m] += Math.Exp(LogWeight(sampler.Next(p.ProposalMean, p.ProposalSd)));
        return sums;
    }

    /// <summary>q~(z | x, z_2:K) = p(x, z) / ((1/K)(w(z) + S)).</summary>
    public double Refined(double z, int k, double otherSum) => Math.Exp(LogJoint(z)) * k / (Math.Exp(LogWeight(z)) + otherSum);

    public double RefinedDensity(double z, int k, double[] sums) => sums.Average(s => Refined(z, k, s));

    /// <summary>The panels of the composite Gauss-Legendre rule that integrates the refined density over <see cref="Range"/>.</summary>
    public const int QuadraturePanels = 300;

    /// <summary>The integration range: 12 standard deviations around both the proposal and the posterior.</summary>
    public (double Lower, double Upper) Range
    {
        get
        {
            var postVar = p.Noise * p.Noise / (p.Weight * p.Weight + p.Noise * p.Noise);
            var postMean = p.Weight * (p.Observation - p.Bias) / (p.Weight * p.Weight + p.Noise * p.Noise);
            var sd = Math.Max(p.ProposalSd, Math.Sqrt(postVar));
            return (Math.Min(p.ProposalMean, postMean) - 12 * sd, Math.Max(p.ProposalMean, postMean) + 12 * sd);
        }
    }

    /// <summary>
    /// q~(z_i | S_m) = K p(x, z_i) / (w(z_i) + S_m) at every point for the draws of one vector, one draw per lane, into
    /// <paramref name="values"/>; each point's running total gets the draws' values added one by one in draw order.
    /// Vector arithmetic is the scalar IEEE arithmetic in every lane, so the values and totals are the scalar ones.
    /// </summary>
    private static void RefinedValues(ReadOnlySpan<double> scaledJoint, ReadOnlySpan<double> weight, Vector<double> otherSums, Span<Vector<double>> values, Span<double> totals)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var value = new Vector<double>(scaledJoint[i]) / (new Vector<double>(weight[i]) + otherSums);
            values[i] = value;
            var total = totals[i];
            for (var lane = 0; lane < Vector<double>.Count; lane++) total += value[lane];
            totals[i] = total;
        }
    }

    /// <summary>The same for one draw (those left over after the last full vector).</summary>
    private static void RefinedValues(ReadOnlySpan<double> scaledJoint, ReadOnlySpan<double> weight, double otherSum, Span<double> values, Span<double> totals)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = scaledJoint[i] / (weight[i] + otherSum);
            totals[i] += values[i];
        }
    }

    /// <summary>
    /// The mass of q_K: for each fixed draw the integral of q~ over z by quadrature, then their mean with
    /// its standard error (the identity is E_{z_2:K}[integral of q~] = 1, an expectation, not a per-draw fact).
    /// Every draw's integrand is evaluated at the same points, so p(x, z) and w(z) are computed once per
    /// point, and each value q~(z_i | S_m) serves both the mass of draw m and the density q_K(z_i): the same
    /// values, summed in the same order, as integrating <see cref="Refined"/> and <see cref="RefinedDensity"/>.
    /// Several draws are integrated at once, one per vector lane (a draw's quadrature is a chain of additions,
    /// which lanes over points could not share); the draws left over after the last full vector one by one.
    /// </summary>
    public RefinedMeasurement Refine(int k, int seedOffset)
    {
        var sums = OtherWeightSums(k, seedOffset);
        var (lo, hi) = Range;
        var rule = Quadrature.On(lo, hi, QuadraturePanels);
        var points = rule.Points;
        var logJoint = points.Select(LogJoint).ToArray();
        var scaledJoint = logJoint.Select(l => Math.Exp(l) * k).ToArray();
        var weight = points.Select(z => Math.Exp(LogWeight(z))).ToArray();
        var masses = new double[sums.Length];
        var densitySums = new double[points.Count];
        var values = new double[points.Count];
        var lanes = new Vector<double>[points.Count];
        var m = 0;
        for (; m + Vector<double>.Count <= sums.Length; m += Vector<double>.Count)
        {
            RefinedValues(scaledJoint, weight, new Vector<double>(sums.AsSpan(m)), lanes, densitySums);
            rule.Sum(lanes).CopyTo(masses.AsSpan(m));
        }
        for (; m < sums.Length; m++)
        {
            RefinedValues(scaledJoint, weight, sums[m], values, densitySums);
            masses[m] = rule.Sum(values);
        }
        // The sample average of q~ has mass 1 only up to Monte Carlo error; the ELBO of an unnormalized
        // r = c rho is c (L_1[rho] - log c), so that error would leak into the bound. Part 2 proves the exact
        // q_K has mass 1, so the estimate is normalized before its ELBO is taken.
        var norm = masses.Average();
        for (var i = 0; i < values.Length; i++)
        {
            var density = densitySums[i] / sums.Length / norm;
            values[i] = density <= 0 ? 0 : density * (logJoint[i] - Math.Log(density));
        }
        return new RefinedMeasurement(k, Estimate.Of(masses), rule.Sum(values));
    }
}
