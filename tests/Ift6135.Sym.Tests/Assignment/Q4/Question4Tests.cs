using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Questions;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using static Ift6135.Sym.Assignment.Questions.Question4Notation;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Assignment.Q4;

public class Question4Tests
{
    private static readonly Q4Parameters Small = new(replicates: 4000, refinementDraws: 400, sampleCounts: [1, 2, 5, 10], refinedCounts: [1, 5]);

    private static readonly Lazy<(Question Question, DerivationLog Log)> Derived = new(() =>
    {
        var log = new DerivationLog();
        var q = new Question4Derivation(AssignmentParameters.Default, Small, log, StepVerifiers.Default).Derive();
        return (q, log);
    });

    private static Question34DefinitionVerifier Unfolding => new(StepVerifiers.Default, Definitions, Densities, RandomSymbols);

    [Fact]
    public void BothProofsAreChainsWithVerifiedAlgebraAndJustifiedLogic()
    {
        var q = Derived.Value.Question;
        Assert.Equal(["q4.1", "q4.2"], q.Parts.Select(p => p.Id));
        Assert.Equal([8, 8], q.Parts.Select(p => p.Points));
        var chains = q.Parts.SelectMany(p => p.Blocks.OfType<Chain>()).ToArray();
        Assert.Equal(3, chains.Length);
        var steps = chains.SelectMany(c => c.Steps).ToArray();
        Assert.True(steps.Count(s => !s.Justification.IsLogical) >= 7);
        Assert.All(steps, s => Assert.True(s.Check.IsValid));
        // The Jensen step is the only inequality, and it is argued, not computed.
        var inequality = Assert.Single(steps, s => s.Relation != RelationKind.Equal);
        Assert.Equal(RelationKind.GreaterOrEqual, inequality.Relation);
        Assert.True(inequality.Justification.IsLogical);
        Assert.Contains("Jensen", inequality.Justification.Text.Plain);
    }

    [Fact]
    public void SubstitutingTheRefinedProposalIsVerifiedButAWrongConstantIsNot()
    {
        var start = All(Refined / Proposal1 * Build.Log(Joint1 / Refined));
        Assert.True(Unfolding.Verify(Relation.Eq(start, All(K * W1 / WeightSum * Build.Log(WeightSum / K))), AssumptionSet.None).IsValid);
        var wrong = Unfolding.Verify(Relation.Eq(start, All(K * W1 / WeightSum * Build.Log(WeightSum))), AssumptionSet.None);
        Assert.False(wrong.IsValid);
    }

    [Fact]
    public void TheMassChainNeedsTheWeightsToSumToW()
    {
        // With K w_1 / W the mass is 1; with w_1 / W (a missing K) it would be 1 / K, and the verifier says no.
        var k = Symbol.Of("k", Ift6135.Sym.Symbolic.Assumptions.Facts.Integer);
        var good = All(Build.IndexedSum(Weight(k), k, 1, K) / WeightSum);
        Assert.True(Unfolding.Verify(Relation.Eq(good, Number.One), AssumptionSet.None).IsValid);
        var bad = All(Build.IndexedSum(Weight(k), k, 1, K) / (K * WeightSum));
        Assert.False(Unfolding.Verify(Relation.Eq(bad, Number.One), AssumptionSet.None).IsValid);
    }

    [Fact]
    public void TheSymmetryStepIsNotAlgebraSoItStaysLogical()
    {
        // K E(K w_1 / W log(W / K)) = Σ_k E(K w_k / W log(W / K)) holds only because the samples are i.i.d.;
        // the algebraic verifier must not be able to confirm it.
        var k = Symbol.Of("k", Ift6135.Sym.Symbolic.Assumptions.Facts.Integer);
        var log = Build.Log(WeightSum / K);
        var left = K * All(K * W1 / WeightSum * log);
        var right = Build.IndexedSum(All(K * Weight(k) / WeightSum * log), k, 1, K);
        Assert.False(Unfolding.Verify(Relation.Eq(left, right), AssumptionSet.None).IsValid);
    }

    [Fact]
    public void TheConcaveFunctionStepNeedsTheMinusSign()
    {
        var start = OverQ(QK / Proposal1 * Build.Log(Joint1 / QK));
        Assert.True(Unfolding.Verify(Relation.Eq(start, OverQ(Joint1 / Proposal1 * Concave(QK / Joint1))), AssumptionSet.None).IsValid);
        var flipped = OverQ(-(Joint1 / Proposal1) * Concave(QK / Joint1));
        Assert.False(Unfolding.Verify(Relation.Eq(start, flipped), AssumptionSet.None).IsValid);
    }

    [Fact]
    public void NumericChecksPassAndThePlotHasTheThreeSeries()
    {
        var checks = Derived.Value.Log.SanityChecks.Where(c => c.PartId.StartsWith("q4.", StringComparison.Ordinal)).ToArray();
        Assert.True(checks.Length >= 3 + 3 * Small.RefinedCounts.Count);
        Assert.All(checks, c => Assert.True(c.Passed, c.Detail));
        var figure = Assert.Single(Derived.Value.Question.Closing.OfType<Figure>());
        var plot = Assert.IsType<PlotFigure>(figure.Data);
        Assert.Equal(3, plot.Series.Count);
        Assert.Equal(Small.SampleCounts.Count, plot.Series[0].Points.Count);
        // The Monte Carlo estimates carry their standard errors (one per point, positive); the exact series carry none.
        Assert.Equal(plot.Series[0].Points.Count, plot.Series[0].StandardErrors.Count);
        Assert.All(plot.Series[0].StandardErrors, e => Assert.True(e > 0 && double.IsFinite(e), $"standard error {e}"));
        Assert.Empty(plot.Series[2].StandardErrors);
    }
}
