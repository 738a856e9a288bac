using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Assignment.Q3;

/// <summary>
/// The engine's equivalence checker behind the derivations' verifier interface (the production default
/// is wired by the solution lane; these tests must not depend on when that lands).
/// </summary>
public sealed class EngineStepVerifier : IStepVerifier
{
    public static EngineStepVerifier Instance { get; } = new();

    public StepCheck Verify(Relation relation, AssumptionSet assumptions)
    {
        var v = EquivalenceChecker.Decide(relation, assumptions);
        var outcome = v.Outcome switch { Outcome.Valid => StepOutcome.Valid, Outcome.Invalid => StepOutcome.Invalid, _ => StepOutcome.Unknown };
        var method = v.Method switch
        {
            VerdictMethod.Symbolic => StepMethod.Symbolic,
            VerdictMethod.SignReasoning => StepMethod.SignReasoning,
            VerdictMethod.Numeric => StepMethod.Numeric,
            _ => StepMethod.None,
        };
        return new StepCheck(outcome, method, v.Points, v.Seed, v.Detail);
    }
}
