using System.Globalization;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Numerics;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Statement;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;
using static Ift6135.Sym.Assignment.Questions.Question3Notation;

namespace Ift6135.Sym.Assignment.Questions;

/// <summary>
/// Question 3: the ELBO decomposition (a chain whose algebra is verified through the definitions of the
/// divergence and the entropy, then the same identity in closed form on a linear-Gaussian model), the
/// comparison of the amortized and instance-wise divergences (an optimality argument, then the gap
/// measured on a model whose posterior means are nonlinear in x), and the bias / cost / memory comparison.
/// </summary>
public sealed class Question3Derivation(AssignmentParameters parameters, Q3Parameters q3, DerivationLog log, IStepVerifier verifier)
{
    private readonly Question3ClosedForm model = new();
    private static readonly Symbol Theta = Symbol.Of("theta"), R = Symbol.Of("r");
    private IStepVerifier Unfolding => new Question34DefinitionVerifier(verifier, Definitions, Densities, RandomSymbols);

    public Question Derive()
    {
        var gap = Question3AmortizationGap.Run(q3, model);
        var parts = new[] { Part1(), Part2(gap), Part3(gap) };
        return new Question(3, PartCatalog.QuestionTitles[3], Inline.Of(PartCatalog.QuestionSummaries[3]), Setup(), parts, []) { RandomVariables = [Z] };
    }

    private static IReadOnlyList<Block> Setup() =>
    [
        new Prose(Inline.Of("Notation. x is fixed; ", Joint, " is the joint, ", Evidence, " the evidence, ", Posterior, " the posterior and ", Variational,
            " a variational density; ", Expect(Build.Log(Variational)), " is an expectation over z drawn from q. The divergence and the entropy are")),
        new Formula(new ListItem([
            new DefinitionItem(KL(QName, PosteriorName), new ExprItem(Expect(Build.Log(Variational)) - Expect(Build.Log(Posterior)))),
            new DefinitionItem(Entropy(QName), new ExprItem(-Expect(Build.Log(Variational)))),
        ])),
        new Prose(Inline.Of("The ELBO of a density ", R, " at ", X, " is ", Relation.Eq(Elbo(R),
            Apply.Of("E_r", Build.Log(Apply.Of("p|z", X))) - KL(R, Apply.Of("p", Z))), ", that is ", Apply.Of("E_r", Build.Log(Joint) - Build.Log(R)), ".")),
    ];

    private Part Part1()
    {
        const string id = "q3.1";
        var info = PartCatalog.Part(id);
        var logPx = Build.Log(Evidence);
        var chain = new ChainBuilder(id, "q3.decomposition", Unfolding, AssumptionSet.None, log, new ExprItem(Expect(Build.Log(Joint))))
            .ByDefinition(Expect(Build.Log(Posterior) + logPx), Inline.Of("product rule ", Relation.Eq(Joint, Posterior * Evidence), ", log of a product"))
            .Equal(Expect(Build.Log(Posterior)) + logPx, Inline.Of("linearity of the expectation; ", logPx, " does not depend on ", Z, " and ", Variational, " integrates to 1"))
            .ByDefinition(logPx - KL(QName, PosteriorName) - Entropy(QName), "definitions of the divergence and the entropy")
            .Build(Inline.CheckNote("Every step is checked by algebra after unfolding the definitions: densities are positive unknowns, ",
                "so the logarithm of a product of densities splits into the sum of their logarithms."));
        var blocks = new List<Block>
        {
            chain,
            new Prose(Inline.Of("The model parameters ", Theta, " enter ", Joint, " but not ", Variational, ", so the entropy ", Entropy(QName), " is a constant in ", Theta, ": ",
                Expect(Build.Log(Joint)), " and ", logPx - KL(QName, PosteriorName), " differ by a constant and have the same maximizers in ", Theta, ". ",
                "Maximizing the expected complete-data log-likelihood for a fixed q is therefore maximizing the log-evidence minus the divergence from the true posterior.")),
        };
        blocks.AddRange(model.Derive(id, verifier, log));
        blocks.Add(new Result(
            Inline.Of(Relation.Eq(Expect(Build.Log(Joint)), logPx - KL(QName, PosteriorName) - Entropy(QName)), "; since ", Entropy(QName), " does not depend on ", Theta, ", both objectives have the same maximizers."),
            new ChoiceAnswer("equivalent: E_q[log p(x,z)] = log p(x) - KL(q||p(z|x)) - H(q), H(q) constant in theta")));
        return new Part(id, info.Title, parameters.PointsOf(id), info.Restatement, blocks);
    }

