using Ift6135.Sym.Assignment.Parameters;

namespace Ift6135.Sym.Assignment.Questions;

/// <summary>Meaning checks of the Question 3 and 4 parameters; each problem names the JSON path of the bad value.</summary>
public static class Question34ParameterChecks
{
    public static IEnumerable<ParameterProblem> Problems(Q3Parameters q3, Q4Parameters q4)
    {
        if (!(q3.GapNoise > 0)) yield return new("$.q3.gapNoise", "the noise standard deviation s must be positive");
        if (!double.IsFinite(q3.GapWeight) || !double.IsFinite(q3.GapBias)) yield return new("$.q3.gapWeight", "w and b must be finite numbers");
        if (q3.GapDataPoints is < 3 or > 100_000) yield return new("$.q3.gapDataPoints", "the number of data points must be between 3 and 100000");
        if (q3.LatentDimension is < 1 or > 1000) yield return new("$.q3.latentDimension", "the latent dimension must be between 1 and 1000");
        if (!(q4.Noise > 0)) yield return new("$.q4.noise", "the noise standard deviation s must be positive");
        if (!(q4.ProposalSd > 0)) yield return new("$.q4.proposalSd", "the proposal's standard deviation must be positive");
        if (q4.SampleCounts.Count == 0 || q4.SampleCounts.Any(k => k is < 1 or > 1000))
            yield return new("$.q4.sampleCounts", "give at least one K, each between 1 and 1000");
        if (q4.RefinedCounts.Any(k => k is < 1 or > 200)) yield return new("$.q4.refinedCounts", "each K for the refined proposal must be between 1 and 200");
        if (q4.Replicates is < 100 or > 1_000_000) yield return new("$.q4.replicates", "the number of replicates must be between 100 and 1000000");
        if (q4.RefinementDraws is < 10 or > 100_000) yield return new("$.q4.refinementDraws", "the number of refinement draws must be between 10 and 100000");
    }
}
