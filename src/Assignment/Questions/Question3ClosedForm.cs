using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;
using static Ift6135.Sym.Assignment.Questions.Question34Gaussian;

namespace Ift6135.Sym.Assignment.Questions;

/// <summary>
/// The decomposition E_q[log p(x, z)] = log p(x) - KL(q || p(z|x)) - H(q) on the linear-Gaussian model
/// z ~ N(0, 1), x | z ~ N(w z + b, s^2), q = N(m, v), where every term is computed in closed form: the
/// posterior by reading the quadratic in z of log p(x, z), the expectations from the normal moments.
/// Each closed form is then checked against its textbook expression and the identity itself is verified.
/// </summary>
public sealed class Question3ClosedForm
{
    public static readonly Symbol W = Symbol.Of("w"), B = Symbol.Of("b"), S = Symbol.Positive("s");
    public static readonly Symbol M = Symbol.Of("m"), V = Symbol.Positive("v");

    /// <summary>A generic normal N(mu, sigma^2), so the divergence formula is checked in its general form.</summary>
    private static readonly Symbol Mu = Symbol.Of("mu"), Sigma = Symbol.Positive("sigma");
    private static Symbol X => Question3Notation.X;
    private static Symbol Z => Question3Notation.Z;

    public Expr LogJoint { get; } = LogDensity(Z, 0, 1) + LogDensity(X, W * Z + B, S.Pow(2));

    /// <summary>Posterior variance and mean in their simplified textbook form (verified against the computed ones).</summary>
    public Expr PosteriorVariance { get; } = S.Pow(2) / (W.Pow(2) + S.Pow(2));
    public Expr PosteriorMean { get; } = W * (X - B) / (W.Pow(2) + S.Pow(2));

    public Expr LogEvidence { get; } = LogDensity(X, B, W.Pow(2) + S.Pow(2));
    public Expr LogPosterior => LogDensity(Z, PosteriorMean, PosteriorVariance);
    public Expr LogVariational => LogDensity(Z, M, V);

    /// <summary>KL(N(m, v) || N(mu, sigma^2)) = (log(sigma^2 / v) + (v + (m - mu)^2) / sigma^2 - 1) / 2, the textbook form.</summary>
    public static Expr GaussianKL(Expr m, Expr v, Expr mu, Expr sigma2) =>
        (Build.Log(sigma2 / v) + (v + (m - mu).Pow(2)) / sigma2 - 1) / 2;

    public Expr KLTextbook => GaussianKL(M, V, PosteriorMean, PosteriorVariance);
    public Expr EntropyTextbook => Build.Log(2 * (Expr)Constant.Pi * Constant.E * V) / 2;

    public IReadOnlyList<Block> Derive(string partId, IStepVerifier verifier, DerivationLog log)
    {
        var none = AssumptionSet.None;
        var c2 = Coefficient(LogJoint, Z, 2);
        var c1 = Coefficient(LogJoint, Z, 1);
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("Closed-form check. Take z ~ N(0, 1), x | z ~ N(w z + b, s^2) and q(z) = N(m, v). The log-joint is")),
            new Formula(new DefinitionItem(Build.Log(Question3Notation.Joint), new ExprItem(LogJoint))),
            new Prose(Inline.Of("It is quadratic in z, so the posterior is normal; its variance is -1/(2 c2) and its mean c1 times the variance, where c2 and c1 are the coefficients of z^2 and z, read off by the engine:")),
            new ChainBuilder(partId, "q3.post-var", verifier, none, log, new ExprItem(-1 / (2 * c2)))
                .Equal(PosteriorVariance, "common denominator").Build(Inline.Of("Posterior variance.")),
            new ChainBuilder(partId, "q3.post-mean", verifier, none, log, new ExprItem(c1 * (-1 / (2 * c2))))
                .Equal(PosteriorMean, "common denominator").Build(Inline.Of("Posterior mean.")),
            new Prose(Inline.Of("The given factorization log p(x, z) = log p(z | x) + log p(x) then holds with the marginal x ~ N(b, w^2 + s^2), for every z:")),
            new ChainBuilder(partId, "q3.factor", verifier, none, log, new ExprItem(LogJoint))
                .Equal(LogPosterior + LogEvidence, "complete the square in z").Build(),
            new Prose(Inline.Of("Each term under q = N(m, v), from E[z] = m and E[z^2] = m^2 + v:")),
            new ChainBuilder(partId, "q3.kl", verifier, none, log, new ExprItem(Expectation(LogVariational - LogDensity(Z, Mu, Sigma.Pow(2)), Z, M, V)))
                .Equal(GaussianKL(M, V, Mu, Sigma.Pow(2)), "the Gaussian KL formula")
                .Build(Inline.Of("KL(N(m, v) || N(mu, sigma^2)) = E_q[log q(z) - log N(z; mu, sigma^2)]; the posterior's mean and variance above take the place of mu and sigma^2.")),
            new ChainBuilder(partId, "q3.entropy", verifier, none, log, new ExprItem(-Expectation(LogVariational, Z, M, V)))
                .Equal(EntropyTextbook, "the Gaussian entropy").Build(Inline.Of("H(q) = -E_q[log q(z)].")),
            new ChainBuilder(partId, "q3.identity", verifier, none, log, new ExprItem(Expectation(LogJoint, Z, M, V)))
                .Equal(LogEvidence - KLTextbook - EntropyTextbook, "the decomposition").Build(
                    Inline.Of("E_q[log p(x, z)] computed from the moments equals log p(x) - KL(q || p(z | x)) - H(q) for all x, w, b, s, m, v.")),
        };
        return blocks;
    }
}
