using Ift6135.Sym.Checking.Deciding;
using Ift6135.Sym.Symbolic.Expressions;
using SymAssumptions = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Bench.Corpus;

/// <summary>
/// The engine's decider, noting every relation the checker asks it about: the relations exactly as
/// our parser lowered them, which is what the SymPy reference is then given (it cannot read LaTeX).
/// </summary>
public sealed class RecordingDecider : IStepDecider
{
    private readonly IStepDecider inner = new EquivalenceDecider();
    private readonly List<(Relation Relation, SymAssumptions Assumptions)> seen = [];

    public IReadOnlyList<(Relation Relation, SymAssumptions Assumptions)> Seen => seen;

    public Decision Decide(Relation relation, SymAssumptions assumptions)
    {
        seen.Add((relation, assumptions));
        return inner.Decide(relation, assumptions);
    }
}
