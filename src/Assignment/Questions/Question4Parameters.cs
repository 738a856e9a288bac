using System.Text.Json.Serialization;

namespace Ift6135.Sym.Assignment.Questions;

/// <summary>
/// Question 4's numeric confirmation: z ~ N(0, 1), x | z ~ N(w z + b, s^2) observed at <see cref="Observation"/>,
/// with a proposal q(z | x) = N(ProposalMean, ProposalSd^2) deliberately different from the posterior.
/// </summary>
public sealed record Q4Parameters
{
    // A constructor with optional parameters, as for the other questions: absent JSON keys keep their defaults.
    [JsonConstructor]
    public Q4Parameters(double observation = 1.0, double weight = 1.0, double bias = 0.0, double noise = 1.0,
        double proposalMean = -0.5, double proposalSd = 1.5, IReadOnlyList<int>? sampleCounts = null,
        IReadOnlyList<int>? refinedCounts = null, int replicates = 20000, int refinementDraws = 2000, int seed = 4135)
    {
        Observation = observation;
        Weight = weight;
        Bias = bias;
        Noise = noise;
        ProposalMean = proposalMean;
        ProposalSd = proposalSd;
        SampleCounts = sampleCounts ?? [1, 2, 3, 5, 10, 20, 50];
        RefinedCounts = refinedCounts ?? [1, 2, 5, 20];
        Replicates = replicates;
        RefinementDraws = refinementDraws;
        Seed = seed;
    }

    public double Observation { get; init; }
    public double Weight { get; init; }
    public double Bias { get; init; }
    public double Noise { get; init; }
    public double ProposalMean { get; init; }
    public double ProposalSd { get; init; }

    /// <summary>The numbers of samples K at which L_K is estimated.</summary>
    public IReadOnlyList<int> SampleCounts { get; init; }

    /// <summary>The K at which q_K is built and integrated by quadrature.</summary>
    public IReadOnlyList<int> RefinedCounts { get; init; }

    /// <summary>Independent replicates of the K-sample estimator at K = 1; fewer at larger K (<see cref="ReplicatesAt"/>).</summary>
    public int Replicates { get; init; }

    /// <summary>
    /// The replicates at K: Replicates / sqrt(K), rounded up. A replicate at K costs K draws, and the spread of
    /// log((1/K) sum w_k) falls with K (as 1/sqrt(K) once K is large), so the standard error of L_K still falls
    /// as K grows (as K^(-1/4)) while the draws grow only as sqrt(K): 0.42 million draws for the default counts
    /// instead of 1.82 million at Replicates per K. At K = 1, where L_1 is compared with its closed form, nothing changes.
    /// </summary>
    public int ReplicatesAt(int k) => (int)Math.Ceiling(Replicates / Math.Sqrt(k));

    /// <summary>Draws of (z_2, ..., z_K) averaged to evaluate q_K.</summary>
    public int RefinementDraws { get; init; }

    public int Seed { get; init; }
}
