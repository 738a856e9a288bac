using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Q6;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Assignment;

/// <summary>
/// Hand derivation for V = d g: dV/dd = g, dV/dg = d. Simultaneous: d' = d + a g, g' = g - a d,
/// so A = [[1, a], [-a, 1]], det(l I - A) = (l - 1)^2 + a^2, l = 1 +- a i, |l| = sqrt(1 + a^2).
/// Alternating (d first): g' = g - a (d + a g) = -a d + (1 - a^2) g. Extragradient: look-ahead
/// (d + a g, g - a d), then d' = d + a (g - a d), g' = g - a (d + a g).
/// </summary>
public class Q6DerivationTests
{
    private static readonly Symbol A = Symbol.Positive("alpha");
    private static readonly AssumptionSet Positive = AssumptionSet.Of(new Relation(RelationKind.Greater, A, Number.Zero));

    private static void AssertSame(Expr expected, Expr actual) =>
        Assert.True(EquivalenceChecker.Decide(expected, actual, Positive).IsValid, $"expected {expected}, got {actual}");

    private static void AssertSame(Matrix expected, Matrix actual)
    {
        Assert.Equal((expected.Rows, expected.Columns), (actual.Rows, actual.Columns));
        foreach (var (e, a) in expected.Entries.Zip(actual.Entries)) AssertSame(e, a);
    }

    private static Matrix M(Expr a, Expr b, Expr c, Expr d) => Matrix.FromRows([[a, b], [c, d]]);

    [Fact]
    public void SimultaneousMatrixIsTheHandDerivedRotation() =>
        AssertSame(M(1, A, -A, 1), new Q6Game(new Q6Parameters()).UpdateMatrix(Optimizer.Simultaneous));

    [Fact]
    public void AlternatingMatrix() =>
        AssertSame(M(1, A, -A, 1 - A * A), new Q6Game(new Q6Parameters()).UpdateMatrix(Optimizer.Alternating));

    [Fact]
    public void ExtragradientMatrix() =>
        AssertSame(M(1 - A * A, A, -A, 1 - A * A), new Q6Game(new Q6Parameters()).UpdateMatrix(Optimizer.Extragradient));

    [Fact]
    public void DerivedAnswersMatchTheHandDerivation()
    {
        var log = new DerivationLog();
        var q = new Q6Derivation(AssignmentParameters.Default, new EngineStepVerifier(), log).Derive();
        var answers = q.Parts.Select(p => p.Blocks.OfType<Result>().Single().Machine).ToArray();
        AssertSame(M(1, A, -A, 1), ((MatrixAnswer)answers[0]).Value);
        var point = ((ExprListAnswer)answers[1]).Values;
        Assert.True(point[0].IsZero && point[1].IsZero);
        var eig = (CompositeAnswer)answers[2];
        var values = ((ExprListAnswer)eig.Parts.Single(p => p.Name == "eigenvalues").Value).Values;
        Assert.Equal(2, values.Count);
        var plus = Build.Add(1, Build.Mul(A, Constant.I));
        var minus = Build.Sub(1, Build.Mul(A, Constant.I));
        Assert.Contains(values, v => EquivalenceChecker.Decide(v, plus, Positive).IsValid);
        Assert.Contains(values, v => EquivalenceChecker.Decide(v, minus, Positive).IsValid);
        AssertSame(Build.Sqrt(1 + A * A), ((ExprAnswer)eig.Parts.Single(p => p.Name == "modulus").Value).Value);
        Assert.Equal("diverges", eig.Parts.Single(p => p.Name == "behaviour").Value.Canonical);
        Assert.All(log.SanityChecks, c => Assert.True(c.Passed));
        Assert.NotEmpty(log.Ledger);
    }

    [Fact]
    public void AFalseVerifierStopsTheDerivationNamingTheStep()
    {
        var e = Assert.Throws<DerivationFailedException>(() =>
            new Q6Derivation(AssignmentParameters.Default, new RejectingVerifier(), new DerivationLog()).Derive());
        Assert.Equal("q6.1", e.PartId);
    }

    private sealed class RejectingVerifier : IStepVerifier
    {
        public StepCheck Verify(Relation relation, AssumptionSet assumptions) => new(StepOutcome.Invalid, StepMethod.None, 0, 0, "rejected by the test");
    }
}
