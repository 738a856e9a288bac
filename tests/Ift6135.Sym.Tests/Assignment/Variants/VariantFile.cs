using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Q1;
using Ift6135.Sym.Assignment.Q2;
using Ift6135.Sym.Assignment.Q5;
using Ift6135.Sym.Assignment.Q6;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Assignment.Variants;

/// <summary>
/// A variant as a teaching assistant writes it: JSON text (only the keys that change), read by the
/// same loader as `solve --params`, then one question derived and its machine answers read back.
/// </summary>
public static class VariantFile
{
    public static AssignmentParameters Read(string json) => ParametersLoader.Parse(json, "variant.json");

    public static Question Derive(string json, int question)
    {
        var p = Read(json);
        var log = new DerivationLog();
        var verifier = new EngineStepVerifier();
        var q = question switch
        {
            1 => new Q1Derivation(p, log).Derive(),
            2 => new Q2Derivation(p, verifier, log).Derive(),
            5 => new Q5Derivation(p, verifier, log).Derive(),
            6 => new Q6Derivation(p, verifier, log).Derive(),
            _ => throw new ArgumentOutOfRangeException(nameof(question)),
        };
        Assert.All(log.SanityChecks, c => Assert.True(c.Passed, $"{c}"));
        return q;
    }

    public static Answer AnswerOf(Question q, string partId) =>
        q.Parts.Single(p => p.Id == partId).Blocks.OfType<Result>().Single().Machine;

    public static Answer Field(Answer composite, string name) =>
        ((CompositeAnswer)composite).Parts.Single(p => p.Name == name).Value;

    public static void Same(Expr expected, Expr actual, AssumptionSet assumptions) =>
        Assert.True(EquivalenceChecker.Decide(expected, actual, assumptions).IsValid, $"expected {expected}, got {actual}");

    public static void Same(Matrix expected, Matrix actual, AssumptionSet assumptions)
    {
        Assert.Equal((expected.Rows, expected.Columns), (actual.Rows, actual.Columns));
        foreach (var (e, a) in expected.Entries.Zip(actual.Entries)) Same(e, a, assumptions);
    }

    /// <summary>The same multiset of values, in any order.</summary>
    public static void SameSet(IReadOnlyList<Expr> expected, IReadOnlyList<Expr> actual, AssumptionSet assumptions)
    {
        Assert.Equal(expected.Count, actual.Count);
        var rest = actual.ToList();
        foreach (var e in expected)
        {
            var i = rest.FindIndex(a => EquivalenceChecker.Decide(e, a, assumptions).IsValid);
            Assert.True(i >= 0, $"expected {e} among {string.Join(", ", actual)}");
            rest.RemoveAt(i);
        }
    }
}
