using Ift6135.Sym.Symbolic.Expressions;
using SymAssumptions = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Checking.Deciding;

public enum DecisionOutcome { Valid, Invalid, Unknown }

/// <summary>How a relation was decided: Method is "symbolic", "sign reasoning", "numeric" or "none"; Point is a proposed counterexample.</summary>
public sealed record Decision(DecisionOutcome Outcome, string Method, int Points, int Seed, IReadOnlyDictionary<Symbol, double>? Point, string Detail);

/// <summary>Decides whether a relation between two scalar expressions holds under assumptions (the seam to the engine's equivalence checker).</summary>
public interface IStepDecider
{
    Decision Decide(Relation relation, SymAssumptions assumptions);

    /// <summary>
    /// The same decider drawing other random points (attempt 1, 2, ..), to look again when a proposed counterexample does not
    /// re-check (both sides ~1e-8 at the point drawn, which the confirmation in doubles counts as equal); null when there is none.
    /// </summary>
    IStepDecider? Redrawn(int attempt) => null;
}
