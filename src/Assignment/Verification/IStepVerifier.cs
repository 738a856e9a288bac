using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Assumptions;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Assignment.Verification;

/// <summary>
/// Decides whether a relation between two expressions holds under assumptions. The derivations
/// depend only on this, so the engine's equivalence checker plugs in without the derivations
/// knowing how it decides.
/// </summary>
public interface IStepVerifier
{
    StepCheck Verify(Relation relation, AssumptionSet assumptions);
}
