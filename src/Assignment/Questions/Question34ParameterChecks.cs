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
        if (q4.Noise > 0 && q4.ProposalSd > 0 && new Question4ImportanceSampling(q4) is { PanelOverNarrowestSd: > Question4ImportanceSampling.MaxPanelOverSd } sampling)
            yield return Unresolved(q4, sampling);
    }

    /// <summary>
    /// A proposal and a posterior too different in width, or too far apart, for the quadrature of q_K: said in numbers, with the key to change
    /// (the derivation stopped on a failed mass check, or on an internal error, with nothing to say why).
    /// </summary>
    private static ParameterProblem Unresolved(Q4Parameters q4, Question4ImportanceSampling sampling)
    {
        var (mean, sd) = sampling.Posterior;
        var (lower, upper) = sampling.Range;
        string F(double v) => v.ToString("G3", System.Globalization.CultureInfo.InvariantCulture);
        var narrower = q4.ProposalSd <= sd ? $"the proposal's standard deviation {F(q4.ProposalSd)}" : $"the posterior's standard deviation {F(sd)}";
        return new(q4.ProposalSd <= sd ? "$.q4.proposalSd" : "$.q4",
            $"the numeric confirmation integrates q_K over [{F(lower)}, {F(upper)}] (12 standard deviations beyond the proposal's and the posterior's means) " +
            $"with {Question4ImportanceSampling.QuadraturePanels} panels, each {F(sampling.PanelOverNarrowestSd)} times {narrower}: at most " +
            $"{Question4ImportanceSampling.MaxPanelOverSd} resolves it. The posterior is N({F(mean)}, {F(sd)}^2): choose a proposal nearer it in mean and width");
    }
}
