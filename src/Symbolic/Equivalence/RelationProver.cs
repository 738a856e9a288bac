using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>The seam for symbolic proofs of inequalities: true for every admissible point, false for every one, or unknown.</summary>
public interface IRelationProver
{
    Truth Prove(Relation relation, Assumptions.Assumptions assumptions);
}

public static class RelationProvers
{
    /// <summary>The prover used when the options name none.</summary>
    public static IRelationProver Default { get; set; } = new SignReasoningProver();
}

/// <summary>
/// Proves a relation by sign and range reasoning on left - right under the assumptions (see <see cref="SignReasoner"/>),
/// and an inequality of weighted logarithms by comparing the products they are the logarithms of (<see cref="LogInequality"/>).
/// </summary>
public sealed class SignReasoningProver : IRelationProver
{
    public Truth Prove(Relation relation, Assumptions.Assumptions assumptions)
    {
        var reasoner = new SignReasoner(assumptions);
        var direct = reasoner.Prove(relation);
        return direct == Truth.Unknown && LogInequality.Prove(relation, reasoner, assumptions) == Truth.True ? Truth.True : direct;
    }
}
