using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

public sealed partial class DerivationChecker
{
    /// <summary>
    /// The equation a chain ended with, refuted as an identity: "\det(A - \lambda I) = (1 - \lambda)^2 + \alpha^2 = 0". The
    /// chains right after it may give its roots (\lambda = 1 \pm i\alpha); then it was an equation to solve, not a claim.
    /// </summary>
    private sealed record OpenEquation(int ChainIndex, ChainPiece Left, RelationToken Relation, ChainPiece Right)
    {
        /// <summary>The names its root chains defined so far (\lambda after \lambda = 1 \pm i\alpha).</summary>
        public IReadOnlySet<string> Named { get; init; } = new HashSet<string>(StringComparer.Ordinal);

        public string Text => $"{Left.Text} = {Right.Text}";

        /// <summary>
        /// The equation <paramref name="chain"/> ends with when its last step was refuted, or when the prose stated it as a condition
        /// (<paramref name="stated"/>: "with $y - z_0 = (r + \beta h r) \tilde{z}$"); null otherwise.
        /// </summary>
        public static OpenEquation? Ending(Chain chain, ChainReport report, int index, bool stated) =>
            chain is { Link: null, Relations: [.., { Relation: LatexRelation.Equal } last] } && report.Steps.Count == chain.Relations.Count
            && (report.Steps[^1].Status == StepStatus.Invalid || stated)
                ? new OpenEquation(index, chain.Pieces[^2], last, chain.Pieces[^1])
                : null;

        /// <summary>The equation's chain once its roots were given: the equation, and the conclusion it gives, are not checked as identities.</summary>
        public ChainReport Unclaimed(ChainReport report, string variable, int rootsLine)
        {
            var detail = $"an equation in {variable}, solved on line {rootsLine}: not claimed for every {variable}, so not checked as an identity";
            StepReport Unclaim(StepReport s) => s.Status == StepStatus.Invalid
                ? s with { Status = StepStatus.NotChecked, Method = null, Points = null, Seed = null, Counterexample = null, Detail = detail }
                : s;
            return report with { Steps = [.. report.Steps.Take(report.Steps.Count - 1), Unclaim(report.Steps[^1])], Conclusion = report.Conclusion is { } c ? Unclaim(c) : null };
        }
    }

    /// <summary>An equation whose roots a chain gave, and the name they are the values of.</summary>
    private sealed record SolvedEquation(OpenEquation Equation, string Variable);

    /// <summary>How the equation writes the name <paramref name="key"/> (\lambda), for the report.</summary>
    private static string? WrittenName(OpenEquation equation, string key) =>
        new[] { equation.Left, equation.Right }
            .SelectMany(p => MathNodes.SelfAndDescendants(p.Node).OfType<NameNode>().Where(n => n.Key == key).Select(n => p.Source.Text[n.Start..n.End]))
            .FirstOrDefault();

    private sealed partial class ChainRun
    {
        /// <summary>The equation this chain gave roots of, if it did.</summary>
        public SolvedEquation? Solved { get; private set; }

        /// <summary>Whether the chain is an equation the prose states as a condition, not checked: one the next chain may solve.</summary>
        public bool StatesEquation { get; private set; }

        /// <summary>
        /// "\lambda = 1 \pm i\alpha" (or \lambda_1 = ..) right after an equation in \lambda: checked as its roots, each branch put
        /// for \lambda in the equation; once they are, \lambda names them in the steps after (|\lambda| = \sqrt{1 + \alpha^2}
        /// is checked for both). Null when the chain is not of that form.
        /// </summary>
        private ChainReport? Roots(Chain chain)
        {
            if (equation is null || directives.DefinesAll
                || chain is not { Link: null, Relations: [{ Relation: LatexRelation.Equal } relation], Pieces: [{ Node: NameNode root } named, var value] })
                return null;
            var unknowns = NamesSeen.Names(equation.Left.Node).Concat(NamesSeen.Names(equation.Right.Node)).ToHashSet(StringComparer.Ordinal);
            var variable = unknowns.Contains(root.Key) ? root.Key
                : root is { Subscript: not null, Marks: "" } && unknowns.Contains(root.Base) ? root.Base : null;
            // An unknown of the equation: a defined name (r := \sqrt{x^2}, then r = x refuted and written again) has a value already.
            if (variable is null || (state.Context.DefinitionOf(variable) is not null && !equation.Named.Contains(variable))
                || NamesSeen.Names(value.Node).Contains(variable)) return null;
            MathNode Put(MathNode side) => MathNodes.Rewrite(side, n => n is NameNode x && x.Key == variable ? value.Node : null);
            var left = equation.Left with { Node = Put(equation.Left.Node) };
            var right = equation.Right with { Node = Put(equation.Right.Node) };
            current = new Chain(chain.Environment, [left, right], [equation.Relation]);
            inference = null;
            var outcome = Outcome(left, LatexRelation.Equal, right);
            var line = equation.Left.Position.Line;
            var written = WrittenName(equation, variable) ?? named.Text;
            var detail = outcome.Status switch
            {
                StepStatus.Valid => StepOutcome.Join($"solves the equation of line {line}, {equation.Text}, for {written}: its sides agree with this put in", outcome.Detail),
                StepStatus.Invalid => StepOutcome.Join($"does not solve the equation of line {line}, {equation.Text}, for {written}", outcome.Detail),
                _ => StepOutcome.Join($"whether this solves the equation of line {line}, {equation.Text}, is not decided", outcome.Detail),
            };
            var (stepLine, stepColumn) = value.Position;
            var step = new StepReport(stepLine, stepColumn, named.Text, relation.Written, value.Text, outcome.Status, outcome.Method, outcome.Points,
                outcome.Seed, outcome.Counterexample, value.Justification, detail, Printed(named), Printed(value));
            // The name stands for its roots from here on; wrong roots are not carried into the steps after. Roots given one
            // per line (x = 1, then x = 2) leave x no single value: the second undoes the first's definition.
            var again = equation.Named.Contains(root.Key);
            if (again) Undefine(root.Key);
            else if (outcome.Status == StepStatus.Valid) Define(named, relation, value);
            Solved = new SolvedEquation(equation with { Named = new HashSet<string>(equation.Named.Append(root.Key), StringComparer.Ordinal) }, written);
            var (chainLine, chainColumn) = named.Position;
            return new ChainReport(chainLine, chainColumn, chain.Environment, [step], null);
        }

        private void Undefine(string key)
        {
            Defined.Add(c => c.WithoutDefinition(key));
            state = state with { Context = state.Context.WithoutDefinition(key) };
            checker = null;
            inference = null;
        }
    }
}
