using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Assignment.Verification;

/// <summary>
/// The engine's verifier: <see cref="EquivalenceChecker"/> decides each step (symbolically, by sign
/// reasoning, or by sampling with a fixed seed); its verdict is recorded as is, method, points and seed.
/// </summary>
public sealed class EngineStepVerifier(EquivalenceOptions? options = null) : IStepVerifier
{
    public StepCheck Verify(Relation relation, AssumptionSet assumptions)
    {
        var v = EquivalenceChecker.Decide(relation, assumptions, options);
        var outcome = v.Outcome switch
        {
            Outcome.Valid => StepOutcome.Valid,
            Outcome.Invalid => StepOutcome.Invalid,
            _ => StepOutcome.Unknown,
        };
        var method = v.Method switch
        {
            VerdictMethod.Symbolic => StepMethod.Symbolic,
            VerdictMethod.SignReasoning => StepMethod.SignReasoning,
            VerdictMethod.Numeric => StepMethod.Numeric,
            _ => StepMethod.None,
        };
        var detail = v.Counterexample is null ? v.Detail : $"{v.Detail}; counterexample {v.Counterexample}";
        return new StepCheck(outcome, method, v.Points, v.Seed, detail);
    }
}
