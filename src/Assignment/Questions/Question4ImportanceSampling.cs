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
    private readonly Question4LogWeight logWeight = Question4LogWeight.Of(p);

    public double LogJoint(double z) => prior.Log(z, 0) + likelihood.Log(p.Observation, p.Weight * z + p.Bias);

    public double LogProposal(double z) => proposal.Log(z, p.ProposalMean);

    /// <summary>log p(x, z) - log q(z), as the quadratic in z it is.</summary>
    public double LogWeight(double z) => logWeight.At(z);

    /// <summary>The draws taken at once (a whole number of replicates): a buffer that stays in the cache, reused.</summary>
    private const int ChunkDraws = 4096;

    /// <summary>
    /// L_K estimated from <see cref="Q4Parameters.ReplicatesAt"/> independent replicates of log (1/K) sum_k w_k (log-sum-exp for
    /// stability). The replicates are made n at a time (n K about <see cref="ChunkDraws"/>), from the generator's next n K draws:
    /// replicate r of a chunk takes its draws r, r + n, ..., r + (K - 1) n, so that the K draws of n replicates form K rows of
    /// n values and every step runs along rows, several replicates per vector instruction (<see cref="LogMeanExp"/>).
    /// </summary>
    public Estimate Bound(int k, int seedOffset)
    {
        var sampler = new ZigguratSampler(p.Seed + seedOffset);
        var values = new double[p.ReplicatesAt(k)];
        var perChunk = Math.Max(1, ChunkDraws / k);
        var logs = new double[Math.Min(perChunk, values.Length) * k];
        for (var r = 0; r < values.Length; r += perChunk)
        {
            var replicates = Math.Min(perChunk, values.Length - r);
            var chunk = logs.AsSpan(0, replicates * k);
            sampler.Fill(chunk, p.ProposalMean, p.ProposalSd);
            logWeight.ApplyInPlace(chunk);
            LogMeanExp.OfColumns(chunk, k, values.AsSpan(r, replicates));
        }
        return Estimate.Of(values);
    }

    /// <summary>
    /// log S_m, the logarithms of the sums S_m = sum_{j=2}^K w_j for the fixed draws of z_2..z_K (-infinity when K = 1), each sum
    /// shifted by its largest log w_j. In logarithms because the weights themselves underflow: with the observation 40 standard
    /// deviations from the model's mean, every w_j was 0, q~ became K q and its mass K, and the derivation stopped on a failed check.
    /// </summary>
    public double[] OtherLogWeightSums(int k, int seedOffset)
    {
        var sampler = new ZigguratSampler(p.Seed + seedOffset);
        var logSums = new double[p.RefinementDraws];
        var logWeights = new double[logSums.Length * (k - 1)];
        sampler.Fill(logWeights, p.ProposalMean, p.ProposalSd);
        logWeight.ApplyInPlace(logWeights);
        for (var m = 0; m < logSums.Length; m++)
        {
            var draw = logWeights.AsSpan(m * (k - 1), k - 1);
            var largest = double.NegativeInfinity;
            foreach (var l in draw) largest = Math.Max(largest, l);
            var sum = 0.0;
            foreach (var l in draw) sum += Math.Exp(l - largest);
            logSums[m] = k == 1 ? double.NegativeInfinity : largest + Math.Log(sum);
        }
        return logSums;
    }

    /// <summary>
    /// q~(z | x, z_2:K) = p(x, z) / ((1/K)(w(z) + S)) for S = exp(<paramref name="logOtherSum"/>), computed as K q(z) / (1 + S / w(z))
    /// (p / w is q): for an observation far from the model's mean, p(x, z) and w(z) both underflow to 0 in the tails, and the quotient
    /// as written was 0/0, NaN, at K = 1. S / w overflowing gives 0, the limit.
    /// </summary>
    public double Refined(double z, int k, double logOtherSum) => Math.Exp(LogProposal(z)) * k / (1 + Math.Exp(logOtherSum - LogWeight(z)));

    /// <summary>The panels of the composite Gauss-Legendre rule that integrates the refined density over <see cref="Range"/>.</summary>
    public const int QuadraturePanels = 300;

    /// <summary>The integration range: 12 standard deviations around both the proposal and the posterior.</summary>
    public (double Lower, double Upper) Range
    {
        get
        {
            var (postMean, postSd) = Posterior;
            var sd = Math.Max(p.ProposalSd, postSd);
            return (Math.Min(p.ProposalMean, postMean) - 12 * sd, Math.Max(p.ProposalMean, postMean) + 12 * sd);
        }
    }

    /// <summary>The posterior p(z | x) = N(mean, sd^2) of the linear-Gaussian model.</summary>
    public (double Mean, double Sd) Posterior =>
        (p.Weight * (p.Observation - p.Bias) / (p.Weight * p.Weight + p.Noise * p.Noise), p.Noise / Math.Sqrt(p.Weight * p.Weight + p.Noise * p.Noise));

    /// <summary>
    /// The width of a panel of <see cref="Rule"/> over the narrower standard deviation of the proposal and the posterior: where it
    /// exceeds <see cref="MaxPanelOverSd"/>, the narrower density falls between the rule's points and q_K's mass is not measured.
    /// </summary>
    public double PanelOverNarrowestSd => (Range.Upper - Range.Lower) / QuadraturePanels / Math.Min(p.ProposalSd, Posterior.Sd);

    /// <summary>
    /// The largest <see cref="PanelOverNarrowestSd"/> accepted. Measured on variants of the default model: every one up to 1.26 passed
    /// the mass check (proposal sd 0.05 or 10, noise 0.1), every one from 1.70 failed it (proposal sd 0.03 or 15, noise 0.05).
    /// </summary>
    public const double MaxPanelOverSd = 1.5;

    /// <summary>The rule that integrates the refined density: <see cref="QuadraturePanels"/> equal panels over <see cref="Range"/>.</summary>
    public Quadrature Rule => Quadrature.On(Range.Lower, Range.Upper, QuadraturePanels);

    /// <summary>
    /// A bound on q~ below which a panel is left out of a draw's integral. q~(z | S) = K p(x, z) / (w(z) + S) is at most
    /// K p(x, z) / max(w(z), S) = K q(z) / max(1, S / w(z)): where that is below 1e-20 at all five points of a panel, the panel adds less than 1e-20 times
    /// its width to the integral, and all the panels left out less than 1e-20 (upper - lower), below 4e-19 for the default
    /// model. There this leaves out 72% of the values of q~: its tails, most of the 12 standard deviations on either side.
    /// </summary>
    public const double Negligible = 1e-20;

    /// <summary>What the quadrature gives for a set of draws: each draw's integral of q~, and q_K (the mean of q~ over the draws) at the rule's points.</summary>
    public sealed record RefinedIntegrals(double[] Masses, double[] Density);

    /// <summary>
    /// The integral of q~(. | S_m) over <see cref="Range"/> for each draw by <see cref="Rule"/>, and q_K at the rule's points, from the
    /// draws' log S_m (<see cref="OtherLogWeightSums"/>). K q(z) and 1 / w(z) are computed once per point (<see cref="Refined"/> says why not p and w); each value q~(z_i | S_m) serves
    /// both the mass of draw m and q_K(z_i).
    /// Several draws are integrated at once, one per vector lane (a draw's quadrature is a chain of additions, which lanes
    /// over points could not share). The draws are taken in increasing S, a vector's worth at a time: the smallest S of a
    /// vector bounds q~ for all its lanes, and the panels at either end where that bound is <see cref="Negligible"/> are
    /// left out. Draws with the same S (all of them at K = 1, where S = 0) have the same integrand, computed once.
    /// </summary>
    public RefinedIntegrals Integrate(int k, double[] logSums)
    {
        var rule = Rule;
        var points = rule.Points;
        // S / w(z) as (S / C)(C / w(z)) with C the largest S: the sums then neither overflow nor all underflow, and C / w(z), at most
        // the largest double, makes S / w huge where w underflows and 0 for S = 0 (never 0 times infinity).
        var shift = logSums.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        var sums = Array.ConvertAll(logSums, l => Math.Exp(l - shift));
        var scaledProposal = points.Select(z => Math.Exp(LogProposal(z)) * k).ToArray();
        var inverseWeight = points.Select(z => Math.Min(Math.Exp(shift - LogWeight(z)), double.MaxValue)).ToArray();
        var (distinct, multiplicity, slotOf) = DistinctInVectors(sums);
        var massOf = new double[distinct.Length];
        var values = new Vector<double>[points.Count];
        var densityLanes = new Vector<double>[points.Count];
        var (first, end) = (0, points.Count);
        for (var d = 0; d < distinct.Length; d += Vector<double>.Count)
        {
            (first, end) = KeptPoints(scaledProposal, inverseWeight, distinct[d], first, end);
            Vector<double> otherSums = new(distinct.AsSpan(d)), copies = new(multiplicity.AsSpan(d));
            for (var i = first; i < end; i++)
            {
                values[i] = new Vector<double>(scaledProposal[i]) / (Vector<double>.One + otherSums * new Vector<double>(inverseWeight[i]));
                densityLanes[i] += copies * values[i];
            }
            rule.SumOfPanels(values.AsSpan(first, end - first)).CopyTo(massOf.AsSpan(d));
        }
        var masses = Array.ConvertAll(slotOf, slot => massOf[slot]);
        var density = densityLanes.Select(v =>
        {
            var total = 0.0;
            for (var lane = 0; lane < Vector<double>.Count; lane++) total += v[lane];
            return total / sums.Length;
        }).ToArray();
        return new RefinedIntegrals(masses, density);
    }

    /// <summary>
    /// The distinct values of <paramref name="sums"/> in increasing order with how many draws have each, padded to whole
    /// vectors by repeating the largest with multiplicity 0 (a lane that adds nothing to q_K and whose mass is not read); and for each
    /// draw, the slot of its sum among them.
    /// </summary>
    private static (double[] Values, double[] Multiplicity, int[] SlotOf) DistinctInVectors(double[] sums)
    {
        // Sorted with their positions, then counted run by run: the same values and counts as grouping, without an object per
        // distinct sum, and each draw's slot among the distinct values found on the way rather than searched for afterwards.
        var sorted = (double[])sums.Clone();
        var positions = new int[sums.Length];
        for (var i = 0; i < positions.Length; i++) positions[i] = i;
        Array.Sort(sorted, positions);
        var distinct = new List<(double Value, int Count)>();
        var slotOf = new int[sums.Length];
        for (var j = 0; j < sorted.Length; j++)
        {
            if (distinct.Count > 0 && distinct[^1].Value.Equals(sorted[j])) distinct[^1] = (sorted[j], distinct[^1].Count + 1);
            else distinct.Add((sorted[j], 1));
            slotOf[positions[j]] = distinct.Count - 1;
        }
        var length = (distinct.Count + Vector<double>.Count - 1) / Vector<double>.Count * Vector<double>.Count;
        var values = new double[length];
        var multiplicity = new double[length];
        for (var i = 0; i < length; i++)
        {
            var (value, count) = distinct[Math.Min(i, distinct.Count - 1)];
            values[i] = value;
            multiplicity[i] = i < distinct.Count ? count : 0;
        }
        return (values, multiplicity, slotOf);
    }

    /// <summary>
    /// The points of the panels from the first to the last where K q(z) / max(1, S / w(z)) reaches <see cref="Negligible"/> at some
    /// point: outside them, q~(z | S') is negligible for every S' >= S. As a range [first, end) of point indices, found inside
    /// the range [first, end) kept for a smaller S (the bound only falls as S grows), so that all the searches together
    /// look at each panel a few times at most.
    /// </summary>
    private static (int First, int End) KeptPoints(double[] scaledProposal, double[] inverseWeight, double smallestSum, int first, int end)
    {
        bool Kept(int panel)
        {
            for (var i = panel * Quadrature.PointsPerPanel; i < (panel + 1) * Quadrature.PointsPerPanel; i++)
                if (scaledProposal[i] >= Negligible * Math.Max(1, smallestSum * inverseWeight[i])) return true;
            return false;
        }
        int firstPanel = first / Quadrature.PointsPerPanel, lastPanel = end / Quadrature.PointsPerPanel - 1;
        while (firstPanel <= lastPanel && !Kept(firstPanel)) firstPanel++;
        while (lastPanel >= firstPanel && !Kept(lastPanel)) lastPanel--;
        return (firstPanel * Quadrature.PointsPerPanel, (lastPanel + 1) * Quadrature.PointsPerPanel);
    }

    /// <summary>
    /// The mass of q_K: for each fixed draw the integral of q~ over z by quadrature, then their mean with its standard error
    /// (the identity is E_{z_2:K}[integral of q~] = 1, an expectation, not a per-draw fact); and the ELBO of q_K.
    /// </summary>
    public RefinedMeasurement Refine(int k, int seedOffset)
    {
        var (masses, density) = Integrate(k, OtherLogWeightSums(k, seedOffset));
        var rule = Rule;
        // The sample average of q~ has mass 1 only up to Monte Carlo error; the ELBO of an unnormalized
        // r = c rho is c (L_1[rho] - log c), so that error would leak into the bound. Part 2 proves the exact
        // q_K has mass 1, so the estimate is normalized before its ELBO is taken.
        var norm = masses.Average();
        var values = new double[density.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var d = density[i] / norm;
            values[i] = d <= 0 ? 0 : d * (LogJoint(rule.Points[i]) - Math.Log(d));
        }
        return new RefinedMeasurement(k, Estimate.Of(masses), rule.Sum(values));
    }
}
