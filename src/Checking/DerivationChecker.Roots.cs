using Ift6135.Sym.Checking.Reading;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

public sealed partial class DerivationChecker
{
    /// <summary>What a polynomial the prose names (<see cref="OpenPolynomial"/>) says until a later line gives its roots.</summary>
    private const string NamedPolynomialDetail = "a polynomial the prose names (the characteristic polynomial, or one whose roots are sought): "
        + "read as the equation it = 0, which the lines after may solve; no claim, so not checked";

    /// <summary>
    /// "The characteristic polynomial is $\lambda^2 - 2\lambda + 1 + \alpha^2$" (<see cref="Reading.PolynomialProse"/>): a lone formula, no
    /// claim, that opens the equation polynomial = 0 for the chains after it, as a chain ending in "= 0" does. Reported as a step not
    /// checked. The system unchanged when the formula is not one expression.
    /// </summary>
    private static OpenSystem? OpenPolynomial(MathBlock b, OpenSystem? system, LatexContext context, IReadOnlyList<string> lines, List<ParseError> errors,
        List<ChainReport> chains, NamesSeen names)
    {
        var read = new List<MathNode>();
        ChainBuilder.Read(b, () => context, lines, errors, _ => { }, expressionsRead: read);
        names.Add(read);
        if (read is not [var polynomial]) return system;
        var line = b.Lines[0];
        var text = line.Text.Trim();
        var piece = new ChainPiece(polynomial, new LatexSource(line.Text, line.Line, line.Column, lines), text, null);
        var equation = OpenEquation.SetToZero(chains.Count, piece, new RelationToken(LatexRelation.Equal, "=", polynomial.Span));
        var (l, c) = piece.Position;
        chains.Add(new ChainReport(l, c, b.Environment, [new StepReport(l, c, text, "=", "0", StepStatus.NotChecked, null, null, null, null, null, NamedPolynomialDetail)], null));
        return OpenSystem.After(system, equation);
    }

    /// <summary>What a chain's last step set to 0 says until a later line solves its equation (ChainRun.SetToZero).</summary>
    private const string SetToZeroDetail = "an equation set to 0 after steps that hold: a condition to solve, not an identity for every value, so not checked";

    /// <summary>
    /// An equation a chain ended with, refuted as an identity ("\det(A - \lambda I) = (1 - \lambda)^2 + \alpha^2 = 0") or stated
    /// as a condition by the prose: the chains right after it may solve it (\lambda = 1 \pm i\alpha); then it was an equation
    /// to solve, not a claim.
    /// </summary>
    /// <remarks><see cref="OfEnds"/>: the equation is between the chain's ends (<see cref="Concluded"/>), not its last step.</remarks>
    private sealed record OpenEquation(int ChainIndex, ChainPiece Left, RelationToken Relation, ChainPiece Right, bool OfEnds = false)
    {
        public string Text => $"{Left.Text} = {Right.Text}";

        public int Line => Left.Position.Line;

        /// <summary>
        /// The equation <paramref name="chain"/> ends with when its last step was refuted, or when the prose stated it as a condition
        /// (<paramref name="stated"/>: "with $y - z_0 = (r + \beta h r) \tilde{z}$"); null otherwise.
        /// </summary>
        public static OpenEquation? Ending(Chain chain, ChainReport report, int index, bool stated) =>
            chain is { Link: null, Relations: [.., { Relation: LatexRelation.Equal } last] } && report.Steps.Count == chain.Relations.Count
            && ((report.Steps[^1] is { Status: StepStatus.Invalid, Method: not Recurrence.UnrolledMethod }) || stated)
                ? new OpenEquation(index, chain.Pieces[^2], last, chain.Pieces[^1])
                : Concluded(chain, report, index);

