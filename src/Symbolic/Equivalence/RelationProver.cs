using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;

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
/// an inequality of weighted logarithms by comparing the products they are the logarithms of (<see cref="LogInequality"/>),
/// by the same reasoning on the expanded difference, and else as a difference H(b) - H(a) of an increasing function (<see cref="MonotoneDifference"/>).
/// </summary>
public sealed class SignReasoningProver : IRelationProver
{
    /// <summary>Bounds the expansion tried last: a difference that expands further is left to the numeric test.</summary>
    private const int MaxExpandedTerms = 200;

    public Truth Prove(Relation relation, Assumptions.Assumptions assumptions)
    {
        var reasoner = new SignReasoner(assumptions);
        var direct = reasoner.Prove(relation);
        if (direct != Truth.Unknown) return direct;
        if (LogInequality.Prove(relation, reasoner, assumptions) == Truth.True) return Truth.True;
        if (Expanded(relation) is { } expanded && reasoner.Prove(expanded) is var truth and not Truth.Unknown) return truth;
        return MonotoneDifference.Prove(relation, reasoner, assumptions);
    }

    /// <summary>
    /// The relation as "its expanded difference R 0", or null when expanding changes nothing: terms over the same denominator then
    /// cancel ((c + 2)/b - (c + 1)/b is 1/b, nonzero when b is), which the sign of each term alone cannot see.
    /// </summary>
    private static Relation? Expanded(Relation relation)
    {
        var difference = Build.Sub(relation.Left, relation.Right);
        var expanded = Rewrite.TryExpand(difference, MaxExpandedTerms);
        return expanded is null || expanded.Equals(difference) ? null : new Relation(relation.Kind, expanded, Number.Zero);
    }
}