    private Part Part2(GapResult gap)
    {
        const string id = "q3.2";
        var info = PartCatalog.Part(id);
        var i = Symbol.Of("i", Symbolic.Assumptions.Facts.Integer);
        var amortized = Apply.Of("q_phi|x_i", Z);
        var instance = Apply.Of("q_i", Z);
        var xi = Symbol.Indexed("x", Symbolic.Assumptions.Facts.Real, i);
        var logPxi = Build.Log(Apply.Of("p", xi));
        var post = Apply.Of("p|x_i", Z);
        var t = Symbol.Of("t");
        // At the data point x_i, L(r) = log p(x_i) - KL(r || p(z | x_i)) (part 1); the verifier unfolds it.
        var elboIdentity = Definition.Function("L", t, logPxi - KL(t, post));
        var chainVerifier = new Question34DefinitionVerifier(verifier, [elboIdentity], new HashSet<string>(Densities) { "p|x_i", "q_phi|x_i", "q_i" }, RandomSymbols);
        var chain = new ChainBuilder(id, "q3.kl-order", chainVerifier, AssumptionSet.None, log, new ExprItem(KL(amortized, post)))
            .ByDefinition(logPxi - Elbo(amortized), Inline.Of("ELBO identity of part 1 at ", xi))
            .Logical(RelationKind.GreaterOrEqual, logPxi - Elbo(instance),
                Inline.Of("the instance-wise optimum maximizes the ELBO at ", xi, " over the whole family, and the amortized optimum ", amortized, " is one member of it"))
            .ByDefinition(KL(instance, post), Inline.Of("ELBO identity of part 1 at ", xi))
            .Build(Inline.Of(amortized, " and ", instance, " are the amortized and the instance-wise optima (the stars of the statement are left out)."));
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("Fix a data point ", xi, ". The log-evidence ", logPxi, " does not depend on the variational density, so ranking densities by ELBO is ranking them by divergence from the posterior, in reverse:")),
            chain,
            new Prose(Inline.Of("Equality needs the shared encoder to be optimal at every point at once, which it is only when the family of encoders can reproduce every per-point optimum. Otherwise the difference is the amortization gap.")),
        };
        blocks.AddRange(GapBlocks(id, gap));
        blocks.Add(new Result(Inline.Of(new Relation(RelationKind.GreaterOrEqual, KL(amortized, post), KL(instance, post)),
            ": the amortized divergence is the larger (equal only if the encoder attains every per-point optimum)."),
            new ChoiceAnswer("amortized >= instance-wise")));
        return new Part(id, info.Title, parameters.PointsOf(id), info.Restatement, blocks);
    }

    private IEnumerable<Block> GapBlocks(string id, GapResult gap)
    {
        var p = q3;
        // Part 1's closed forms are in the observation x; this model observes log x. With the model's constants
        // and the encoder's mean a x + c for m, the divergence becomes concrete (shown after the chain).
        var observedLog = new Dictionary<Expr, Expr> { [X] = Build.Log(X) };
        var atModel = new Dictionary<Expr, Expr>
        {
            [Question3ClosedForm.W] = DecimalNumber.Of(p.GapWeight), [Question3ClosedForm.B] = DecimalNumber.Of(p.GapBias),
            [Question3ClosedForm.S] = DecimalNumber.Of(p.GapNoise), [Question3ClosedForm.M] = A * X + C,
        };
        var simplified = Substitution.Substitute(Question3AmortizationGap.SharedVarianceKLSimplified(model), observedLog);
        var klShared = new ChainBuilder(id, "q3.shared-kl", verifier, AssumptionSet.Of(new Relation(RelationKind.Greater, X, Number.Zero)), log,
                new ExprItem(Substitution.Substitute(Question3AmortizationGap.SharedVarianceKL(model), observedLog)))
            .Equal(simplified, Inline.Of(Question3ClosedForm.V, " equal to the posterior variance")).Build();
        var logX = Build.Log(X);
        yield return new Prose(Inline.Of("A measured gap. Let ", Z, " be drawn from ", Question3ClosedForm.Normal(0, 1), " and, given ", Z, ", let ", logX, " be drawn from ",
            Question3ClosedForm.Normal(DecimalNumber.Of(p.GapWeight) * Z + DecimalNumber.Of(p.GapBias), DecimalNumber.Of(p.GapNoise).Pow(2)), ". ",
            "The posterior of each ", X, " is the normal posterior of the linear-Gaussian model observed at ", logX, ", with mean linear in ", logX, ", so nonlinear in ", X,
            "; its variance does not depend on ", X, ". The instance-wise optimum in the Gaussian family is therefore the exact posterior (divergence 0). The encoder ",
            Question3ClosedForm.Normal(A * X + C, Question3ClosedForm.V), " is linear in ", X, ". With ", Question3ClosedForm.V,
            " equal to the posterior variance (which minimizes the summed divergence whatever the means) the divergence at each point is part 1's closed form with the observation ",
            logX, " in place of ", X, ":"));
        yield return klShared;
        yield return new Prose(Inline.Of("With this model's constants and the encoder's mean ", A * X + C, " for ", Question3ClosedForm.M, ", it is"));
        yield return Formula.Established(new ExprItem(Substitution.Substitute(simplified, atModel)));
        yield return new Prose(Inline.Of("so the best encoder is the least-squares fit of the posterior means by ", A * X + C, $" over the {p.GapDataPoints} points drawn", Inline.CheckNote($" with seed {p.GapSeed}"), ": ",
            A, " = ", F(gap.Slope), ", ", C, " = ", F(gap.Intercept), ", posterior variance ", F(gap.PosteriorVariance), ". ",
            "Mean amortization gap: ", F(gap.MeanGap), " nats per point (largest ", F(gap.MaxGap), "); the instance-wise divergence is 0 at every point. ",
            "An encoder whose mean is linear in ", logX, " instead fits the posterior means to within ", MeasuredItem.Scientific(gap.LogLinearResidual), ", so the gap comes from the encoder family, not from the data."));
        var shown = gap.Points.OrderBy(g => g.X).Where((_, k) => k % Math.Max(1, gap.Points.Count / 6) == 0).Take(6).ToArray();
        yield return new Table(
            [Inline.Of(GapPoint), Inline.Of("posterior mean"), Inline.Of("encoder mean ", GapEncoderMean), Inline.Of("KL amortized"), Inline.Of("KL instance-wise")],
            shown.Select(g => (IReadOnlyList<Inline>)[Inline.Of(F(g.X)), Inline.Of(F(g.PosteriorMean)), Inline.Of(F(g.EncoderMean)), Inline.Of(F(g.AmortizedKL)), Inline.Of("0")]).ToArray(),
            Inline.Of("A few of the data points, sorted by x."));
        RecordGapChecks(id, gap);
    }

    /// <summary>The data point x_i of the gap's table, and the encoder's mean a x_i + c there.</summary>
    private static Symbol GapPoint => Symbol.Indexed("x", Symbolic.Assumptions.Facts.Real, Symbol.Of("i", Symbolic.Assumptions.Facts.Integer));

    private static Expr GapEncoderMean => A * GapPoint + C;

    private static readonly Symbol A = Symbol.Of("a"), C = Symbol.Of("c");

    private void RecordGapChecks(string id, GapResult gap)
    {
        var v = gap.PosteriorVariance;
        var shared = Question3ClosedForm.V;
        log.Check(id, Inline.Of("the shared variance ", shared, " equal to the posterior variance minimizes the summed divergence"),
            gap.TotalKL(v) < gap.TotalKL(0.9 * v) && gap.TotalKL(v) < gap.TotalKL(1.1 * v),
            Inline.Of("summed divergence at ", shared, ": ", F(gap.TotalKL(v)), "; at ", Number.Of(9, 10) * shared, ": ", F(gap.TotalKL(0.9 * v)), "; at ", Number.Of(11, 10) * shared,
                ": ", F(gap.TotalKL(1.1 * v))));
        var worst = 0.0;
        foreach (var g in gap.Points.Take(5))
        {
            var (logEvidence, elbo) = Question3AmortizationGap.ByQuadrature(q3, g.X, g.EncoderMean, v);
            var exactElbo = Question3AmortizationGap.ElboByQuadrature(q3, g.X, g.PosteriorMean, v);
            worst = Math.Max(worst, Math.Max(Math.Abs(logEvidence - elbo - g.AmortizedKL), Math.Abs(logEvidence - exactElbo)));
        }
        log.Check(id, Inline.Of("the amortized divergence is ", Build.Log(Evidence), " minus the ELBO, and the exact posterior attains ", Build.Log(Evidence), ", by quadrature over ", Z),
            worst < 1e-6, Inline.Of("largest discrepancy over 5 points: ", MeasuredItem.Scientific(worst)));
        log.Check(id, "the amortized divergence is nonnegative at every point and positive on average",
            gap.Points.All(g => g.AmortizedKL >= 0) && gap.MeanGap > 0, Inline.Of("mean gap ", F(gap.MeanGap)));
    }

    private Part Part3(GapResult gap)
    {
        const string id = "q3.3";
        var info = PartCatalog.Part(id);
        var n = Symbol.Positive("n");
        var k = Symbol.Positive("K");
        var perPoint = 2 * n * k;
        var amortized = Apply.Of("q_phi|x", Z);
        var instance = Apply.Of("q_i", Z);
        var blocks = new List<Block>
        {
            // Every formula of the table is an engine expression (the optima q_phi* and q_i* are written q_phi and q_i, as in part 2).
            new Table([Inline.Of(""), Inline.Of("amortized (shared encoder)"), Inline.Of("instance-wise (one ", instance, " per point)")],
            [
                [Inline.Of("bias of the ELBO as an estimate of ", Build.Log(Evidence)),
                    Inline.Of("bias ", KL(amortized, Posterior), ": the approximation gap (the instance-wise bias) plus the amortization gap"),
                    Inline.Of("bias ", KL(instance, Posterior), ": the smallest the family allows (part 2)")],
                [Inline.Of("computation for a new ", X),
                    Inline.Of("one forward pass of the encoder"),
                    Inline.Of("a full optimization of the ELBO (many gradient steps) per data point")],
                [Inline.Of("parameters stored"),
                    Inline.Of("the encoder weights ", Symbol.Of("phi"), ", independent of the dataset size ", n),
                    Inline.Of(n, " sets of variational parameters: ", perPoint, " numbers for diagonal Gaussians in dimension ", k)],
            ], Inline.Of("Both approaches at their optimum within their families.")),
            new Prose(Inline.Of("(a) Bias. Both ELBOs are lower bounds: the difference between ", Build.Log(Evidence), " and the ELBO is the divergence from the posterior, which is nonnegative. By part 2 the amortized divergence is at least the instance-wise one at every point, so in the best case the amortized bound is the looser one (more biased); ",
                "on the model of part 2 the extra bias averages ", F(gap.MeanGap), " nats per point. ",
                "(b) Computation. The encoder gives ", amortized, " for any ", X, ", including unseen ones, in one evaluation; the instance-wise approach must solve an optimization problem for each ", X, ", during training and again at test time. ",
                "(c) Memory. The encoder's parameters do not grow with the data (3 numbers ", A, ", ", C, ", ", Question3ClosedForm.V, $" in part 2); the instance-wise approach stores one parameter vector per point ({2 * q3.GapDataPoints} numbers for the {q3.GapDataPoints} points there, ", perPoint, " in general).")),
            new Result(Inline.Of("Amortized: more bias (the amortization gap), far cheaper inference (one pass instead of one optimization per point), memory independent of n; instance-wise: tighter bound, costly, memory growing linearly in n."),
                new CompositeAnswer([
                    ("bias", new ChoiceAnswer("amortized larger")),
                    ("computation", new ChoiceAnswer("amortized cheaper")),
                    ("memory", new ChoiceAnswer("amortized independent of n; instance-wise linear in n")),
                    ("instance-wise parameters", new ExprAnswer(perPoint)),
                ])),
        };
        return new Part(id, info.Title, parameters.PointsOf(id), info.Restatement, blocks);
    }

    /// <summary>A measured value with at most four decimals, typeset by the renderer.</summary>
    private static MeasuredItem F(double d) => MeasuredItem.Decimals(d);
}