        /// <summary>
        /// The equation between the ends of a chain of equations whose conclusion was refuted, and no step after its first:
        /// "$z = g(z_0) = \mu + S z_0$" states how z and z_0 are related (z = g(z_0) refuted when g is given, unknown when g is any
        /// function; g(z_0) = \mu + S z_0 holding), which "so $z_0 = S^{-1}(z - \mu)$" solves.
        /// </summary>
        private static OpenEquation? Concluded(Chain chain, ChainReport report, int index) =>
            chain is { Link: null, Relations.Count: > 1 } && chain.Relations.All(r => r.Relation == LatexRelation.Equal)
            && report.Conclusion is { Status: StepStatus.Invalid } && report.Steps.Skip(1).All(s => s.Status is not StepStatus.Invalid)
                ? new OpenEquation(index, chain.Pieces[0], chain.Relations[0], chain.Pieces[^1], OfEnds: true)
                : null;

        /// <summary>
        /// The characteristic equation of a chain that computes \det(A - \lambda I) (or \det(\lambda I - A), |A - \lambda I|) and holds at
        /// every step: its last side = 0, in the name next to the identity. A student writes the polynomial and then the eigenvalues
        /// (\lambda = 1 \pm i\alpha), which were refuted as identities in a free \lambda; they are checked as its roots instead, and
        /// \lambda stands for them in the steps after, as after a chain ending in "= 0". Null for any other chain.
        /// </summary>
        /// <param name="namedByProse">Whether the prose names the chain's value as the characteristic polynomial ("The characteristic polynomial
        /// of $A$ is $p(\lambda) = ..$", <see cref="Reading.PolynomialProse"/>): then it need not compute a determinant, and may start with a
        /// definition of its name.</param>
        public static OpenEquation? Characteristic(Chain chain, ChainReport report, int index, bool namedByProse = false)
        {
            if (chain is not { Link: null, Relations: [.., { Relation: LatexRelation.Equal } last], Pieces: [var first, .., var end] }
                || report.Steps.Count != chain.Relations.Count) return null;
            if (namedByProse)
                return chain.Relations.All(r => r.Relation == LatexRelation.Equal) && report.Steps.All(s => s.Status is StepStatus.Valid or StepStatus.Definition)
                    && end.Node is not NumberNode && NamesSeen.Names(end.Node).Any() ? SetToZero(index, end, last) : null;
            // "p(\lambda) = \det(A - \lambda I) = ..": the polynomial named first, by a definition, then computed.
            var from = EigenvalueName(first.Node) is null && chain.Pieces.Count > 2 && report.Steps[0].Status == StepStatus.Definition ? 1 : 0;
            if (report.Steps.Skip(from).Any(s => s.Status != StepStatus.Valid)
                || EigenvalueName(chain.Pieces[from].Node) is not { } name || end.Node is NumberNode || !NamesSeen.Names(end.Node).Contains(name, StringComparer.Ordinal))
                return null;
            return SetToZero(index, end, last);
        }

        /// <summary>The equation <paramref name="polynomial"/> = 0, the 0 placed where the polynomial ends.</summary>
        public static OpenEquation SetToZero(int index, ChainPiece polynomial, RelationToken relation)
        {
            var zero = new NumberNode(Symbolic.Numbers.BigRational.Zero, polynomial.Node.Span, polynomial.Node.End, polynomial.Node.End);
            return new OpenEquation(index, polynomial, relation, polynomial with { Node = zero, Text = "0", Justification = null });
        }

        /// <summary>\lambda of \det(M - \lambda I), \det(\lambda I - M) or |M - \lambda I|, the identity written I; null for any other side.</summary>
        private static string? EigenvalueName(MathNode side) => side is CallNode { Function: "det" or "abs", Arguments: [BinaryNode { Operator: BinaryOperator.Subtract } difference] }
            ? TimesIdentity(difference.Right) ?? TimesIdentity(difference.Left)
            : null;

