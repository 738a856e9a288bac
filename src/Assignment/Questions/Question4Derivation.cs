using System.Globalization;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Numerics;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Statement;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;
using static Ift6135.Sym.Assignment.Questions.Question4Notation;

namespace Ift6135.Sym.Assignment.Questions;

/// <summary>
/// Question 4: the importance-weighted bound as the expected ELBO of the refined proposal, and the
/// refined proposal averaged over the other samples as a density whose ELBO is at least the bound.
/// Algebraic steps are verified after unfolding the definitions of q~, w_1, f and L_K; the symmetry,
/// independence (Fubini) and Jensen steps are logical and say why. Then a Monte Carlo and quadrature
/// confirmation on a Gaussian model whose log-evidence is known in closed form.
/// </summary>
public sealed class Question4Derivation(AssignmentParameters parameters, Q4Parameters q4, DerivationLog log, IStepVerifier verifier)
{
    private IStepVerifier Unfolding => new Question34DefinitionVerifier(verifier, Definitions, Densities, RandomSymbols);

    /// <summary>
    /// The step from (1/K) sum_k E(.. w_k ..) to one expectation: algebra (a finite sum of expectations is the expectation
    /// of the sum, K symbolic), and Sum_k w_k / Sum_j w_j = 1, the index of a sum being a bound name; the engine cancels it.
    /// </summary>
    private static Inline SumOfExpectations => Inline.Of("linearity of the expectation and of a sum of ", K, " terms; the sums over ", Kk, " and over ", J, " are the same sum ", W);

    private static Inline Symmetry => Inline.Of("symmetry: ", Sample(1), ", ..., ", Sample(K), " are i.i.d., so the ", K, " variables ",
        K * Weight(Kk) / W * Build.Log(W / K), " have one distribution and one expectation");

    /// <summary>z_1 drawn from q is independent of the other samples: one expectation over all of them (Fubini).</summary>
    private static Inline Independent => Inline.Of(Z1, " is drawn from ", Q, " independently of ", Sample(2), ", ..., ", Sample(K), " (Fubini)");

    private static Inline Substituted => Inline.Of("substitute ", Relation.Eq(Refined, Joint1 / (W / K)), " and ", Relation.Eq(Joint1 / Proposal1, W1));

    public Question Derive()
    {
        var numbers = Measure();
        var parts = new[] { Part1(), Part2(numbers) };
        return new Question(4, PartCatalog.QuestionTitles[4], Inline.Of(PartCatalog.QuestionSummaries[4]), Setup(), parts, [.. NumericBlocks(numbers)])
        {
            RandomVariables = [Z1, W1, Weight(Kk), Weight(J)],
        };
    }

    /// <summary>A function of the samples, named only to show the expectation operators.</summary>
    private static readonly Symbol SampleFunction = Symbol.Of("F");

    /// <summary>Plain names of the notation paragraph: a density r, the proposal q and the joint p as its arguments are left out.</summary>
    private static readonly Symbol R = Symbol.Of("r"), Q = Symbol.Of("q"), P = Symbol.Of("p"), W = Symbol.Of("W"), Z = Symbol.Of("z");

    private static Symbol Sample(Expr index) => Symbol.Indexed("z", Symbolic.Assumptions.Facts.Real, index);

    private static IReadOnlyList<Block> Setup() =>
    [
        new Prose(Inline.Of("Notation. ", Apply.Of("q", Z), " stands for ", Apply.Of(ProposalName, Z), ". For ", Sample(1), ", ..., ", Sample(K), " drawn i.i.d. from ", Q,
            ", the weights are the positive numbers ", Relation.Eq(Weight(Kk), Apply.Of("p", X, Sample(Kk)) / Apply.Of("q", Sample(Kk))), " and ", Relation.Eq(W, WeightSum),
            ". The refined proposal is ", Relation.Eq(Refined, Joint1 / (W / K)), " (the statement's unnormalized density, with ", Relation.Eq(Z1, Z), "). ",
            "For a function ", SampleFunction, " of the samples, ", All(SampleFunction), ", ", Others(SampleFunction), " and ", OverQ(SampleFunction), " are expectations over ",
            Sample(1), ", ..., ", Sample(K), ", over ", Sample(2), ", ..., ", Sample(K), ", and over ", Z1, " alone, all drawn from ", Q, ". ",
            Relation.Eq(L1(R), OverQ(R / Q * Build.Log(P / R))), " is the single-sample ELBO of a density ", R, " written as an expectation under ", Q, ", and ",
            Relation.Eq(Concave(T), -T * Build.Log(T)), ".")),
        new Formula(new DefinitionItem(LK, new ExprItem(All(Build.Log(WeightSum / K)))), Inline.Of("The K-sample bound.")),
    ];

