using System.Numerics;
using System.Runtime.InteropServices;

namespace Ift6135.Sym.Assignment.Questions;

/// <summary>
/// Question 4's log-weight log w(z) = log N(z; 0, 1) + log N(x; w z + b, s^2) - log N(z; mu_q, s_q^2), which is the
/// quadratic c0 + c1 z + c2 z^2 (a sum of three Gaussian log-densities in z). The coefficients are computed once, so a
/// draw costs two multiplications and two additions, where the three log-densities cost three divisions.
/// </summary>
public sealed record Question4LogWeight(double C0, double C1, double C2)
{
    public static Question4LogWeight Of(Q4Parameters p)
    {
        double noiseVar = p.Noise * p.Noise, proposalVar = p.ProposalSd * p.ProposalSd, residual = p.Observation - p.Bias;
        // The normalisers: (2 pi)^(-1/2) for the prior, (2 pi s^2)^(-1/2) for the likelihood, divided by (2 pi s_q^2)^(-1/2).
        var logNormalisers = -0.5 * Math.Log(2 * Math.PI) - 0.5 * Math.Log(noiseVar / proposalVar);
        // -z^2/2 - (residual - w z)^2 / (2 s^2) + (z - mu_q)^2 / (2 s_q^2), expanded in powers of z.
        return new(
            logNormalisers - residual * residual / (2 * noiseVar) + p.ProposalMean * p.ProposalMean / (2 * proposalVar),
            p.Weight * residual / noiseVar - p.ProposalMean / proposalVar,
            -0.5 - p.Weight * p.Weight / (2 * noiseVar) + 1 / (2 * proposalVar));
    }

    public double At(double z) => C0 + z * (C1 + C2 * z);

    /// <summary>Replaces every z by log w(z), several per vector (the same operations as <see cref="At"/> in each lane).</summary>
    public void ApplyInPlace(Span<double> zs)
    {
        var vectors = MemoryMarshal.Cast<double, Vector<double>>(zs);
        Vector<double> c0 = new(C0), c1 = new(C1), c2 = new(C2);
        for (var i = 0; i < vectors.Length; i++) vectors[i] = c0 + vectors[i] * (c1 + c2 * vectors[i]);
        for (var i = vectors.Length * Vector<double>.Count; i < zs.Length; i++) zs[i] = At(zs[i]);
    }
}