        private static string? TimesIdentity(MathNode term) => term switch
        {
            BinaryNode { Operator: BinaryOperator.ImplicitMultiply or BinaryOperator.Multiply, Left: NameNode name, Right: NameNode { Base: "I", Marks: "" } } => name.Key,
            BinaryNode { Operator: BinaryOperator.ImplicitMultiply or BinaryOperator.Multiply, Left: NameNode { Base: "I", Marks: "" }, Right: NameNode name } => name.Key,
            _ => null,
        };

        /// <summary>The equation's chain once it was solved: the equation, and the conclusion it gives, are not checked as identities.</summary>
        public ChainReport Unclaimed(ChainReport report, int solvedLine)
        {
            var detail = $"{StepReport.SolvedEquationDetail}{solvedLine}: not claimed for every value, so not checked as an identity";
            StepReport Unclaim(StepReport s) => s.Status == StepStatus.Invalid || s.Detail is SetToZeroDetail or NamedPolynomialDetail ? s.NotClaimed(detail) : s;
            // The steps the equation stands for: the last one, or between the chain's ends its first (z = g(z_0)).
            var stated = OfEnds ? 0 : report.Steps.Count - 1;
            return report with { Steps = [.. report.Steps.Select((s, i) => i == stated ? Unclaim(s) : s)], Conclusion = report.Conclusion is { } c ? Unclaim(c) : null };
        }
    }

    /// <summary>
    /// The equations of consecutive chains (∂V/∂d = g - d = 0, then ∂V/∂g = d = 0): a system the chains after it may solve, one name
    /// at a time (d = 0) or all at once ((d, g) = (0, 0)). <see cref="Named"/> are the names its solutions gave so far; <see cref="Implied"/>
    /// those of them that stand for the roots the checker computed (<see cref="ChainRun.ImplicitRoots"/>), not for values written.
    /// </summary>
    private sealed record OpenSystem(IReadOnlyList<OpenEquation> Equations, IReadOnlySet<string> Named, IReadOnlySet<string>? Implied = null)
    {
        public bool Solving => Named.Count > 0;

        /// <summary>The most equations a solution is checked against: each is a decision with its own time budget.</summary>
        private const int MaxEquations = 6;

        /// <summary>
        /// The system after a chain: its equation added (a new system once solving began; the oldest dropped past
        /// <see cref="MaxEquations"/>), or none when the chain states none.
        /// </summary>
        /// <param name="aside">Whether the chain, stating no equation, is an argument beside the system that leaves it open (<see cref="Aside"/>).</param>
        public static OpenSystem? After(OpenSystem? system, OpenEquation? ending, bool aside = false) => ending is null ? (aside ? system : null)
            : system is { Solving: false } ? system with { Equations = [.. system.Equations.TakeLast(MaxEquations - 1), ending] }
            : new OpenSystem([ending], new HashSet<string>(StringComparer.Ordinal));

        /// <summary>
        /// Whether <paramref name="chain"/> argues beside an open equation without closing it: an inequality whose steps all hold, as the sign of
        /// a discriminant ("with discriminant $4 - 4(1 + \alpha^2) = -4\alpha^2 &lt; 0$, so the roots are complex: $\lambda = 1 \pm i\alpha$").
        /// </summary>
        public static bool Aside(Chain chain, ChainReport report) =>
            chain.Link is null && chain.Relations.Any(r => r.Relation is LatexRelation.Less or LatexRelation.LessOrEqual or LatexRelation.Greater or LatexRelation.GreaterOrEqual)
            && report.Steps.Count > 0 && report.Steps.All(s => s.Status == StepStatus.Valid);

        public IReadOnlySet<string> Unknowns => Equations.SelectMany(e => NamesSeen.Names(e.Left.Node).Concat(NamesSeen.Names(e.Right.Node)))
            .ToHashSet(StringComparer.Ordinal);
    }

    private sealed partial class ChainRun
    {
        /// <summary>The system this chain solved (with the names it gave), if it did.</summary>
        public OpenSystem? Solved { get; private set; }

