using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Checking;

public sealed partial class DerivationChecker
{
    /// <summary>
    /// The inequality a display's previous line states (checked valid, argued, assumed or supposed; or undecided), from its first side to
    /// its last: what the next line of the display may restate ("f(a) + 3 \ge f(b) + 1 \\ f(a) + 2 \ge f(b)").
    /// </summary>
    /// <remarks><see cref="Established"/> is false for a line above left undecided: what follows from it is said, and stays undecided.</remarks>
    private sealed record Premise(Chain Chain, int Line, bool Established)
    {
        /// <summary>The premise of <paramref name="chain"/>'s report when it is an inequality not refuted; else null.</summary>
        public static Premise? Of(Chain chain, ChainReport report)
        {
            var stated = report.Conclusion ?? (report.Steps.Count == 1 ? report.Steps[0] : null);
            if (chain.Link is not null || stated is not { Status: StepStatus.Valid or StepStatus.NotChecked or StepStatus.Unknown } || Direction(chain.Relations) is null) return null;
            return new Premise(chain, chain.Pieces[^1].Position.Line, stated.Status != StepStatus.Unknown);
        }

        /// <summary>
        /// The direction of a chain of relations as the weakest relation from its first side to its last (a = b &lt; c is a &lt; c), written
        /// as &gt; or ≥ with the sides' order (a &lt; c is c &gt; a: Reversed); null for equalities alone, or for both directions.
        /// </summary>
        public static (bool Strict, bool Reversed)? Direction(IReadOnlyList<RelationToken> relations)
        {
            var kinds = relations.Select(r => r.Relation).Where(r => r != LatexRelation.Equal).ToArray();
            if (kinds.Length == 0) return null;
            var up = kinds.All(k => k is LatexRelation.Less or LatexRelation.LessOrEqual);
            var down = kinds.All(k => k is LatexRelation.Greater or LatexRelation.GreaterOrEqual);
            if (!up && !down) return null;
            return (kinds.Any(k => k is LatexRelation.Less or LatexRelation.Greater), up);
        }
    }

    private sealed partial class ChainRun
    {
        /// <summary>The established inequality on the line above in the same display, if any (<see cref="Premise"/>).</summary>
        public Premise? Above { get; init; }

        /// <summary>
        /// A line of one inequality that does not hold for every value but restates the line above: its left minus right is a
        /// positive number times the line above's (in the direction of each), and it is not strict where the line above is not.
        /// Valid from that line; null when it is no such restatement. A student's chain of rearrangements was refuted line by line
        /// ("f(a) + 2 \ge f(b)" under "f(a) + 3 \ge f(b) + 1 % argued: ..", refuted with f any function).
        /// </summary>
        private StepOutcome? Restated(ChainPiece left, RelationToken relation, ChainPiece right)
        {
            if (Above is not { } above || current is not { Link: null, Relations.Count: 1 }) return null;
            if (Multiple(above.Chain.Pieces[0], above.Chain.Relations, above.Chain.Pieces[^1], left, relation, right, sameStrictness: false, "the line above's") is not { } multiple)
                return null;
            return above.Established
                ? multiple with { Method = "from the line above", Detail = $"follows from line {above.Line}: {multiple.Detail}" }
                : StepOutcome.Unknown($"follows from line {above.Line} ({multiple.Detail}), which is itself undecided: decide that line "
                    + "(a given, an assumption, or '% argued: WHY' on it) and this one follows");
        }

        /// <summary>
        /// Valid when the inequality <paramref name="left"/> <paramref name="relation"/> <paramref name="right"/> follows from the premise
        /// (its first side, relations, last side): its left minus right, in its direction, is a positive number times the premise's, and
        /// it is strict only where the premise is (with <paramref name="sameStrictness"/>, for an equivalence, exactly where). Else null.
        /// <paramref name="premiseNamed"/> names the premise in the detail ("the line above's").
        /// </summary>
        private StepOutcome? Multiple(ChainPiece premiseLeft, IReadOnlyList<RelationToken> premiseRelations, ChainPiece premiseRight,
            ChainPiece left, RelationToken relation, ChainPiece right, bool sameStrictness, string premiseNamed)
        {
            if (Premise.Direction([relation]) is not { } direction || Premise.Direction(premiseRelations) is not { } premise
                || (direction.Strict && !premise.Strict) || (sameStrictness && direction.Strict != premise.Strict)) return null;
            try
            {
                Expr Side(ChainPiece p) => LatexLowering.LowerScalar(p.Node, Context, p.Source);
                Expr Excess(Expr a, Expr b, bool reversed) => reversed ? Build.Sub(b, a) : Build.Sub(a, b);
                var excess = Excess(Side(left), Side(right), direction.Reversed);
                var premiseExcess = Excess(Side(premiseLeft), Side(premiseRight), premise.Reversed);
                if (premiseExcess is Number || EquivalentEquations.ConstantFactor(Checker(), excess, premiseExcess, k => k.Value.IsPositive) is not var (k, multiple))
                    return null;
                return multiple with { Detail = k.IsOne ? $"its left minus right is {premiseNamed}" : $"its left minus right is {k} times {premiseNamed}", KeepDetail = true };
            }
            catch (Exception e) when (e is ParseException or Symbolic.Safety.LimitExceededException or ArgumentException
                or InvalidOperationException or NotSupportedException or ArithmeticException or ExpansionLimitException)
            {
                return null;
            }
        }
    }
}