    private Part Part1()
    {
        const string id = "q4.1";
        var info = PartCatalog.Part(id);
        var k = Kk;
        var term = K * Weight(k) / WeightSum * Build.Log(WeightSum / K);
        var chain = new ChainBuilder(id, "q4.bound", Unfolding, AssumptionSet.None, log, new ExprItem(Others(L1(Refined))))
            .Logical(RelationKind.Equal, All(Refined / Proposal1 * Build.Log(Joint1 / Refined)),
                Inline.Of("definition of ", Symbol.Of("L_1"), " at ", Relation.Eq(Z, Z1), "; ", Independent, ", so the inner and outer expectations are one over all ", K, " samples"))
            .ByDefinition(All(K * W1 / WeightSum * Build.Log(WeightSum / K)), Substituted)
            .Logical(RelationKind.Equal, Build.IndexedSum(All(term), k, 1, K) / K, Symmetry)
            .Equal(All(Build.IndexedSum(Weight(k), k, 1, K) / WeightSum * Build.Log(WeightSum / K)), SumOfExpectations)
            .ByDefinition(LK, Inline.Of("definition of ", LK))
            .Build(Inline.Of("The expected single-sample ELBO of the refined proposal is the K-sample bound."));
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("Write the inner ELBO as an expectation under q, merge the two expectations, and symmetrize over the K samples (the hint):")),
            chain,
        };
        blocks.Add(new Result(Inline.Of(Relation.Eq(LK, Others(L1(Refined))), "."), new ChoiceAnswer("L_K[q] = E_{z_2:K}[L_1[q~]]")));
        return new Part(id, info.Title, parameters.PointsOf(id), info.Restatement, blocks);
    }

    private Part Part2(Measurements numbers)
    {
        const string id = "q4.2";
        var info = PartCatalog.Part(id);
        var k = Kk;
        var mass = new ChainBuilder(id, "q4.mass", Unfolding, AssumptionSet.None, log, new ExprItem(OverQ(QK / Proposal1)))
            .Logical(RelationKind.Equal, All(Refined / Proposal1), Inline.Of(Relation.Eq(QK, Others(Refined)), "; ", Independent))
            .ByDefinition(All(K * W1 / WeightSum), Substituted)
            .Logical(RelationKind.Equal, Build.IndexedSum(All(K * Weight(k) / WeightSum), k, 1, K) / K,
                Inline.Of("symmetry: the ", K, " variables ", K * Weight(Kk) / W, " have one distribution (the hint)"))
            .Equal(All(Build.IndexedSum(Weight(k), k, 1, K) / WeightSum), SumOfExpectations)
            .Equal(Number.One, "the expectation of a constant")
            .Build(Inline.Of("The total mass of ", QK, ", written as an expectation under ", Q, " (positive everywhere)."));
        var bound = new ChainBuilder(id, "q4.refined-elbo", Unfolding, AssumptionSet.None, log, new ExprItem(L1(QK)))
            .Logical(RelationKind.Equal, OverQ(QK / Proposal1 * Build.Log(Joint1 / QK)), Inline.Of("definition of ", Symbol.Of("L_1"), ", as an expectation under ", Q))
            .ByDefinition(OverQ(Joint1 / Proposal1 * Concave(QK / Joint1)), Inline.Of(Relation.Eq(Concave(T), -T * Build.Log(T)), " at ", Relation.Eq(T, QK / Joint1)))
            .Logical(RelationKind.GreaterOrEqual, OverQ(Joint1 / Proposal1 * Others(Concave(Refined / Joint1))),
                Inline.Of("Jensen: ", Relation.Eq(QK / Joint1, Others(Refined / Joint1)), " since ", Joint1, " does not depend on ", Sample(2), ", ..., ", Sample(K), "; ",
                    Concave(T), " is concave, so ", new Relation(RelationKind.GreaterOrEqual, Concave(Apply.Of("E", T)), Apply.Of("E", Concave(T))), "; the factor ", Joint1 / Proposal1, " is positive"))
            .Logical(RelationKind.Equal, All(Joint1 / Proposal1 * Concave(Refined / Joint1)),
                Inline.Of(Joint1 / Proposal1, " does not depend on ", Sample(2), ", ..., ", Sample(K), "; ", Independent))
            .ByDefinition(All(Refined / Proposal1 * Build.Log(Joint1 / Refined)), Inline.Of(Relation.Eq(Concave(T), -T * Build.Log(T)), " at ", Relation.Eq(T, Refined / Joint1)))
            .Logical(RelationKind.Equal, LK, "part 1 (the second line of its chain onward)")
            .Build(Inline.Of("The ELBO of the averaged proposal."));
        var blocks = new List<Block>
        {
            new Prose(Inline.Of("Density. ", Refined, " is positive because ", Joint1, " and ", W, " are, so ", Relation.Eq(QK, Others(Refined)), " is positive too. Its total mass is 1:")),
            mass,
            new Prose(Inline.Of("Bound. With ", Relation.Eq(Concave(T), -T * Build.Log(T)), ", which is concave since its second derivative ", -1 / (Expr)T, " is negative:")),
            bound,
            new Prose(Inline.Of("Numerically (model below) ", QK, " integrates to 1 within Monte Carlo error and ", new Relation(RelationKind.GreaterOrEqual, L1(QK), LK), " for ", K,
                $" in {{{string.Join(", ", q4.RefinedCounts)}}}; see the table after this question.")),
            new Result(Inline.Of(QK, " is a probability density and ", new Relation(RelationKind.GreaterOrEqual, L1(QK), LK), "."), new ChoiceAnswer("q_K is a density; L_1[q_K] >= L_K[q]")),
        };
        _ = numbers;
        return new Part(id, info.Title, parameters.PointsOf(id), info.Restatement, blocks);
    }

    private sealed record Measurements(double LogEvidence, double ExactL1, IReadOnlyList<(int K, Estimate Bound)> Bounds, IReadOnlyList<RefinedMeasurement> Refined);

    /// <summary>log p(x) and L_1 from the engine's closed forms (Question 3's linear-Gaussian expressions), the rest by sampling.</summary>
    private Measurements Measure()
    {
        var model = new Question3ClosedForm();
        var point = new Dictionary<Symbol, double>
        {
            [Question3Notation.X] = q4.Observation, [Question3ClosedForm.W] = q4.Weight, [Question3ClosedForm.B] = q4.Bias,
            [Question3ClosedForm.S] = q4.Noise, [Question3ClosedForm.M] = q4.ProposalMean, [Question3ClosedForm.V] = q4.ProposalSd * q4.ProposalSd,
        };
        var logEvidence = Evaluator.EvaluateReal(model.LogEvidence, point);
        var exactL1 = logEvidence - Evaluator.EvaluateReal(model.KLTextbook, point);
        var sampling = new Question4ImportanceSampling(q4);
        // Each estimate has its own seed and its own generator, so they run concurrently and give the values of a sequential run.
        // All of them in one run, so that no core waits for the last bound before the refined densities start: those first (each
        // costs about as much as the largest bound), then the bounds from the largest K down.
        Func<object>[] jobs =
        [
            .. q4.RefinedCounts.Select((k, i) => (Func<object>)(() => sampling.Refine(k, 1000 + i))),
            .. q4.SampleCounts.Select((k, i) => (Func<object>)(() => (k, sampling.Bound(k, i)))),
        ];
        var refinedCount = q4.RefinedCounts.Count;
        var order = Enumerable.Range(0, refinedCount).OrderByDescending(i => q4.RefinedCounts[i])
            .Concat(Enumerable.Range(0, q4.SampleCounts.Count).OrderByDescending(i => q4.SampleCounts[i]).Select(i => refinedCount + i)).ToArray();
        var results = Concurrently.Map(jobs, (job, _) => job(), order);
        var refined = results.Take(refinedCount).Cast<RefinedMeasurement>().ToArray();
        var bounds = results.Skip(refinedCount).Cast<(int K, Estimate Bound)>().ToArray();
        Check(logEvidence, exactL1, bounds, refined);
        return new Measurements(logEvidence, exactL1, bounds, refined);
    }

    private void Check(double logEvidence, double exactL1, IReadOnlyList<(int K, Estimate Bound)> bounds, IReadOnlyList<RefinedMeasurement> refined)
    {
        const string id = "q4.2";
        var evidence = Build.Log(Apply.Of("p", X));
        Expr Bound(int k) => Symbol.Of($"L_{k}");
        Inline ForK(int k) => Inline.Of(" for ", Relation.Eq(K, Number.Of(k)));
        if (bounds.FirstOrDefault(b => b.K == 1) is { Bound: not null } one)
            log.Check("q4.1", Inline.Of("the Monte Carlo ", Bound(1), " agrees with the closed-form ELBO ", evidence - Apply.Of("D_KL", Apply.Of("q", Z), Apply.Of("p|x", Z))),
                Math.Abs(one.Bound.Mean - exactL1) <= 4 * one.Bound.StandardError, Inline.Of("estimate ", E(one.Bound), ", closed form ", F(exactL1)));
        log.Check("q4.1", Inline.Of("every estimate of ", LK, " is at most ", evidence, " (3 standard errors)"),
            bounds.All(b => b.Bound.AtMost(logEvidence)),
            Inline.Of([.. bounds.SelectMany(b => new object[] { Is(Bound(b.K), E(b.Bound)), "; " }), Is(evidence, F(logEvidence))]));
        log.Check("q4.1", Inline.Of(LK, " does not decrease with ", K, " (3 combined standard errors)"),
            bounds.Zip(bounds.Skip(1)).All(pair => pair.First.Bound.Mean <= pair.Second.Bound.Mean + 3 * Math.Sqrt(Sq(pair.First.Bound.StandardError) + Sq(pair.Second.Bound.StandardError))),
            Inline.Of([.. bounds.SelectMany((b, k) => new object[] { k == 0 ? "" : ", ", F(b.Bound.Mean) })]));
        foreach (var r in refined)
        {
            var lk = bounds.FirstOrDefault(b => b.K == r.K).Bound;
            log.Check(id, Inline.Of(QK, " integrates to 1", ForK(r.K), $" (quadrature per draw, mean over {q4.RefinementDraws} draws)"),
                Math.Abs(r.Mass.Mean - 1) <= Math.Max(4 * r.Mass.StandardError, 1e-9), Inline.Of("mass ", E(r.Mass)));
            log.Check(id, Inline.Of(new Relation(RelationKind.LessOrEqual, L1(QK), evidence), ForK(r.K)), r.RefinedElbo <= logEvidence + 1e-3,
                Inline.Of(Is(L1(QK), F(r.RefinedElbo)), ", ", Is(evidence, F(logEvidence))));
            if (lk is not null)
                log.Check(id, Inline.Of(new Relation(RelationKind.GreaterOrEqual, L1(QK), LK), ForK(r.K)), r.RefinedElbo >= lk.Mean - 3 * lk.StandardError - 1e-3,
                    Inline.Of(Is(L1(QK), F(r.RefinedElbo)), ", ", Is(Bound(r.K), E(lk))));
        }
    }

    private IEnumerable<Block> NumericBlocks(Measurements m)
    {
        Expr weight = DecimalNumber.Of(q4.Weight), bias = DecimalNumber.Of(q4.Bias), noise = DecimalNumber.Of(q4.Noise);
        var logEvidence = Build.Log(Apply.Of("p", X));
        yield return new Prose(Inline.Of("Numeric confirmation. Take ", Z, " drawn from ", Question3ClosedForm.Normal(0, 1), " and, given ", Z, ", ", X, " drawn from ",
            Question3ClosedForm.Normal(weight * Z + bias, noise.Pow(2)), ", observed at ", Relation.Eq(X, DecimalNumber.Of(q4.Observation)), ". The evidence is the density of ",
            Question3ClosedForm.Normal(bias, weight.Pow(2) + noise.Pow(2)), ", so ", F(m.LogEvidence), " is the value of ", logEvidence, ". The proposal ", Apply.Of("q", Z), " is the density of ",
            Question3ClosedForm.Normal(DecimalNumber.Of(q4.ProposalMean), DecimalNumber.Of(q4.ProposalSd).Pow(2)), ", deliberately not the posterior, so ",
            Relation.Eq(Symbol.Of("L_1"), logEvidence - Apply.Of("D_KL", Apply.Of("q", Z), Apply.Of("p|x", Z))), " is ", F(m.ExactL1), " in closed form."));
        // How the estimates were made (replicates, seeds, quadrature) is for whoever checks them: the student edition leaves it out.
        yield return new Prose(Inline.Of("Each ", LK,
            " is estimated from independent ", K, $"-sample draws, {q4.Replicates} of them for one sample and that number divided by the square root of ", K, " (rounded up) for ", K, " samples ",
            "(one replicate's spread falls as ", K, " grows, so its standard error still falls with fewer replicates",
            Inline.CheckNote($"; seed {q4.Seed} plus the position of ", K, ", standard normal draws by the ziggurat method over the xoshiro256** generator"), "); ",
            QK, $" is evaluated with {q4.RefinementDraws} fixed draws of ", Sample(2), ", ..., ", Sample(K), " and integrated over ", QuadratureInterval(),
            $" (12 standard deviations beyond the means of the proposal and of the posterior) by the 5-point Gauss-Legendre rule on each of {Question4ImportanceSampling.QuadraturePanels} equal panels, ",
            "leaving out for each draw the panels at either end where a bound on its integrand is below ", MeasuredItem.Scientific(Question4ImportanceSampling.Negligible, 1),
            ", which changes each integral by less than that bound times the interval's length.")) { AboutChecking = true };
        yield return new Table(
            [Inline.Of(K), Inline.Of(LK, " (± s.e.)"), Inline.Of("mass of ", QK, " (± s.e.)"), Inline.Of(L1(QK)), Inline.Of(Build.Log(Apply.Of("p", X)))],
            m.Bounds.Select(b =>
            {
                var r = m.Refined.FirstOrDefault(x => x.K == b.K);
                return (IReadOnlyList<Inline>)[Inline.Of(b.K.ToString(CultureInfo.InvariantCulture)), Inline.Of(E(b.Bound)),
                    r is null ? NotEvaluated : Inline.Of(E(r.Mass)), r is null ? NotEvaluated : Inline.Of(F(r.RefinedElbo)), Inline.Of(F(m.LogEvidence))];
            }).ToArray(),
            Inline.Of(new RelationItem(new Relation(RelationKind.LessOrEqual, Symbol.Of("L_1"), LK)), " and ", new RelationItem(new Relation(RelationKind.LessOrEqual, LK, Build.Log(Apply.Of("p", X)))),
                ", ", QK, " has mass 1, and its ELBO is above ", LK, "."));
        yield return new Figure(new PlotFigure(Inline.Of(K), "nats",
            [
                new PlotSeries(Inline.Of(LK, " (Monte Carlo)"), m.Bounds.Select(b => ((double)b.K, b.Bound.Mean)).ToArray())
                {
                    StandardErrors = m.Bounds.Select(b => b.Bound.StandardError).ToArray(),
                },
                new PlotSeries(Inline.Of(L1(QK)), m.Refined.Select(r => ((double)r.K, r.RefinedElbo)).ToArray()),
                new PlotSeries(Inline.Of(logEvidence), m.Bounds.Select(b => ((double)b.K, m.LogEvidence)).ToArray()),
            ]) { LogarithmicX = true },
            Inline.Of("The importance-weighted bound rises towards ", logEvidence, " as ", K, " grows (logarithmic axis; each estimate of ", LK, " has a bar of one standard error on either side, ",
                "at most ", F(m.Bounds.Max(b => b.Bound.StandardError)), "); the refined proposal's ELBO lies between."));
    }

    /// <summary>The interval the refined density is integrated over, rounded for the reader.</summary>
    private IntervalItem QuadratureInterval()
    {
        var (lower, upper) = new Question4ImportanceSampling(q4).Range;
        return new IntervalItem(Z1, DecimalNumber.Of(Math.Round(lower, 3)), DecimalNumber.Of(Math.Round(upper, 3)));
    }

    private static double Sq(double d) => d * d;

    /// <summary>A measured value typeset by the renderer, four decimals always: trailing zeros kept, so that a table's column lines up (-1.5470 under -1.5163).</summary>
    private static MeasuredItem F(double d) => MeasuredItem.Fixed(d);

    /// <summary>A cell for a K at which the refined proposal is not evaluated (a hyphen there read as a minus sign).</summary>
    private static readonly Inline NotEvaluated = Inline.Of("n/a");

    /// <summary>A quantity and its measured value, written as one equation.</summary>
    private static EqualityItem Is(Expr quantity, MeasuredItem value) => new(new ExprItem(quantity), value);

    /// <summary>A Monte Carlo estimate: its mean and standard error with four decimals each.</summary>
    private static MeasuredItem E(Estimate e) => MeasuredItem.WithError(e.Mean, e.StandardError);
}
