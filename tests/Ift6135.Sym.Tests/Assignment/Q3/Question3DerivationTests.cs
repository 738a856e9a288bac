using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Questions;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using static Ift6135.Sym.Assignment.Questions.Question3Notation;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Assignment.Q3;

public class Question3DerivationTests
{
    private static readonly Lazy<(Question Question, DerivationLog Log)> Derived = new(() =>
    {
        var log = new DerivationLog();
        var q = new Question3Derivation(AssignmentParameters.Default, new Q3Parameters(), log, StepVerifiers.Default).Derive();
        return (q, log);
    });

    [Fact]
    public void ThreePartsWithTheStatementsPoints()
    {
        var q = Derived.Value.Question;
        Assert.Equal(["q3.1", "q3.2", "q3.3"], q.Parts.Select(p => p.Id));
        Assert.Equal([5, 5, 6], q.Parts.Select(p => p.Points));
        Assert.All(q.Parts, p => Assert.Single(p.Blocks.OfType<Result>()));
    }

    [Fact]
    public void EveryAlgebraicStepWasVerifiedAndEveryLogicalStepSaysWhy()
    {
        var steps = Derived.Value.Question.Parts.SelectMany(p => p.Blocks.OfType<Chain>()).SelectMany(c => c.Steps).ToArray();
        Assert.NotEmpty(steps);
        Assert.All(steps, s => Assert.True(s.Check.IsValid));
        Assert.All(steps.Where(s => s.Justification.IsLogical), s => Assert.Equal(StepMethod.Logical, s.Check.Method));
        Assert.All(steps.Where(s => !s.Justification.IsLogical), s => Assert.NotEqual(StepMethod.Logical, s.Check.Method));
        // The decomposition chain ends with log p(x) - KL - H, and its three links are all algebraic.
        var decomposition = Derived.Value.Question.Parts[0].Blocks.OfType<Chain>().First();
        Assert.All(decomposition.Steps, s => Assert.False(s.Justification.IsLogical));
        Assert.Equal(new ExprItem(Build.Log(Evidence) - KL(QName, PosteriorName) - Entropy(QName)), decomposition.Steps[^1].Expression);
    }

    [Fact]
    public void TheUnfoldingVerifierRejectsAWrongSignOfTheEntropy()
    {
        var verifier = new Question34DefinitionVerifier(StepVerifiers.Default, Definitions, Densities, RandomSymbols);
        var wrong = Build.Log(Evidence) - KL(QName, PosteriorName) + Entropy(QName);
        var check = verifier.Verify(Relation.Eq(Expect(Build.Log(Joint)), wrong), AssumptionSet.None);
        Assert.False(check.IsValid);
    }

    [Fact]
    public void TheUnfoldingVerifierDoesNotPullARandomFactorOutOfTheExpectation()
    {
        var verifier = new Question34DefinitionVerifier(StepVerifiers.Default, Definitions, Densities, RandomSymbols);
        var check = verifier.Verify(Relation.Eq(Expect(Z * Build.Log(Variational)), Z * Expect(Build.Log(Variational))), AssumptionSet.None);
        Assert.False(check.IsValid);
    }

    [Fact]
    public void TheAmortizedAnswerIsTheLargerDivergence()
    {
        var part = Derived.Value.Question.Parts[1];
        Assert.Equal("amortized >= instance-wise", part.Blocks.OfType<Result>().Single().Machine.Canonical);
        var chain = part.Blocks.OfType<Chain>().First();
        Assert.Contains(chain.Steps, s => s.Relation == RelationKind.GreaterOrEqual && s.Justification.IsLogical);
    }

    [Fact]
    public void TheGapExperimentHasAPositiveGapAndPassedItsChecks()
    {
        var checks = Derived.Value.Log.SanityChecks.Where(c => c.PartId == "q3.2").ToArray();
        Assert.Equal(3, checks.Length);
        Assert.All(checks, c => Assert.True(c.Passed));
    }
}
