using Ift6135.Sym.Checking.Declarations;
using Ift6135.Sym.Checking.Reading;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

public sealed partial class DerivationChecker
{
    /// <summary>
    /// The chains of the sentence being read, each with the state and directives it was checked under: a definition that comes
    /// after them in the sentence ("The gradients are $\partial V/\partial d = g$ and .., where $V(d, g) = d g$") is what they meant.
    /// </summary>
    private sealed class SentenceChains
    {
        private readonly List<(int Index, Chain Chain, DeclarationState State, BlockDirectives Directives)> entries = [];

        /// <summary>A formula opens a sentence when no formula of its sentence comes before it (its lead holds none).</summary>
        public void Enter(MathBlock block)
        {
            if (!block.IsInline || !block.Lead.Contains('$')) entries.Clear();
        }

        public void Add(int index, Chain chain, DeclarationState state, BlockDirectives directives) => entries.Add((index, chain, state, directives));

        /// <summary>
        /// The chains before a "where" definition read again with it: each one left unknown that is decided (fewer steps unknown) with
        /// the definition replaces its report, saying why; the others stay as they were. Nothing else is replayed (no equation opened).
        /// </summary>
        public void ReadAgain(DerivationChecker owner, IReadOnlyList<Func<LatexContext, LatexContext>> defined, List<ChainReport> chains,
            NamesSeen names, int decideFrom, string definition)
        {
            foreach (var (index, chain, state, directives) in entries)
            {
                var before = chains[index];
                var unknown = before.Steps.Count(s => s.Status == StepStatus.Unknown);
                if (unknown == 0) continue;
                var context = defined.Aggregate(state.Context, (c, define) => define(c));
                var again = new ChainRun(owner, state with { Context = context }, new List<ParseError>(), directives, names, decideFrom).Check(chain);
                if (again.Steps.Count(s => s.Status == StepStatus.Unknown) >= unknown) continue;
                var note = $"read with {definition}, given after it in the sentence ('where')";
                chains[index] = again with { Steps = [.. again.Steps.Select(s => s with { Detail = StepOutcome.Join(note, s.Detail) })] };
            }
        }
    }
}