        /// <summary>Whether the chain is an equation the prose states as a condition, not checked: one the next chain may solve.</summary>
        public bool StatesEquation { get; private set; }

        /// <summary>
        /// "\lambda = 1 \pm i\alpha" (or \lambda_1 = .., or (d, g) = (0, 0)) right after equations in those names: checked by putting
        /// each branch of the values for the names in each equation; once valid, the names stand for the values in the steps after
        /// (|\lambda| = \sqrt{1 + \alpha^2} is checked for both signs). Null when the chain is not of that form.
        /// </summary>
        private ChainReport? Roots(Chain chain)
        {
            // "\nabla V = (g, d)^T = 0 \iff d = g = 0": the statement an implication leads to may give the solution too.
            if (system is null || directives.DefinesAll || chain is not { Link: null or { Relation.Relation: LatexRelation.Iff or LatexRelation.Implies },
                    Relations: [var relation, ..], Pieces: [var named, var value, ..] }
                || chain.Relations.Any(r => r.Relation != LatexRelation.Equal))
                return null;
            var chained = ChainedNames(chain, system);
            if ((chained ?? Assignments(named.Node, value.Node, system)) is not { Count: > 0 } assignments) return null;
            var outcomes = system.Equations.Select(e => (Equation: e, Outcome: PutIn(e, assignments))).ToList();
            var solved = outcomes.Where(o => o.Outcome.Status == StepStatus.Valid).ToList();
            var lines = string.Join(", ", system.Equations.Select(e => e.Line).Distinct());
            // Values for every unknown at once ((d, g) = (0, 0)), or for the one equation, must satisfy every equation; one name of
            // a larger system (d = 0) may leave the equations in the others unsolved, so it must satisfy one.
            var whole = assignments.Count > 1 || outcomes.Count == 1;
            if (whole && outcomes.Any(o => o.Outcome.Status != StepStatus.Valid)) solved = [];
            var (outcome, detail) = Verdict(outcomes, solved, lines);
            // A step the solution's verdict decides: the first, and each of d = g = 0.
            StepReport Solution(ChainPiece from, RelationToken written, ChainPiece to) => new(to.Position.Line, to.Position.Column, from.Text, written.Written,
                to.Text, outcome.Status, outcome.Method, outcome.Points, outcome.Seed, outcome.Counterexample, to.Justification, detail, Printed(from), Printed(to));
            var steps = new List<StepReport>();
            if (chain.Link is { } link) steps.Add(LinkStep(link, chain));
            steps.Add(Solution(named, relation, value));
            // \lambda_{1,2} = .. = ..: the values after the first are checked against it as in any chain; d = g = 0 says each name is 0,
            // which the first step's verdict decided.
            current = chain;
            inference = null;
            for (var k = 1; k < chain.Relations.Count; k++)
                steps.Add(chained is null ? Step(chain.Pieces[k], chain.Relations[k], chain.Pieces[k + 1]) : Solution(chain.Pieces[k], chain.Relations[k], chain.Pieces[k + 1]));
            var aliasesDefined = new List<string>();
            foreach (var (name, variable, valueNode) in assignments)
            {
                // The names stand for their values from here on; wrong values are not carried into the steps after. Roots given one
                // per line (x = 1, then x = 2) leave x no single value: the second undoes the first's definition. Roots the checker computed
                // (\lambda for 1 \pm \alpha i) give way to the values written when these solve the equation: undone, \lambda was free after
                // "so $\lambda = 1 \pm i\alpha$" and |\lambda|^2 = 1 + \alpha^2 refuted.
                if (system.Named.Contains(name.Key) && !(outcome.Status == StepStatus.Valid && system.Implied?.Contains(name.Key) == true))
                {
                    Undefine(name.Key);
                    continue;
                }
                if (outcome.Status != StepStatus.Valid)
                {
                    // "the two inputs $z_1 = -c/b$ and $z_2 = -c/b - 1$": a name written here for the first time, other than the unknown, is
                    // the writer's name for that value whether or not it solves the equation (said above); the unknown gets no wrong value.
                    if (name.Key != variable && names.IsFresh(name, state)) Define(named with { Node = name }, relation, value with { Node = valueNode });
                    continue;
                }
                foreach (var (alias, aliasValue) in Aliases(name, variable, valueNode))
                {
                    // \lambda_1 = .. then \lambda_2 = ..: \lambda, named by the first, has two values; it is left free, not the last one.
                    if (alias.Key != name.Key && system.Named.Contains(alias.Key)) { Undefine(alias.Key); continue; }
                    Define(named with { Node = alias }, relation, value with { Node = aliasValue });
                    aliasesDefined.Add(alias.Key);
                }
            }
            Solved = system with
            {
                Named = new HashSet<string>(system.Named.Concat(assignments.Select(a => a.Name.Key)).Concat(aliasesDefined), StringComparer.Ordinal),
                Implied = system.Implied?.Where(k => assignments.All(a => a.Name.Key != k)).ToHashSet(StringComparer.Ordinal),
            };
            var (chainLine, chainColumn) = named.Position;
            var conclusion = steps.Count > 1 && steps.All(s => s.Status == StepStatus.Valid) ? Conclusion(chain, steps) : null;
            return new ChainReport(chainLine, chainColumn, chain.Environment, steps, conclusion);
        }

