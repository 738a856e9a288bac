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
        foreach (var problem in GapModelProblems(q3)) yield return problem;
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
    /// Gap models the experiment cannot show: w = 0 (x says nothing of z, every posterior is the prior, no gap: the check that the gap is
    /// positive failed), log x beyond what e^(log x) can hold (an internal error), a posterior too narrow for the evidence's quadrature
    /// (a failed check against the closed form).
    /// </summary>
    private static IEnumerable<ParameterProblem> GapModelProblems(Q3Parameters q3)
    {
        if (!(q3.GapNoise > 0) || !double.IsFinite(q3.GapWeight) || !double.IsFinite(q3.GapBias)) yield break;
        if (q3.GapWeight == 0)
            yield return new("$.q3.gapWeight", "w must not be 0: x then says nothing of z, every posterior is the prior and there is no amortization gap to show");
        // log x = w z + b + s e with z, e ~ N(0, 1): 6 standard deviations of it beyond b must stay below 700, e^709 being the largest double.
        var spread = Math.Sqrt(q3.GapWeight * q3.GapWeight + q3.GapNoise * q3.GapNoise);
        if (Math.Abs(q3.GapBias) + 6 * spread > 700)
            yield return new(Math.Abs(q3.GapBias) >= 6 * spread ? "$.q3.gapBias" : "$.q3",
                $"log x = w z + b + s e must stay within 700 of 0 for x = e^(log x) to be a number: |b| + 6 sqrt(w^2 + s^2) is {F(Math.Abs(q3.GapBias) + 6 * spread)}");
        var panel = 2 * Question3AmortizationGap.EvidenceRange / Question3AmortizationGap.EvidencePanels;
        var sd = Question3AmortizationGap.PosteriorSd(q3);
        if (q3.GapWeight != 0 && panel / sd > Question3AmortizationGap.MaxPanelOverPosteriorSd)
            yield return new("$.q3", $"the posterior's standard deviation s / sqrt(w^2 + s^2) is {F(sd)}: the quadrature that checks log p(x) over z in [-12, 12] has panels " +
                $"{F(panel)} wide, more than {Question3AmortizationGap.MaxPanelOverPosteriorSd} times it. Take a larger gapNoise or a smaller |gapWeight|");
    }

    /// <summary>
    /// A proposal and a posterior too different in width, or too far apart, for the quadrature of q_K: said in numbers, with the key to change
    /// (the derivation stopped on a failed mass check, or on an internal error, with nothing to say why).
    /// </summary>
    private static ParameterProblem Unresolved(Q4Parameters q4, Question4ImportanceSampling sampling)
    {
        var (mean, sd) = sampling.Posterior;
        var (lower, upper) = sampling.Range;
        var narrower = q4.ProposalSd <= sd ? $"the proposal's standard deviation {F(q4.ProposalSd)}" : $"the posterior's standard deviation {F(sd)}";
        return new(q4.ProposalSd <= sd ? "$.q4.proposalSd" : "$.q4",
            $"the numeric confirmation integrates q_K over [{F(lower)}, {F(upper)}] (12 standard deviations beyond the proposal's and the posterior's means) " +
            $"with {Question4ImportanceSampling.QuadraturePanels} panels, each {F(sampling.PanelOverNarrowestSd)} times {narrower}: at most " +
            $"{Question4ImportanceSampling.MaxPanelOverSd} resolves it. The posterior is N({F(mean)}, {F(sd)}^2): choose a proposal nearer it in mean and width");
    }

    /// <summary>A measured number in a message, to three significant digits.</summary>
    private static string F(double v) => v.ToString("G3", System.Globalization.CultureInfo.InvariantCulture);
}
