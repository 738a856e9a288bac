using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using SymAssumptions = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Checking.Deciding;

/// <summary>The engine's <see cref="EquivalenceChecker"/> behind the checker's seam.</summary>
public sealed class EquivalenceDecider(EquivalenceOptions? options = null) : IStepDecider
{
    public IStepDecider Redrawn(int attempt)
    {
        var current = options ?? EquivalenceOptions.Default;
        return new EquivalenceDecider(current with { Seed = current.Seed + attempt });
    }

    public Decision Decide(Relation relation, SymAssumptions assumptions)
    {
        var v = EquivalenceChecker.Decide(relation, assumptions, options);
        var outcome = v.Outcome switch
        {
            Outcome.Valid => DecisionOutcome.Valid,
            Outcome.Invalid => DecisionOutcome.Invalid,
            _ => DecisionOutcome.Unknown,
        };
        var method = v.Method switch
        {
            VerdictMethod.Symbolic => "symbolic",
            VerdictMethod.SignReasoning => "sign reasoning",
            VerdictMethod.Numeric => "numeric",
            _ => "none",
        };
        return new Decision(outcome, method, v.Points, v.Seed, v.Counterexample?.Point, v.Detail);
    }
}
