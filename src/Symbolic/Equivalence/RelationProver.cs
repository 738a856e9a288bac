using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>What a prover established about a relation: true for every admissible point, false for every one, or neither.</summary>
public enum ProofResult { Proved, Disproved, Unknown }

/// <summary>
/// The seam for symbolic proofs of inequalities. The sign-reasoning lane's SignReasoner.Prove(Relation)
/// plugs in here; until then <see cref="FactsSignProver"/> uses the structural signs of symbol facts.
/// </summary>
public interface IRelationProver
{
    ProofResult Prove(Relation relation, Assumptions.Assumptions assumptions);
}

public static class RelationProvers
{
    /// <summary>The prover used when the options name none. Replaceable in one place by the lead.</summary>
    public static IRelationProver Default { get; set; } = new FactsSignProver();
}

/// <summary>Proves a relation from the sign of left - right as read by <see cref="SignOf.Get"/> (facts only, no relational assumptions).</summary>
public sealed class FactsSignProver : IRelationProver
{
    public ProofResult Prove(Relation relation, Assumptions.Assumptions assumptions)
    {
        var d = PolynomialExpansion.Expand(Build.Sub(relation.Left, relation.Right));
        var s = SignOf.Get(d);
        if (!s.IsReal()) return ProofResult.Unknown;
        return relation.Kind switch
        {
            RelationKind.Greater => Decide(s.IsPositive(), s.IsNonpositive()),
            RelationKind.GreaterOrEqual => Decide(s.IsNonnegative(), s.IsNegative()),
            RelationKind.Less => Decide(s.IsNegative(), s.IsNonnegative()),
            RelationKind.LessOrEqual => Decide(s.IsNonpositive(), s.IsPositive()),
            RelationKind.NotEqual => Decide(s.IsNonzero(), s.IsZero()),
            _ => Decide(s.IsZero(), s.IsNonzero()),
        };
    }

    private static ProofResult Decide(bool proved, bool disproved) =>
        proved ? ProofResult.Proved : disproved ? ProofResult.Disproved : ProofResult.Unknown;
}
