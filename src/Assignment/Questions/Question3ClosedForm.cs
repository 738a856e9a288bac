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

    /// <summary>The coefficients of z^2 and z in the log-joint, as the prose names them.</summary>
    private static readonly Symbol C2 = Symbol.Indexed("c", Symbolic.Assumptions.Facts.Real, 2), C1 = Symbol.Indexed("c", Symbolic.Assumptions.Facts.Real, 1);

    /// <summary>The normal law with a mean and a variance, printed N(mean, variance).</summary>
    public static Expr Normal(Expr mean, Expr variance) => Apply.Of(@"\mathcal{N}", mean, variance);

    public Expr KLTextbook => GaussianKL(M, V, PosteriorMean, PosteriorVariance);
    public Expr EntropyTextbook => Build.Log(2 * (Expr)Constant.Pi * Constant.E * V) / 2;

    public IReadOnlyList<Block> Derive(string partId, IStepVerifier verifier, DerivationLog log)
    {
        var none = AssumptionSet.None;
        var c2 = Coefficient(LogJoint, Z, 2);
        var c1 = Coefficient(LogJoint, Z, 1);
        // The posterior's moments and the factorization are verified like every chain and listed in appendix A, but the text
        // only states them: displayed, they were three long chains before the one this check is about, the decomposition.
        new ChainBuilder(partId, "q3.post-var", verifier, none, log, new ExprItem(-1 / (2 * c2))).Equal(PosteriorVariance, "common denominator").Build();
        new ChainBuilder(partId, "q3.post-mean", verifier, none, log, new ExprItem(c1 * (-1 / (2 * c2)))).Equal(PosteriorMean, "common denominator").Build();
        new ChainBuilder(partId, "q3.factor", verifier, none, log, new ExprItem(LogJoint)).Equal(LogPosterior + LogEvidence, "complete the square in z").Build();
        log.NotDisplayed(partId, "q3.post-var", "the posterior variance, stated in the text");
        log.NotDisplayed(partId, "q3.post-mean", "the posterior mean, stated in the text");
        log.NotDisplayed(partId, "q3.factor", "the factorization, stated in the text");
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("Closed-form check. Take ", Z, " drawn from ", Normal(0, 1), "; given ", Z, ", let ", X, " be drawn from ",
                Normal(W * Z + B, S.Pow(2)), "; and let the variational density ", Question3Notation.Variational, " be that of ", Normal(M, V), ". The log-joint is")),
            new Formula(new DefinitionItem(Build.Log(Question3Notation.Joint), new ExprItem(LogJoint))),
            new Prose(Inline.Of("It is quadratic in ", Z, ", so the posterior is normal: with ", C2, " and ", C1, " the coefficients of ", Z.Pow(2), " and ", Z,
                Inline.CheckNote(" (read off by the engine)"), ", its variance is ", -1 / (2 * C2), ", that is ", PosteriorVariance, ", and its mean ", C1,
                " times the variance, ", PosteriorMean, ". Completing the square in ", Z, " gives the factorization ",
                Relation.Eq(Build.Log(Question3Notation.Joint), Build.Log(Question3Notation.Posterior) + Build.Log(Question3Notation.Evidence)),
                " for every ", Z, ", with the marginal of ", X, " equal to ", Normal(B, W.Pow(2) + S.Pow(2)),
                Inline.CheckNote(" (the three results verified, appendix A)"), ".")),
            new Prose(Inline.Of("Each term under ", Normal(M, V), ", from the moments ", Relation.Eq(Apply.Of("E", Z), M), " and ", Relation.Eq(Apply.Of("E", Z.Pow(2)), M.Pow(2) + V), ":")),
            new ChainBuilder(partId, "q3.kl", verifier, none, log, new ExprItem(Expectation(LogVariational - LogDensity(Z, Mu, Sigma.Pow(2)), Z, M, V)))
                .Equal(GaussianKL(M, V, Mu, Sigma.Pow(2)), "the Gaussian KL formula")
                .Build(Inline.Of("The divergence of ", Normal(M, V), " from ", Normal(Mu, Sigma.Pow(2)), ", the expectation under ", Question3Notation.Variational,
                    " of the difference of their log-densities; the posterior's mean and variance above take the place of ", Mu, " and ", Sigma.Pow(2), ".")),
            new ChainBuilder(partId, "q3.entropy", verifier, none, log, new ExprItem(-Expectation(LogVariational, Z, M, V)))
                .Equal(EntropyTextbook, "the Gaussian entropy").Build(Inline.Of("The entropy ",
                    Relation.Eq(Question3Notation.Entropy(Question3Notation.QName), -Question3Notation.Expect(Build.Log(Question3Notation.Variational))), ".")),
            new ChainBuilder(partId, "q3.identity", verifier, none, log, new ExprItem(Expectation(LogJoint, Z, M, V)))
                .Equal(LogEvidence - KLTextbook - EntropyTextbook, "the decomposition").Build(
                    Inline.Of(Question3Notation.Expect(Build.Log(Question3Notation.Joint)), " computed from the moments equals ",
                        Build.Log(Question3Notation.Evidence) - Question3Notation.KL(Question3Notation.QName, Question3Notation.PosteriorName) - Question3Notation.Entropy(Question3Notation.QName),
                        " for all ", W, ", ", B, ", ", S, ", ", M, ", ", V, " and every observation ", X, ".")),
        };
        return blocks;
    }
}