        /// <summary>
        /// "d = g = 0" after (g, d) = 0 (6.2): unknowns written equal to one another and to the value that ends the chain each take that
        /// value. Read as d := g, it did not solve the equation and was refuted. Null when the chain is not of that form.
        /// </summary>
        private List<(NameNode Name, string Variable, MathNode Value)>? ChainedNames(Chain chain, OpenSystem system)
        {
            if (chain.Pieces.Count < 3 || chain.Pieces.SkipLast(1).Any(p => p.Node is not NameNode)) return null;
            var value = chain.Pieces[^1].Node;
            var written = chain.Pieces.SkipLast(1).Select(p => ((NameNode)p.Node).Key).ToHashSet(StringComparer.Ordinal);
            if (NamesSeen.Names(value).Any(written.Contains)) return null;
            var result = new List<(NameNode, string, MathNode)>();
            foreach (var piece in chain.Pieces.SkipLast(1))
            {
                if (Assignments(piece.Node, value, system) is not [var assignment]) return null;
                result.Add(assignment);
            }
            return result;
        }

        /// <summary>
        /// The names a solution defines: the name written; for \lambda_{1,2} = a \pm b also \lambda_1 = a + b and \lambda_2 = a - b; and
        /// the unknown itself (\lambda, for both) when the name written is a subscripted form of it.
        /// </summary>
        private static IEnumerable<(NameNode Name, MathNode Value)> Aliases(NameNode name, string variable, MathNode value)
        {
            yield return (name, value);
            if (name.Key == variable) yield break;
            if (name is { Subscript: { Items: [NumberNode { Value.IsInteger: true } one, NumberNode { Value.IsInteger: true } two] } sub }
                && one.Value.Numerator == 1 && two.Value.Numerator == 2 && PlusMinusBranches.Has(value))
            {
                yield return (name with { Subscript = sub with { Raw = "1", Items = [one] } }, PlusMinusBranches.Take(value, true));
                yield return (name with { Subscript = sub with { Raw = "2", Items = [two] } }, PlusMinusBranches.Take(value, false));
            }
            // \lambda_\pm = 1 \pm i\alpha names \lambda_+ = 1 + i\alpha and \lambda_- = 1 - i\alpha (\lambda_\mp the other way round).
            if (name is { Subscript: { Raw: "pm" or "mp", Items: null } signs } && PlusMinusBranches.Has(value))
            {
                yield return (name with { Subscript = signs with { Raw = "+" } }, PlusMinusBranches.Take(value, signs.Raw == "pm"));
                yield return (name with { Subscript = signs with { Raw = "-" } }, PlusMinusBranches.Take(value, signs.Raw != "pm"));
            }
            yield return (name with { Subscript = null }, value);
        }

        /// <summary>The solution's verdict: valid when it solves the equations it must, refuted by one it does not solve, else undecided.</summary>
        private static (StepOutcome, string) Verdict(List<(OpenEquation Equation, StepOutcome Outcome)> outcomes, List<(OpenEquation Equation, StepOutcome Outcome)> solved, string lines)
        {
            if (solved.Count > 0)
            {
                var at = string.Join(", ", solved.Select(o => o.Equation.Line).Distinct());
                var others = solved.Count < outcomes.Count ? " (the others have names still unknown)" : "";
                return (solved[0].Outcome, StepOutcome.Join($"solves the equation{(solved.Count > 1 ? "s" : "")} of line {at}{others}: its sides agree with this put in", solved[0].Outcome.Detail));
            }
            if (outcomes.FirstOrDefault(o => o.Outcome.Status == StepStatus.Invalid) is { Outcome: { } refuted } wrong)
                return (refuted, StepOutcome.Join($"does not solve the equation of line {wrong.Equation.Line}, {wrong.Equation.Text}", refuted.Detail));
            var undecided = outcomes.First(o => o.Outcome.Status != StepStatus.Valid).Outcome;
            return (undecided, StepOutcome.Join($"whether this solves the equation{(outcomes.Count > 1 ? "s" : "")} of line {lines} is not decided", undecided.Detail));
        }

        /// <summary>
        /// The names given values (x = R, or the tuple (x, y) = (a, b)), each with the unknown of the system it stands for (\lambda
        /// for \lambda_1); null when a name is no unknown of the system, has a value already, or is used in its own value.
        /// </summary>
        private List<(NameNode Name, string Variable, MathNode Value)>? Assignments(MathNode left, MathNode right, OpenSystem system)
        {
            var pairs = (left, right) switch
            {
                (NameNode n, _) => [(n, right)],
                (MatrixNode { Rows: var names }, MatrixNode { Rows: var values }) when names.Count == values.Count && names.All(r => r is [NameNode]) && values.All(r => r.Count == 1)
                    => names.Zip(values, (n, v) => ((NameNode)n[0], v[0])).ToList(),
                _ => new List<(NameNode, MathNode)>(),
            };
            var unknowns = system.Unknowns;
            var result = new List<(NameNode, string, MathNode)>();
            foreach (var (name, value) in pairs)
            {
                var variable = unknowns.Contains(name.Key) ? name.Key
                    : name is { Subscript: not null, Marks: "" } && unknowns.Contains(name.Base) ? name.Base : null;
                // An unknown of the equations: a defined name (r := \sqrt{x^2}, then r = x refuted and written again) has a value already.
                if (variable is null || (state.Context.DefinitionOf(variable) is not null && !system.Named.Contains(variable))
                    || NamesSeen.Names(value).Contains(variable)) return null;
                result.Add((name, variable, value));
            }
            return result;
        }

        /// <summary>The equation with the values put for their names, checked as an identity (both branches of a ±).</summary>
        private StepOutcome PutIn(OpenEquation equation, List<(NameNode Name, string Variable, MathNode Value)> assignments)
        {
            MathNode Put(MathNode side) => MathNodes.Rewrite(side, n => n is NameNode x && assignments.FirstOrDefault(a => a.Variable == x.Key) is { Value: { } v } ? v : null);
            var left = equation.Left with { Node = Put(equation.Left.Node) };
            var right = equation.Right with { Node = Put(equation.Right.Node) };
            current = new Chain("", [left, right], [equation.Relation]);
            inference = null;
            return Outcome(left, LatexRelation.Equal, right);
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
