using Ift6135.Sym.Checking.Declarations;
using Ift6135.Sym.Checking.Deciding;
using Ift6135.Sym.Checking.Reading;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using SymAssumptions = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Checking;

/// <summary>
/// Checks every derivation of a LaTeX document: declarations are applied in document order, each
/// display is read into chains, each step is compared with the expression before it, and each
/// chain's conclusion (first expression, weakest relation, last expression) is checked directly.
/// An unreadable formula is reported where it is and the rest of the document is still checked.
/// </summary>
public sealed partial class DerivationChecker(IStepDecider decider)
{
    private IStepDecider Decider => decider;

    /// <param name="extraAssumptions">Assumptions in force before the document's own (the text of a "% assume:" line), e.g. from the command line.</param>
    /// <param name="decideFrom">
    /// The first line whose steps are decided; the steps above it are read for their declarations and definitions only
    /// and reported "not checked" (the grader gives an answer the definitions of the earlier answers of its question
    /// without deciding their steps again).
    /// </param>
    public CheckReport Check(string text, string fileName, string? extraAssumptions = null, int decideFrom = 0) =>
        CheckReading(text, fileName, extraAssumptions, decideFrom).Report;

    /// <summary>
    /// <see cref="Check"/>, and what the document's last answer environment reads its formulas with at its end (its declarations
    /// and definitions, s(z) := ..), or the document's at its end when it has no answer: the grader reads that answer's fields so.
    /// </summary>
    public (CheckReport Report, LatexContext LastContext) CheckReading(string text, string fileName, string? extraAssumptions = null, int decideFrom = 0)
    {
        var lines = new LineIndex(text);
        LatexContext? lastAnswerContext = null;
        var errors = new List<ParseError>();
        var chains = new List<ChainReport>();
        var state = DeclarationState.Empty;
        if (!string.IsNullOrWhiteSpace(extraAssumptions))
        {
            // Located at line 0: they come from outside the document.
            try { state = DeclarationReader.Apply(state, new Declaration(DeclarationKind.Assume, extraAssumptions, 0, 0, 1), [extraAssumptions]); }
            catch (ParseException e) { errors.Add(e.Error with { Message = "in the assumptions given on the command line: " + e.Error.Message }); }
        }
        var items = DocumentReader.Read(text);
        var argued = items.OfType<Declaration>().Where(d => d.Kind == DeclarationKind.Argued)
            .GroupBy(d => d.Line).ToDictionary(g => g.Key, g => string.Join("; ", g.Select(d => d.Text)));
        DeclarationState? caseState = null;
        var defineNext = false;
        var names = new NamesSeen();
        // The equations the last chains ended with, refuted as identities or stated as conditions: the next chain may solve them.
        OpenSystem? system = null;
        var sentence = new SentenceChains();
        // The state at each open answer environment's \begin, the definitions in force in it (its own and those of the
        // answers before it of its question), and its question.
        var answerScopes = new Stack<(DeclarationState Outer, List<Func<LatexContext, LatexContext>> Defined, string? Question)>();
        // The definitions of the last answer closed, and its question: the next answer of that question reads them.
        (List<Func<LatexContext, LatexContext>> Definitions, string? Question) lastAnswer = ([], null);
        var suppositions = new Suppositions();
        foreach (var item in items)
        {
            switch (item)
            {
                case ReadingError r:
                    errors.Add(new ParseError(r.Message, new SourceSpan(r.Line, r.Column), lines.Lines[r.Line - 1]));
                    break;
                case AnswerBoundary { Opens: true } opening:
                    suppositions.Clear();
                    var inherited = opening.Question == lastAnswer.Question ? lastAnswer.Definitions : [];
                    answerScopes.Push((state, [.. inherited], opening.Question));
                    state = state with { Context = inherited.Aggregate(state.Context, (c, define) => define(c)) };
                    names.EnterAnswer();
                    break;
                case AnswerBoundary when answerScopes.TryPop(out var scope):
                    suppositions.Clear();
                    names.LeaveAnswer();
                    lastAnswerContext = state.Context;
                    // Declarations made inside the answer end with it; its definitions go on to the next answer of its question.
                    state = scope.Outer;
                    lastAnswer = (scope.Defined, scope.Question);
                    break;
                case AnswerBoundary:
                    break;
                case Declaration { Kind: DeclarationKind.Argued }:
                    break;
                case Declaration { Kind: DeclarationKind.Define }:
                    defineNext = true;
                    break;
                case Declaration { Kind: DeclarationKind.Case } d:
                    // Assumptions of the next environment only: applied to a copy of the state.
                    try { caseState = DeclarationReader.Apply(caseState ?? state, d with { Kind = DeclarationKind.Assume }, lines.Lines); }
                    catch (ParseException e) { errors.Add(e.Error); }
                    break;
                case Declaration d:
                    try
                    {
                        var before = state.Context;
                        state = DeclarationReader.Apply(state, d, lines.Lines);
                        // A given that defines (g(z) := z + f(z)) defines in this answer: "$f(t) = -t \log t$" after the template's
                        // f(x) := -x \log x is then checked, not read as the answer's own new definition of f.
                        if (d.Kind == DeclarationKind.Given) foreach (var key in NewlyDefined(before, state.Context)) names.MarkDefined(key);
                    }
                    catch (ParseException e) { errors.Add(e.Error); }
                    break;
                case MathBlock b when b.Lines is [var lone] && !MayHoldRelation(lone.Text) && PolynomialProse.Names(b.Lead):
                    sentence.Enter(b);
                    system = OpenPolynomial(b, system, (caseState ?? state).Context, lines.Lines, errors, chains, names);
                    break;
                case MathBlock b when !b.IsInline || b.Lines.Any(l => MayHoldRelation(l.Text)):
                    sentence.Enter(b);
                    // p(x) next to p(x, z): p is a function from here on, as if declared (the block's own declarations end with it).
                    foreach (var called in CalledNames.In(b, (caseState ?? state).Context, lines.Lines))
                    {
                        state = state with { Context = state.Context.WithFunction(called) };
                        if (caseState is not null) caseState = caseState with { Context = caseState.Context.WithFunction(called) };
                    }
                    suppositions.Enter(b, lines.Lines);
                    var plainState = caseState ?? state;
                    var blockState = suppositions.Any ? suppositions.Apply(plainState, lines.Lines) : plainState;
                    // After a premise ("If $x > 1$, then $x^3 > 1$") the formula is the claim the premise conditions, not a second condition.
                    var directives = new BlockDirectives(defineNext, argued, b.IsInline, b.IsInline && b.Premise.Length == 0 ? ProseCondition.IntroducedBy(b.Lead) : null,
                        NamedByProse: ProseCondition.Defines(b.Lead));
                    var conditionWord = directives.ConditionWord;
                    var read = new List<MathNode>();
                    // Whether every chain of the block states an inequality (one direction, no equation): "Let $z_1 < z_2$." supposes it.
                    var statesInequality = true;
                    Premise? above = null;
                    // "The characteristic polynomial of $A$ is $p(\lambda) = ..$": the first chain's value is a polynomial whose roots the lines after may give.
                    var namesPolynomial = PolynomialProse.Names(b.Lead);
                    ChainBuilder.Read(b, () => blockState.Context, lines.Lines, errors, chain =>
                    {
                        if (directives.ConditionWord is { } introduced && !ProseCondition.Substitutes(introduced) && Inherited(chain, blockState, names) is { Count: > 0 } inherited)
                        {
                            // A name an earlier answer defined, introduced here by a condition, is this answer's variable: 5.3's
                            // "Suppose $g(z_1) = g(z_2)$" read z_1 as the -c/b - 1 that 5.1 took.
                            LatexContext Free(LatexContext c) => inherited.Aggregate(c, (context, key) => context.WithoutDefinition(key));
                            (blockState, plainState, state) = (blockState with { Context = Free(blockState.Context) },
                                plainState with { Context = Free(plainState.Context) }, state with { Context = Free(state.Context) });
                        }
                        var (stateBefore, directivesBefore) = (blockState, directives);
                        var run = new ChainRun(this, blockState, errors, directives, names, decideFrom, system, suppositions.Any ? plainState : null)
                        {
                            Above = b.IsInline ? null : above,
                        };
                        var report = run.Check(chain);
                        above = Premise.Of(chain, report);
                        // "Define" names what its sentence leads to: the block's first equation, not the lines after it.
                        directives = directives with { NamedByProse = false };
                        foreach (var solved in run.Solved?.Equations ?? [])
                            chains[solved.ChainIndex] = solved.Unclaimed(chains[solved.ChainIndex], report.Line);
                        system = run.Solved ?? OpenSystem.After(system, OpenEquation.Ending(chain, report, chains.Count, run.StatesEquation)
                            ?? OpenEquation.Characteristic(chain, report, chains.Count, namesPolynomial), OpenSystem.Aside(chain, report));
                        namesPolynomial = false;
                        chains.Add(report);
                        names.Add(chain);
                        statesInequality &= chain.Link is null && Premise.Direction(chain.Relations) is not null && chain.Relations.All(r => r.Relation != LatexRelation.Equal);
                        if (b.IsInline)
                        {
                            if (directivesBefore.ConditionWord == "where" && run.Defined.Count > 0)
                                sentence.ReadAgain(this, run.Defined, chains, names, decideFrom, Chain.StatementText(chain.Pieces, chain.Relations));
                            sentence.Add(chains.Count - 1, chain, stateBefore, directivesBefore);
                        }
                        // Definitions outlive the block (a case's assumptions do not).
                        blockState = run.State;
                        plainState = plainState with { Context = run.Defined.Aggregate(plainState.Context, (c, define) => define(c)),
                            Substitutions = [.. plainState.Substitutions, .. run.Substitutions] };
                        state = state with { Context = run.Defined.Aggregate(state.Context, (c, define) => define(c)),
                            Substitutions = [.. state.Substitutions, .. run.Substitutions] };
                        if (answerScopes.TryPeek(out var answer)) answer.Defined.AddRange(run.DefinedBeyondAnswer);
                    }, splitSideNotes: defineNext, read);
                    (caseState, defineNext) = (null, false);
                    names.Add(read);
                    suppositions.After(b, conditionWord, read, statesInequality);
                    break;
                case MathBlock b:
                    sentence.Enter(b);
                    names.Add(b, state.Context, lines.Lines);
                    break;
            }
        }
        var located = errors
            .Select(e => new InputErrorReport(e.Span.Line, e.Span.Column, e.Message, e.SourceLine))
            .DistinctBy(e => (e.Line, e.Column, e.Message))
            .OrderBy(e => e.Line).ThenBy(e => e.Column)
            .ToList();
        return (new CheckReport(fileName, chains, located, CheckReport.Summarize(chains, located.Count)), lastAnswerContext ?? state.Context);
    }

    /// <summary>The names <paramref name="after"/> defines (as a value or a function) that <paramref name="before"/> did not, or defined otherwise.</summary>
    private static IEnumerable<string> NewlyDefined(LatexContext before, LatexContext after) =>
        after.ValueDefinitions.Where(d => before.DefinitionOf(d.Key) != d.Value).Select(d => d.Key)
            .Concat(after.Functions.Where(f => after.FunctionDefinitionOf(f) is { } defined && before.FunctionDefinitionOf(f) != defined));

    /// <summary>The names of <paramref name="chain"/> read only through an earlier answer's definition (<see cref="NamesSeen.OnlyInherited"/>).</summary>
    private static List<string> Inherited(Chain chain, DeclarationState state, NamesSeen names) =>
        chain.Pieces.SelectMany(p => MathNodes.SelfAndDescendants(p.Node)).OfType<NameNode>().Select(n => n.Key).Distinct()
            .Where(key => names.OnlyInherited(key, state)).ToList();

    /// <summary>
    /// Inline math in prose ($x$, $\mathcal{N}(0, I)$) is read only when it may state a relation: =, &lt;, &gt;
    /// or a relation command. Commands are read as whole words, as TeX reads them, so \left is not \le and
    /// \neg is not \ne. Membership and mapping (\in, \to, \sim) in prose are no derivation.
    /// </summary>
    public static bool MayHoldRelation(string text)
    {
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c is '=' or '<' or '>') return true;
            if (c != '\\') continue;
            var end = k + 1;
            while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
            if (end > k + 1 && IsRelationCommand(text[(k + 1)..end])) return true;
            // A control symbol (\{, \\) is skipped whole, so \\le is not a command.
            k = end > k + 1 ? end - 1 : k + 1;
        }
        return false;
    }

    private static bool IsRelationCommand(string name) =>
        CommandTable.Find(name) is { Category: CommandCategory.Relation, Payload: not ("in" or "~~") } || name == "approx";

    /// <summary>What comment directives say about a block: "% define:" before it, and the "% argued:" notes by document line.</summary>
    /// <summary>
    /// What comment directives say about a block: "% define:" before it, and the "% argued:" notes by document line;
    /// and what its place says: inline in prose, introduced by a word of <see cref="ProseCondition"/>.
    /// </summary>
    /// <remarks><see cref="NamedByProse"/>: the prose before the block names what it writes ("Define $f(r) = ..$"), so its first equation is a definition.</remarks>
    private sealed record BlockDirectives(bool DefinesAll, IReadOnlyDictionary<int, string> Argued, bool Inline = false, string? ConditionWord = null,
        bool NamedByProse = false);

    /// <summary>The checking of one chain with the declarations in force where it is written.</summary>
    /// <param name="unsupposed">The state without the prose's suppositions (<see cref="Suppositions"/>), when some are in force.</param>
    private sealed partial class ChainRun(DerivationChecker owner, DeclarationState state, List<ParseError> errors, BlockDirectives directives, NamesSeen names, int decideFrom,
        OpenSystem? system = null, DeclarationState? unsupposed = null)
    {
        // The sides lowered under the declarations in force; a step read under its note's condition has its own (its symbols carry the condition's facts).
        private Dictionary<MathNode, LatexValue?> lowered = new(ReferenceEqualityComparer.Instance);

        // The sides printed from their lowering: a middle piece of a chain is the right side of one step and the left of the next.
        private readonly Dictionary<MathNode, Lazy<string?>> printedSides = new(ReferenceEqualityComparer.Instance);
        private StepChecker? checker;
        private bool argued;
        private string? existential;
        private Chain? current;
        private MatrixInference? inference;

        /// <summary>
        /// The chain's undeclared matrices (I next to a matrix, A under \det), inferred from all its sides with
        /// the declarations in force; again after a definition in the chain changes them.
        /// </summary>
        private MatrixInference Inference => inference ??= current is null
            ? MatrixInference.None(state.Context)
            : MatrixInference.Infer(current.Pieces.Select(p => (p.Node, p.Source)).ToArray(),
                state.Context.WithDensityForms(DensityForms.In(current.Pieces.Select(p => p.Node), state.Context)));

        /// <summary>What formulas of the chain are read with: the declarations, and the matrices inferred.</summary>
        private LatexContext Context => Inference.Context;

        /// <summary>The state after the chain: with its definitions.</summary>
        public DeclarationState State => state;

        /// <summary>The substitutions the prose stated in this chain ("with $z_{0,k} = ..$"), for the steps after it.</summary>
        public List<DeclaredRelation> Substitutions { get; } = [];

        /// <summary>The chain's definitions, to apply to the document's state.</summary>
        public List<Func<LatexContext, LatexContext>> Defined { get; } = [];

        /// <summary>
        /// The chain's definitions of names (A := ..), which a later answer may read (A of q6.1 in q6.3); a function
        /// defined by a pattern (g(z_0) = \mu + S z_0) is the answer's own: g, f, s are other maps in other questions.
        /// </summary>
        public List<Func<LatexContext, LatexContext>> DefinedBeyondAnswer { get; } = [];

        public ChainReport Check(Chain chain)
        {
            if (Roots(chain) is { } roots) return roots;
            var rootsNote = ImplicitRoots(chain);
            current = chain;
            var steps = new List<StepReport>();
            if (chain.Link is { } link) steps.Add(LinkStep(link, chain));
            var definesFresh = DefinesFreshName(chain);
            for (var k = 0; k < chain.Relations.Count; k++)
            {
                var definedByFirstUse = k == 0 && (definesFresh || NamedByProse(chain)) && !IsDefinition(chain.Relations[k].Relation);
                var implicitDetail = !definedByFirstUse ? null : definesFresh ? FirstUseDetail(chain.Pieces[0]) : NamedDetail(chain.Pieces[0]);
                if (chain.IsStatementEquation || chain.IsStatementCondition) { steps.Add(Statement(chain, k)); continue; }
                var defines = IsDefinition(chain.Relations[k].Relation) || definedByFirstUse;
                if (!defines && (IsLoneEquation(chain) || IsLoneInequality(chain) || IsEqualities(chain)) && directives.ConditionWord is { } word)
                {
                    var substituted = Substitutions.Count;
                    steps.Add(Condition(chain, k, $"the prose introduces with '{word}'", ProseCondition.Substitutes(word) && !IsEqualities(chain),
                        Suppositions.Supposes(word, IsLoneInequality(chain))));
                    // "with $y - z_0 = (r + \beta h r)\tilde{z}$": the next display may solve it for \tilde{z}. One that gave a name its value
                    // ("with $y = z + \beta h (z - z_0)$") is no equation left to solve: the formula after it is not its solution.
                    StatesEquation = steps[^1].Status == StepStatus.NotChecked && Substitutions.Count == substituted;
                    continue;
                }
                // "a = b,\qquad c = d": the second equation may be a condition of the first; if it is not an identity it is not refuted.
                if (!defines && chain is { AfterComma: true, Link: null, Relations: [{ Relation: LatexRelation.Equal }] }) { steps.Add(Condition(chain, k, "written after a comma and a space on the line of another", substitutes: false)); continue; }
                var step = defines
                    ? Define(chain.Pieces[k], chain.Relations[k], chain.Pieces[k + 1], implicitDetail)
                    : Step(chain.Pieces[k], chain.Relations[k], chain.Pieces[k + 1]);
                steps.Add(step.Status == StepStatus.Invalid && IsLoneEquation(chain)
                    ? step with { Detail = step.Detail is null ? GivenHint : $"{step.Detail}; {GivenHint}" }
                    : step);
            }
            var first = chain.Pieces[0];
            var (line, column) = first.Position;
            var conclusion = Conclusion(chain, steps);
            if (SetToZero(chain, steps))
            {
                steps[^1] = steps[^1].NotClaimed(SetToZeroDetail);
                if (conclusion is { Status: StepStatus.Invalid }) conclusion = conclusion.NotClaimed(SetToZeroDetail);
                StatesEquation = true;
            }
            if (rootsNote is not null)
            {
                steps = [.. steps.Select(s => s with { Detail = StepOutcome.Join(rootsNote, s.Detail) })];
                if (conclusion is not null) conclusion = conclusion with { Detail = StepOutcome.Join(rootsNote, conclusion.Detail) };
            }
            return new ChainReport(line, column, chain.Environment, steps, conclusion);
        }

        /// <summary>
        /// "\frac{\partial V}{\partial d} = g = 0": a chain of equations from a derivative whose steps hold up to its last, which sets what
        /// they computed to 0 and is no identity. That is the equation to solve (as the next lines may), not a claim that g is 0 for every g.
        /// Only from a derivative, the idiom of a stationary point: "g(z_2) = a \max(0, -b) = 0" claims its 0, and is refuted where b &lt; 0.
        /// </summary>
        private static bool SetToZero(Chain chain, List<StepReport> steps) =>
            chain is { Link: null, Relations.Count: > 1, Pieces: [{ Node: var first }, .., { Node: NumberNode { Value.IsZero: true } }] }
            && (IsDerivative(first) || first is MatrixNode { Rows: var rows } && rows.All(r => r is [var entry] && IsDerivative(entry)))
            && steps.Count == chain.Relations.Count
            && chain.Relations.All(r => r.Relation == LatexRelation.Equal) && steps[^1].Status == StepStatus.Invalid
            && steps.SkipLast(1).All(s => s.Status is StepStatus.Valid or StepStatus.Definition);

        /// <summary>A derivative written as such (d/dx, f'(x), \partial f / \partial x (a, b)); a gradient \nabla V is the column of them.</summary>
        private static bool IsDerivative(MathNode node) => node is DerivativeNode or ApplyNode { Primes: > 0 } or ApplyNode { Partials: not null };

        /// <summary>
        /// An equation or inequality of a logical chain (E1 ⇔ E2): a statement being transformed, not claimed for every value.
        /// It is still reported valid when it happens to hold everywhere; otherwise not checked, never invalid.
        /// </summary>
        private StepReport Statement(Chain chain, int k)
        {
            var step = Step(chain.Pieces[k], chain.Relations[k], chain.Pieces[k + 1]);
            var what = chain.Relations[k].Relation == LatexRelation.Equal ? "an equation" : "an inequality";
            return step.Status is StepStatus.Invalid or StepStatus.Unknown
                ? step.NotClaimed($"{what} joined to another by ⇔ or ⇒: a statement, not checked for every value")
                : step;
        }

        /// <summary>A single equation written inline in prose ($z_0 = S^{-1}(z - \mu)$): it may state a condition rather than an identity.</summary>
        private bool IsLoneEquation(Chain chain) =>
            directives.Inline && chain.Link is null && chain.Relations is [{ Relation: LatexRelation.Equal }];

        /// <summary>"unless $d_0 = g_0 = 0$": equalities chained inline, a condition as a whole after a condition word (never a substitution).</summary>
        private bool IsEqualities(Chain chain) =>
            directives.Inline && chain.Link is null && chain.Relations.Count > 1 && chain.Relations.All(r => r.Relation == LatexRelation.Equal);

        /// <summary>
        /// "two inputs with $bz + c \le 0$": an inequality written inline in prose, which a condition word makes a condition too; so is a
        /// range, "since $0 < \sigma < 1$".
        /// </summary>
        private bool IsLoneInequality(Chain chain) =>
            directives.Inline && chain.Link is null && chain.Relations.Count > 0
            && chain.Relations.All(r => r.Relation is LatexRelation.Less or LatexRelation.LessOrEqual or LatexRelation.Greater or LatexRelation.GreaterOrEqual);

        /// <summary>The detail of a step above the first decided line (<see cref="DerivationChecker.Check"/>'s decideFrom).</summary>
        private const string ContextOnlyDetail = "not decided here: read for the definitions it gives the lines below";

        private const string GivenHint =
            "if this equation states a condition or a substitution rather than an identity, declare it with % given: (or define a new name with :=)";

        /// <summary>
        /// An equation the prose introduces as a condition ("with $K = 2$"): still reported valid when it is an identity;
        /// otherwise not checked, never refuted, with how to have it used.
        /// </summary>
        private StepReport Condition(Chain chain, int k, string introduced, bool substitutes, bool supposed = false)
        {
            var (left, right) = (chain.Pieces[k], chain.Pieces[k + 1]);
            var step = Step(left, chain.Relations[k], right);
            if (step.Status is not (StepStatus.Invalid or StepStatus.Unknown)) return step;
            var equation = chain.Relations[k].Relation == LatexRelation.Equal;
            substitutes = substitutes && equation && left.Node is NameNode name && !NamesSeen.Names(right.Node).Contains(name.Key);
            if (substitutes)
            {
                var substitution = new DeclaredRelation(left.Node, LatexRelation.Equal, right.Node, right.Source, Chain.StatementText(chain.Pieces, chain.Relations));
                Substitutions.Add(substitution);
                state = state with { Substitutions = [.. state.Substitutions, substitution] };
                checker = null;
                // "$x_{k+1} = A x_k$ where $A = \begin{pmatrix} .. \end{pmatrix}$" gives A, declared and defined nowhere, its value for the answers of the
                // question after this one too (6.3 reads 6.1's A).
                if (left.Node is NameNode named && !state.Context.IsDeclaredValue(named.Key) && !state.Context.IsFunction(named.Key) && state.Context.DefinitionOf(named.Key) is null)
                    DefinedBeyondAnswer.Add(c => DefinitionReader.Define(left, right, c).Context ?? c);
            }
            if (supposed) return step.NotClaimed($"{(equation ? "an equation" : "an inequality")} {introduced}: supposed, not claimed, so not checked; "
                + "the steps after it in its paragraph assume it (until a blank line, or a new case about the same names)");
            return step.NotClaimed(!equation
                ? $"an inequality {introduced}: a condition, not a claim for every value, so not checked; to have later steps assume it, declare it with % assume: {left.Text} {chain.Relations[k].Written} {right.Text}"
                : $"an equation {introduced}: a condition or a substitution, not an identity for every value, so not checked; "
                    + (substitutes ? $"the steps after it read {left.Text} as {right.Text}" : $"to have later steps use it, declare it with % given: {left.Text} = {right.Text}"));
        }

        /// <summary>The step of the implication that led to <paramref name="chain"/> from the statement before it.</summary>
        private StepReport LinkStep(LogicalLink link, Chain chain)
        {
            var (l, c) = (link.Relation.Span.Line, link.Relation.Span.Column);
            var linked = LinkOutcome(link, chain);
            return new StepReport(l, c, link.FromStatement, link.Relation.Shown(), chain.Statement,
                linked.Status, linked.Method, linked.Points, linked.Seed, linked.Counterexample, null, linked.Detail);
        }

        /// <summary>E1 ⇔ E2 or E1 ⇒ E2 between two single equations: decided when one is a constant multiple of the other.</summary>
        private StepOutcome LinkOutcome(LogicalLink link, Chain chain)
        {
            var notChecked = new StepOutcome(StepStatus.NotChecked, null, null, null, null, "a logical step between statements");
            if (link.Relation.Relation is not (LatexRelation.Iff or LatexRelation.Implies)) return notChecked;
            if (link.From is { IsStatementCondition: true, Link: var fromLink } premise && chain is { IsStatementCondition: true, Relations.Count: 1 })
            {
                // E1 ⇔ E2 between inequalities: E2's left minus right a positive multiple of E1's (E1 from its first side to its last).
                using var inequalityBudget = Symbolic.Safety.Deadline.Start(Symbolic.Safety.SafetyLimits.Current.StepTimeBudget);
                return Multiple(premise.Pieces[0], premise.Relations, premise.Pieces[^1], chain.Pieces[0], chain.Relations[0], chain.Pieces[1],
                    sameStrictness: link.Relation.Relation == LatexRelation.Iff, "the statement before's") ?? notChecked;
            }
            if (link.From is not { IsStatementEquation: true } from || !chain.IsStatementEquation) return notChecked;
            using var budget = Symbolic.Safety.Deadline.Start(Symbolic.Safety.SafetyLimits.Current.StepTimeBudget);
            try
            {
                Symbolic.Expressions.Expr Side(ChainPiece p) => LatexLowering.LowerScalar(p.Node, Context, p.Source);
                return EquivalentEquations.Decide(Checker(), Side(from.Pieces[0]), Side(from.Pieces[1]), Side(chain.Pieces[0]), Side(chain.Pieces[1]));
            }
            catch (Exception e) when (e is ParseException or Symbolic.Safety.LimitExceededException or ArgumentException
                or InvalidOperationException or NotSupportedException or ArithmeticException or Symbolic.Rewriting.ExpansionLimitException)
            {
                return notChecked;
            }
        }

        /// <summary>
        /// "A = ..." where A is written for the first time (not declared, in no earlier formula, not on its own
        /// right side) and is the whole left side of the chain's first '=': A is defined there, as with :=.
        /// </summary>
        private bool DefinesFreshName(Chain chain)
        {
            if (chain.Link is not null || chain.Relations[0].Relation != LatexRelation.Equal) return false;
            // \mathcal{N}(x; \mu, s) = .. is the normal density, a formula the step is checked against, not a function being named.
            if (chain.Pieces[0].Node is ApplyNode normal && LatexLowering.IsNormalDensity(normal, state.Context)) return false;
            // (d_{k+1}, g_{k+1})^T = A (d_k, g_k)^T: a column of names written for the first time defines each.
            if (DefinitionReader.ColumnOfNames(chain.Pieces[0].Node, state.Context) is { } column)
            {
                var used = NamesSeen.Names(chain.Pieces[1].Node).ToHashSet(StringComparer.Ordinal);
                return column.All(n => names.IsFresh(n, state) && !used.Contains(n.Key)) && DefinitionReader.DefinesEachName(column, chain.Pieces[1], state.Context);
            }
            // A function written for the first time on its own arguments, s(z) = w_1 \sigma(a_1 z + b_1) + ..., is defined too.
            var name = chain.Pieces[0].Node as NameNode ?? DefinitionReader.PatternFunction(chain.Pieces[0], state.Context);
            // d_2 after d_{k+1} := ..: a term of a sequence the document defined, a claim about it, not a new name.
            if (name is { Subscript: not null } term && Recurrence.IsTermOf(state.Context, term)) return false;
            return name is not null && names.IsFresh(name, state) && !NamesSeen.Names(chain.Pieces[1].Node).Contains(name.Key);
        }

        /// <summary>
        /// "Define $f(r) = r + \beta r / (\alpha + r)$": an equation the prose names defines its left side, a name or a function on its own
        /// arguments, even one declared or written before, when its right side does not use it. So does "Let $f(r) = ..$" (a word
        /// that substitutes) for a function: a name so introduced is a substitution instead (<see cref="Condition"/>).
        /// </summary>
        private bool NamedByProse(Chain chain)
        {
            if (chain.Link is not null || chain.Relations[0].Relation != LatexRelation.Equal) return false;
            var function = DefinitionReader.PatternFunction(chain.Pieces[0], state.Context);
            var substitutes = directives.ConditionWord is { } word && ProseCondition.Substitutes(word) && IsLoneEquation(chain);
            if (!directives.NamedByProse && !(substitutes && function is not null)) return false;
            var name = chain.Pieces[0].Node as NameNode ?? function;
            return name is not null && !NamesSeen.Names(chain.Pieces[1].Node).Contains(name.Key);
        }

        private static string NamedDetail(ChainPiece left) =>
            $"the prose before it introduces {left.Text}: read as its definition (as {left.Text} := ...), not checked";

        private static string FirstUseDetail(ChainPiece left) =>
            $"{left.Text} is written here for the first time: read as its definition (as {left.Text} := ...), not checked";

        private bool IsDefinition(LatexRelation r) => r == LatexRelation.Defines || (directives.DefinesAll && r.IsChecked());

        /// <summary>A definition step: reported as such, and from here on the name (or function) is read through it.</summary>
        private StepReport Define(ChainPiece left, RelationToken relation, ChainPiece right, string? implicitDetail = null)
        {
            var (line, column) = right.Position;
            var before = state.Context;
            var (context, detail) = DefinitionReader.Define(left, right, state.Context);
            if (context is not null)
            {
                var named = DefinitionReader.DefinedName(left, before)?.Node;
                if (named is not null) names.MarkDefined(named is ApplyNode call ? call.Function.Key : ((NameNode)named).Key);
                foreach (var entry in DefinitionReader.ColumnOfNames(left.Node, before) ?? []) names.MarkDefined(entry.Key);
                var (l, r) = (left, right);
                Func<LatexContext, LatexContext> define = c => DefinitionReader.Define(l, r, c).Context ?? c;
                Defined.Add(define);
                if (named is not ApplyNode) DefinedBeyondAnswer.Add(define);
                state = state with { Context = context };
                checker = null;
                inference = null;
            }
            else if (left.Node is ApplyNode unsubstituted)
            {
                names.MarkUnsubstituted(unsubstituted.Function.Key);
                checker = null;
            }
            // Above the first decided line the sides are not printed: nobody reads that report.
            var printed = line >= decideFrom;
            return new StepReport(line, column, left.Text, relation.Shown(), right.Text,
                StepStatus.Definition, null, null, null, null, right.Justification, detail ?? implicitDetail,
                printed && DefinitionReader.DefinedName(left, before) is { } name ? Printed(left, name.Context, name.Node) : null, printed ? Printed(right, before) : null);
        }

        /// <summary>
        /// First expression, the composition of the relations, last expression. When every step is verified
        /// (valid, or a definition counting as '='), it follows from them by transitivity and is not decided
        /// again; otherwise it is checked directly, to say whether the claim holds at all. A chain of
        /// definitions only has none; one with argued steps has one that is not checked either.
        /// </summary>
        private StepReport? Conclusion(Chain chain, IReadOnlyList<StepReport> steps)
        {
            // 0 < \alpha < 1 after ⇔ states a range: "0 < 1" would be no conclusion of it.
            if (chain.Relations.Count < 2 || chain.Relations.All(r => IsDefinition(r.Relation)) || chain.IsStatementCondition) return null;
            // A chain of equalities a condition word introduces is one condition: nothing is concluded from it.
            if (directives.ConditionWord is not null && IsEqualities(chain)) return null;
            // 0 < s(z) < 1 states a range: its ends, two constants, conclude nothing about s.
            if (!NamesSeen.Names(chain.Pieces[0].Node).Any() && !NamesSeen.Names(chain.Pieces[^1].Node).Any()) return null;
            var relation = ChainConclusion.Compose(chain.Relations.Select(r => IsDefinition(r.Relation) ? LatexRelation.Equal : r.Relation).ToList());
            if (relation is null) return null;
            var written = new RelationToken(relation.Value, relation.Value.Symbol(), chain.Relations[0].Span);
            var (line, column) = chain.Pieces[0].Position;
            if (argued)
                return new StepReport(line, column, chain.Pieces[0].Text, relation.Value.Symbol(), chain.Pieces[^1].Text, StepStatus.NotChecked,
                    null, null, null, null, null, StepOutcome.ArguedConclusionDetail, Printed(chain.Pieces[0]), Printed(chain.Pieces[^1]));
            var verified = steps.Where(s => s.Status != StepStatus.Definition).ToList();
            if (verified.Count > 0 && steps.All(s => s.Status is StepStatus.Valid or StepStatus.Definition))
            {
                // A chain is as strong as its weakest step.
                var weakest = verified.MinBy(s => StepOutcome.Strength(s.Method))!;
                return new StepReport(line, column, chain.Pieces[0].Text, relation.Value.Symbol(), chain.Pieces[^1].Text, StepStatus.Valid,
                    weakest.Method, weakest.Points, weakest.Seed, null, null, TransitivityDetail(steps), Printed(chain.Pieces[0]), Printed(chain.Pieces[^1]));
            }
            if (DefinesFunction(chain, steps))
            {
                // g(z) = body = ... = last: by the definition, the claim is body = last (g·(z) was read before g was a function).
                var claim = Step(chain.Pieces[1], written, chain.Pieces[^1], atLeft: true);
                return claim with { Line = line, Column = column, Left = chain.Pieces[0].Text, LeftLatex = null };
            }
            return Step(chain.Pieces[0], written, chain.Pieces[^1], atLeft: true, SharedCondition(chain));
        }

        /// <summary>
        /// The note every step of <paramref name="chain"/> states the same condition in ("For $z_1 &lt; z_2$, $g(z_2) - g(z_1) = .. &gt; 0$"): the
        /// conclusion checked directly is read under it too (it was refuted at z_1 &gt; z_2). Null when the steps' conditions differ or some have none.
        /// </summary>
        private static string? SharedCondition(Chain chain)
        {
            var notes = chain.Pieces.Skip(1).Select(p => p.Justification).Distinct().ToList();
            return notes is [{ } note] && StepCondition.Of(note) is not null ? note : null;
        }

        /// <summary>How a conclusion follows from its steps; under the conditions their notes state, when some did (it holds where they all do).</summary>
        private static string TransitivityDetail(IReadOnlyList<StepReport> steps) =>
            steps.Any(s => s.Detail?.StartsWith(ConditionDetail, StringComparison.Ordinal) == true)
                ? $"{StepOutcome.TransitivityDetail}, where the conditions of their notes hold"
                : StepOutcome.TransitivityDetail;

        /// <summary>Whether the chain's first step defined a function by a pattern, g(z) = ... (by := or by its first use).</summary>
        private bool DefinesFunction(Chain chain, IReadOnlyList<StepReport> steps) =>
            chain.Link is null && steps is [{ Status: StepStatus.Definition }, ..]
            && DefinitionReader.DefinedName(chain.Pieces[0], state.Context) is { Node: ApplyNode };

        /// <summary>The "% argued:" note on a line of the right-hand side, if any.</summary>
        private string? ArguedNote(ChainPiece right)
        {
            var from = right.Node.Span.Line;
            var to = right.Source.PositionOf(right.Source.Text.Length).Line;
            for (var l = from; l <= to; l++)
                if (directives.Argued.TryGetValue(l, out var note)) return note;
            return null;
        }

        private StepReport Step(ChainPiece left, RelationToken relation, ChainPiece right, bool atLeft = false, string? conclusionCondition = null)
        {
            var (line, column) = atLeft ? left.Position : right.Position;
            if (line < decideFrom)
                return new StepReport(line, column, left.Text, relation.Shown(), right.Text, StepStatus.NotChecked, null, null, null, null, null, ContextOnlyDetail);
            if (!atLeft && ArguedNote(right) is { } note)
            {
                argued = true;
                return new StepReport(line, column, left.Text, relation.Shown(), right.Text, StepStatus.NotChecked,
                    null, null, null, null, note, StepOutcome.ArguedDetail, Printed(left), Printed(right));
            }
            // One budget for deciding the step and re-printing its sides: once a side has run out of time,
            // printing must not start the same work again under a fresh budget (the nested scopes keep the earlier end);
            // a side printed when the report reads it (Later) is one this budget lowered in time.
            using var budget = Symbolic.Safety.Deadline.Start(Symbolic.Safety.SafetyLimits.Current.StepTimeBudget);
            StepOutcome Decided() => !atLeft ? UnderItsCondition(right, () => Outcome(left, relation.Relation, right))
                : conclusionCondition is null ? Outcome(left, relation.Relation, right)
                : UnderItsCondition(right with { Justification = conclusionCondition }, () => Outcome(left, relation.Relation, right));
            var outcome = Decided();
            if (outcome.Status == StepStatus.Unknown)
                foreach (var (other, reading, stated) in OtherReadings(left, relation, right))
                    if (In(other, Decided) is { Status: StepStatus.Valid or StepStatus.Invalid } decided && (decided.Status == StepStatus.Valid || stated))
                    {
                        outcome = reading is null ? decided : decided with { Detail = StepOutcome.Join(reading, decided.Detail) };
                        break;
                    }
            // A line refuted alone keeps its counterexample when the line above it was undecided: the line above fails there as well.
            if (outcome.Status is StepStatus.Invalid or StepStatus.Unknown && !atLeft && Restated(left, relation, right) is { } restated
                && (restated.Status == StepStatus.Valid || outcome.Status == StepStatus.Unknown)) outcome = restated;
            string? forSome = null;
            if (atLeft) forSome = existential;
            else if (ExistentialClaim.Says(right.Justification)) forSome = existential = right.Justification;
            if (forSome is not null) outcome = ExistentialClaim.Weaken(outcome, forSome);
            if (outcome.Status == StepStatus.Error && outcome.Detail != StepOutcome.UnreadableDetail)
            {
                // Both sides were read but the relation means nothing between them (an order between sets or matrices): an input error, here.
                var at = atLeft ? left : right;
                errors.Add(new ParseError(outcome.Detail ?? "a relation that cannot be checked", at.Node.Span, at.Source.LineText(at.Node.Span.Line)));
            }
            return new StepReport(line, column, left.Text, relation.Shown(), right.Text, outcome.Status, outcome.Method,
                outcome.Points, outcome.Seed, outcome.Counterexample, atLeft ? null : right.Justification, outcome.Detail,
                Later(left), Later(right));
        }

        /// <summary>
        /// The states an undecided step is read again in, each saying no more than the step's own reading (a step valid there is valid; one
        /// refuted there is refuted when the reading is what the document states, <see cref="ThroughGivens"/>),
        /// with what the report adds: the state without the prose's suppositions (what holds for every value holds in the supposed case:
        /// g(z_1) = g(z_2) for an f left free gave no point to draw, and 1 + f'(c) &gt; 0 under f' &gt; -1 was unknown); for an inequality
        /// that writes a KL divergence, each divergence as written, never negative; and a name given to an entry the other way (<see cref="EntryNamings"/>).
        /// </summary>
        private IEnumerable<(DeclarationState State, string? Note, bool Stated)> OtherReadings(ChainPiece left, RelationToken relation, ChainPiece right)
        {
            if (unsupposed is not null) yield return (unsupposed, null, false);
            if (relation.Relation != LatexRelation.Equal && (WritesDivergence(left.Node) || WritesDivergence(right.Node)))
                yield return (state with { Context = state.Context.WithDivergencesAsWritten() }, "with each KL divergence read as written, never negative (Gibbs' inequality)", false);
            if (EntryNamings.Turned(state.Context) is { } turned)
                yield return (state with { Context = turned }, "with a name given to an entry (z_1 = z) read the other way, the plain name as the entry", false);
            // What the givens state is no guess: a step refuted there is refuted.
            if (ThroughGivens(left.Node, right.Node) is var (through, note))
                yield return (state with { Context = through }, note, true);
        }

        /// <summary>
        /// \frac{\partial z_k}{\partial z_{0,k}} where givens or substitutions equate the name under the derivative (or the vector it is an entry
        /// of) to an expression, and the functions that expression applies to theirs ("% given: z = g(z_0)", "% given: g(z_0) = \mu + \sigma \odot z_0"),
        /// without defining them: the context with them defined so, in which the derivative is that of the expression; read alone the name was
        /// a constant with derivative 0 and the step undecided. Null when no name under a derivative has such a given.
        /// </summary>
        private (LatexContext Context, string Note)? ThroughGivens(MathNode left, MathNode right)
        {
            var wanted = NamesUnderDerivatives(left).Concat(NamesUnderDerivatives(right))
                .Where(n => Context.DefinitionOf(n.Key) is null && !Context.IsFunction(n.Key))
                .SelectMany(n => n.Subscript is null ? [n.Key] : new[] { n.Key, n.Base + n.Marks }).ToHashSet(StringComparer.Ordinal);
            if (wanted.Count == 0) return null;
            var context = state.Context;
            var used = new List<string>();
            var pending = state.Givens.Concat(state.Substitutions).Where(g => g.Relation == LatexRelation.Equal).ToList();
            // Each given read as a definition once what is wanted names it; then the functions its right side applies are wanted too.
            for (var progress = true; progress;)
            {
                progress = false;
                foreach (var given in pending.ToList())
                {
                    var named = given.Left switch { NameNode n => n.Key, ApplyNode a => a.Function.Key, _ => null };
                    if (named is null || !wanted.Contains(named)) continue;
                    pending.Remove(given);
                    var (defined, _) = DefinitionReader.Define(new ChainPiece(given.Left, given.Source, given.Text, null), new ChainPiece(given.Right, given.Source, given.Text, null), context);
                    if (defined is null) continue;
                    context = defined;
                    used.Add(given.Text);
                    foreach (var node in MathNodes.SelfAndDescendants(given.Right))
                        if (node is ApplyNode apply) wanted.Add(apply.Function.Key);
                    progress = true;
                }
            }
            return used.Count == 0 ? null : (context, $"with {string.Join("; ", used)} (given) read as definitions of what the derivative is taken of");
        }

        private static bool WritesDivergence(MathNode node) => MathNodes.SelfAndDescendants(node).Any(n => n is CallNode { Function: "KL" });

        /// <summary>
        /// <paramref name="decide"/> with <paramref name="other"/> in force (a note's condition, or the state before the prose's suppositions),
        /// its sides lowered afresh there: b of "a max(0, -b)" lowered by the step before, without the note's b &gt; 0, was another symbol
        /// than the condition's b, and the step was refuted at b = -0.94 (the report printing "b = 3" for the other).
        /// </summary>
        private StepOutcome In(DeclarationState other, Func<StepOutcome> decide)
        {
            var (outer, outerLowered) = (state, lowered);
            (state, checker, inference, lowered) = (other, null, null, new(ReferenceEqualityComparer.Instance));
            try { return decide(); }
            finally { (state, checker, inference, lowered) = (outer, null, null, outerLowered); }
        }

        /// <summary>How the detail of a step checked under its note's condition starts.</summary>
        private const string ConditionDetail = "under the condition of its note";

        /// <summary>
        /// <paramref name="decide"/> under the condition the step's note states ("\text{for } bz + c \le 0", <see cref="StepCondition"/>)
        /// as an assumption of that step alone, its detail saying so; without such a note, or when its relation cannot be read, as it is.
        /// </summary>
        private StepOutcome UnderItsCondition(ChainPiece right, Func<StepOutcome> decide)
        {
            if (StepCondition.Of(right.Justification) is not { } condition) return decide();
            DeclarationState conditioned;
            try
            {
                var (line, column) = right.Position;
                conditioned = DeclarationReader.Apply(state, new Declaration(DeclarationKind.Assume, condition, 0, line, column), right.Source.DocumentLines ?? []);
            }
            catch (ParseException) { return decide(); }
            var outcome = In(conditioned, decide);
            return outcome with { Detail = StepOutcome.Join($"{ConditionDetail}, {condition}", outcome.Detail) };
        }

        /// <summary>
        /// A side lowered by its step, printed from that value when the report reads it (the tex and JSON reports do, the text
        /// report never: printing was ~8% of checking the fixture corpus); null for a side the step did not lower.
        /// </summary>
        private Lazy<string?>? PrintedLater(MathNode node)
        {
            if (printedSides.TryGetValue(node, out var later)) return later;
            if (!lowered.TryGetValue(node, out var known)) return null;
            return printedSides[node] = new(() =>
            {
                // Within the step's budget when read during the step (nested scopes keep the earlier end), else a budget of its own.
                using var budget = Symbolic.Safety.Deadline.Start(Symbolic.Safety.SafetyLimits.Current.StepTimeBudget);
                return known is null ? null : SidePrinter.Print(known);
            }, LazyThreadSafetyMode.PublicationOnly);
        }

        /// <summary>
        /// <see cref="Printed"/> when the report reads it, for a side its step lowered; printed now if the step ran out of time
        /// (a side that could not be printed within the step's budget gets no second one) or is written with ±.
        /// </summary>
        private Lazy<string?> Later(ChainPiece piece) =>
            !Symbolic.Safety.Deadline.Expired && !PlusMinusBranches.Has(piece.Node, Context) && PrintedLater(piece.Node) is { } later
                ? later : new(Printed(piece));

        /// <summary>
        /// A side as read, printed by the engine (for the tex report): from the lowering the step used, or
        /// lowered here without reporting errors (a logical or argued step is not lowered to be checked).
        /// </summary>
        private string? Printed(ChainPiece piece, LatexContext? context = null, MathNode? node = null)
        {
            node ??= piece.Node;
            var readIn = context ?? Context;
            if (PlusMinusBranches.Has(node, readIn))
                return SidePrinter.Branches(Printed(piece, context, PlusMinusBranches.Take(node, true, readIn)), Printed(piece, context, PlusMinusBranches.Take(node, false, readIn)));
            if (context is null && PrintedLater(node) is { } later) return later.Value;
            // A side with a matrix of undetermined size is not read: printing it with that matrix as a scalar would mislead.
            if (context is null && Inference.UndeterminedIn(node) is not null) return null;
            // A side with large declared matrices was checked on drawn numbers: read symbolically it would be expanded in full
            // (det(AB) of 5x5 matrices: 14400 terms, a second of work for a formula nobody could read).
            if (context is null && DrawnMatrices.LargeIn(Context, node).Count > 0) return null;
            try
            {
                using var budget = Symbolic.Safety.Deadline.Start(Symbolic.Safety.SafetyLimits.Current.StepTimeBudget);
                return SidePrinter.Print(LatexLowering.Lower(node, context ?? Context, piece.Source));
            }
            catch (Exception e) when (e is ParseException or Symbolic.Safety.LimitExceededException or ArgumentException
                or InvalidOperationException or NotSupportedException or ArithmeticException or Symbolic.Rewriting.ExpansionLimitException)
            {
                return null;
            }
        }

        private StepOutcome Outcome(ChainPiece left, LatexRelation relation, ChainPiece right)
        {
            if (!relation.IsChecked()) return new StepOutcome(StepStatus.NotChecked, null, null, null, null, null);
            // The step's time budget covers reading its sides too: a high derivative or a large power is
            // computed while lowering, before the decider starts (which nests its own, later-ending budget).
            using var budget = Symbolic.Safety.Deadline.Start(Symbolic.Safety.SafetyLimits.Current.StepTimeBudget);
            try { return Decide(left, relation, right); }
            catch (Symbolic.Safety.LimitExceededException e) { return StepOutcome.Unknown(e.Message); }
            catch (Symbolic.Rewriting.ExpansionLimitException e) { return StepOutcome.Unknown(e.Message); }
        }

        private const string CrossedSignsDetail = "the two values of each side agree as pairs, with ± = + on one side where it is − on the other "
            + "(a name for two roots gives both, in no order)";

        private StepOutcome Decide(ChainPiece left, LatexRelation relation, ChainPiece right)
        {
            // A matrix used without a declaration whose size nothing determines: no verdict on a guessed size.
            if ((Inference.UndeterminedIn(left.Node) ?? Inference.UndeterminedIn(right.Node)) is { } undetermined)
                return StepOutcome.Unknown(undetermined);
            if (ArgOptimumEquality.Decide(left.Node, left.Source, relation, right.Node, right.Source, Context, LowerAssumptions()) is { } optima) return optima;
            var (leftBranched, rightBranched) = (PlusMinusBranches.Has(left.Node, Context), PlusMinusBranches.Has(right.Node, Context));
            var branched = leftBranched || rightBranched;
            var branches = branched
                ? new[] { (true, (string?)"with ± = +"), (false, "with ± = −") }
                : [(true, null)];
            var parts = new List<(StepOutcome, string?)>();
            var letters = SizeLettersNamed(left.Node, right.Node);
            // The step with ± taken as + or - on each side (each side's own \pm and the \pm of the names it uses alike); null when a side cannot be read.
            StepOutcome? Branch(bool leftPlus, bool rightPlus)
            {
                var leftNode = branched ? PlusMinusBranches.Take(left.Node, leftPlus, Context) : left.Node;
                var rightNode = branched ? PlusMinusBranches.Take(right.Node, rightPlus, Context) : right.Node;
                if (Drawn(left, leftNode, relation, right, rightNode) is { } drawn) return drawn;
                var recurrence = Recurrence.AnyIn(Context) ? Recurrence.Of(Context, ThroughDefinitions([.. NamesSeen.Names(leftNode), .. NamesSeen.Names(rightNode)])) : null;
                if (recurrence is not null && AtSmallIndices(recurrence, left, leftNode, relation, right, rightNode) is { } unrolled) return unrolled;
                var l = Lower(left, leftNode);
                var r = Lower(right, rightNode);
                if (l is null || r is null) return null;
                if (letters.Count > 0) (l, r) = (AtLetterSizes(l, letters), AtLetterSizes(r, letters));
                if (l.Scalar is { } ls && r.Scalar is { } rs && (OptimumStep.Decide(Context, ls, relation, rs)
                    ?? OptimumStep.DecideWithFunctionsUndefined(Context, leftNode, left.Source, relation, rightNode, right.Source)) is { } optimal) return optimal;
                return CompareWithRecurrence(recurrence, l, relation, r);
            }
            foreach (var (plus, label) in branches)
                parts.Add((Branch(plus, plus) ?? StepOutcome.Error(StepOutcome.UnreadableDetail), label));
            var combined = StepOutcome.Combine(parts);
            if (combined.Status == StepStatus.Error) return combined;
            // Both sides two values, one through a name for two roots (1 - \lambda = \pm i\alpha with \lambda the roots 1 \pm i\alpha): equal as
            // pairs of values when the signs match the other way round, since the name says which values, not in which order. Signs written on
            // both sides are linked as written: (a \pm b)^2 = a^2 \mp 2ab + b^2 stays refuted.
            var writtenBoth = PlusMinusBranches.Has(left.Node) && PlusMinusBranches.Has(right.Node);
            if (combined.Status == StepStatus.Invalid && leftBranched && rightBranched && !writtenBoth && relation == LatexRelation.Equal
                && Branch(true, false) is { Status: StepStatus.Valid } plusMinus && Branch(false, true) is { Status: StepStatus.Valid } minusPlus)
                combined = StepOutcome.Combine([(plusMinus, null), (minusPlus, null)]) is var crossed
                    ? crossed with { Detail = StepOutcome.Join(CrossedSignsDetail, crossed.Detail) } : combined;
            var guessed = new[] { Inference.GuessedIn(left.Node), Inference.GuessedIn(right.Node) }.OfType<string>().Distinct().ToList();
            var sizes = SizeNotes().Union(letters.Select(MatrixShape.NoteOf)).ToList();
            var others = OtherGuesses(left.Node).Concat(OtherGuesses(right.Node)).Distinct().ToList();
            var outcome = GuessedReading.Withhold(combined, guessed, UsesWhole(left.Node) || UsesWhole(right.Node) ? sizes : [], others);
            // \frac{\partial V}{\partial d} = 0 with V never defined held because V was read as a constant: valid under the guess only.
            if (outcome.Status == StepStatus.Valid && UndefinedUnderDerivative(left.Node).Concat(UndefinedUnderDerivative(right.Node)).Distinct().ToList() is { Count: > 0 } constants)
                outcome = StepOutcome.Unknown($"holds only with {string.Join(", ", constants)} read as a constant (derivative 0), which the document did not say; "
                    + $"to have it decided, define {string.Join(", ", constants)} with := (as a name, or as a function of its variables)");
            if (sizes.Count > 0) outcome = outcome with { Detail = StepOutcome.Join($"matrix sizes instantiated at {string.Join(", ", sizes)}", outcome.Detail) };
            var inferred = new[] { Inference.InferredIn(left.Node), Inference.InferredIn(right.Node) }.OfType<string>().Distinct().ToList();
            return inferred.Count == 0 ? outcome : outcome with { Detail = StepOutcome.Join(string.Join("; ", inferred), outcome.Detail) };
        }

        /// <summary>
        /// <paramref name="names"/> and the names the definitions of them use (d_k and g_k for x_k := (d_k, g_k)^T): a step about x_k is about the
        /// sequences of its entries, and \|x_k\| = (1 + \alpha^2)^{k/2} \|x_0\| was refuted at k = -2 with d_k and g_k free.
        /// </summary>
        private IReadOnlyCollection<string> ThroughDefinitions(IReadOnlyCollection<string> names)
        {
            var all = new HashSet<string>(names, StringComparer.Ordinal);
            foreach (var key in names)
                if (Context.DefinitionOf(key) is { Body: var body }) all.UnionWith(NamesSeen.Names(body));
            return all;
        }

        /// <summary>
        /// The step's verdict, or when it is not valid with the names of a recurrence free (d_k of d_{k+1} := ..), its verdict
        /// with the sequences unrolled (<see cref="Recurrence"/>).
        /// </summary>
        private StepOutcome CompareWithRecurrence(Recurrence? recurrence, LatexValue l, LatexRelation relation, LatexValue r)
        {
            var direct = Checker().Compare(l, relation, r);
            if (direct.Status is StepStatus.Valid or StepStatus.Error || recurrence is null) return direct;
            if (recurrence.Beyond(l, r) is { } far)
                return StepOutcome.Unknown($"{far} is a term of a sequence defined by a recurrence, beyond those unrolled (up to {Recurrence.MaxTerm}): not decided");
            return recurrence.Covers(l, r) ? recurrence.Check(l, relation, r, Checker().Compare) : direct;
        }

        /// <summary>
        /// A step about a recurrence's sequences with a power in the index that cannot be read as written (A^k of a matrix): its
        /// sides read with the index a number in the exponents, at each small index (<see cref="Recurrence.CheckAtSmallIndices"/>);
        /// null for any other step, read as written.
        /// </summary>
        private StepOutcome? AtSmallIndices(Recurrence recurrence, ChainPiece left, MathNode leftNode, LatexRelation relation, ChainPiece right, MathNode rightNode)
        {
            if (!recurrence.PowersIn(leftNode) && !recurrence.PowersIn(rightNode)) return null;
            if (Quietly(left, leftNode) is not null && Quietly(right, rightNode) is not null) return null;
            (LatexValue, LatexValue)? SidesAt(int k) =>
                Quietly(left, recurrence.WithIndexInExponents(leftNode, k)) is { } l && Quietly(right, recurrence.WithIndexInExponents(rightNode, k)) is { } r ? (l, r) : null;
            if (SidesAt(0) is not var (l0, r0) || !recurrence.Covers(l0, r0)) return null;
            return recurrence.CheckAtSmallIndices(k => k == 0 ? (l0, r0) : SidesAt(k), relation, Checker().Compare);
        }

        /// <summary>An equation about large declared matrices, checked on drawn numbers (<see cref="DrawnMatrices"/>); null for any other step.</summary>
        private StepOutcome? Drawn(ChainPiece left, MathNode leftNode, LatexRelation relation, ChainPiece right, MathNode rightNode)
        {
            if (relation != LatexRelation.Equal || DrawnMatrices.LargeIn(Context, leftNode, rightNode) is not { Count: > 0 } large) return null;
            LatexValue? Read(ChainPiece piece, MathNode node, IReadOnlyDictionary<string, Symbolic.Matrices.Matrix> instances)
            {
                try { return LatexLowering.Lower(node, Context, piece.Source, instances); }
                catch (Exception e) when (LatexLowering.IsUnreadable(e))
                {
                    return null;
                }
            }
            return DrawnMatrices.Decide(large, Context, instances => (Read(left, leftNode, instances), Read(right, rightNode, instances)),
                (l, r) => Checker().Compare(l, relation, r));
        }

        /// <summary>
        /// The names differentiated in a formula (V in \frac{\partial V}{\partial d}) that nothing declares or defines: the
        /// document means a function it did not write down (V(d, g) of the statement), and reading V as a constant is a guess.
        /// </summary>
        private IEnumerable<string> UndefinedUnderDerivative(MathNode node) =>
            NamesUnderDerivatives(node)
                .Where(n => n.Subscript is null || Context.DefinitionOf(n.Base + n.Marks) is null).Select(n => n.Key)
                .Where(key => !Context.IsDeclaredValue(key) && !Context.IsFunction(key) && Context.DefinitionOf(key) is null);

        /// <summary>The names a formula differentiates (z_k of \frac{\partial z_k}{\partial z_{0,k}}).</summary>
        private static IEnumerable<NameNode> NamesUnderDerivatives(MathNode node) =>
            MathNodes.SelfAndDescendants(node).OfType<DerivativeNode>().Select(d => d.Body).OfType<NameNode>();

        /// <summary>
        /// The undeclared names applied to a whole vector (q in q(z), z a declared vector): read as unknown functions of
        /// its entries, which the document may mean as a particular density rather than any function.
        /// </summary>
        private IEnumerable<string> UndeclaredFunctionsOfVectors(MathNode node) =>
            !Context.DeclaresShapes ? [] : MathNodes.SelfAndDescendants(node).OfType<ApplyNode>()
                .Where(a => !Context.IsFunction(a.Function.Key) && !LatexLowering.IsNormalDensity(a, Context)
                    && a.Arguments.Any(x => x is NameNode n && Context.ShapeOf(n.Key) is { Columns: 1 }))
                .Select(a => Symbolic.Printing.LatexNames.Identifier(a.Function.Key)).Distinct();

        /// <summary>What to write to lift the guesses of a formula other than undeclared matrices and letter sizes.</summary>
        private IEnumerable<string> OtherGuesses(MathNode node) =>
            UndefinedUnderDerivative(node).Select(v => $"define {v} with := (as a name, or as a function of its variables): it was read as a constant, with derivative 0")
                .Concat(UndeclaredFunctionsOfVectors(node).Select(q => $"declare % given: with what is known of {q} ({q} of a vector was read as any function of its entries)"));

        /// <summary>
        /// Whether a formula uses a matrix or vector of letter size as a whole (z, S^T z), so that its value depends on
        /// the size it was instantiated at; its entries written out (z_1, σ_k) are the same numbers at every size.
        /// </summary>
        private bool UsesWhole(MathNode node) =>
            MathNodes.SelfAndDescendants(node).OfType<NameNode>().Any(n => state.Context.ShapeOf(n.Key)?.SizeNote is not null);

        /// <summary>
        /// The letters of the sizes (K of "% vector: z_0 K") of the vectors and matrices a step names, whole (z_0) or by an entry (σ_k of σ,
        /// z_{0,k} of z_0): the step's K is then the size they were instantiated at. |det J| = \prod_{k=1}^K σ_k, with J of size 3, was
        /// unknown (the product of K factors against 3), and a product of K factors of z_{0,k} was refuted at K = 4, beyond the 3 entries of z_0.
        /// </summary>
        private List<string> SizeLettersNamed(params MathNode[] nodes)
        {
            var letters = new List<string>();
            foreach (var n in nodes.SelectMany(MathNodes.SelfAndDescendants).OfType<NameNode>())
                if (LatexLowering.ShapeNamed(n, state.Context)?.SizeLetter is { } letter && !letters.Contains(letter)) letters.Add(letter);
            return letters;
        }

        /// <summary>A side with each size letter (a plain symbol K) set to the size its matrices were instantiated at.</summary>
        private static LatexValue AtLetterSizes(LatexValue value, List<string> letters)
        {
            Expr At(Expr e) => e.Transform(x => x is Symbol { IsIndexed: false } s && letters.Contains(s.Name) ? Number.Of(LatexContext.SymbolicSize) : x);
            return value.Scalar is { } scalar ? LatexValue.Of(At(scalar))
                : value.Matrix is { } matrix ? LatexValue.Of(matrix.Map(At))
                : LatexValue.OfSet(value.Set!.Select(At).ToList());
        }

        /// <summary>The letter sizes (K = 3) the matrices of this step were instantiated at: a verdict holds at those sizes only.</summary>
        private List<string> SizeNotes() =>
            lowered.Values.OfType<LatexValue>().Where(v => v.IsMatrix || v.Scalar is not null)
                .SelectMany(Symbols).Select(s => state.Context.ShapeOf(s.Name)?.SizeNote).OfType<string>().Distinct().ToList();

        private static IEnumerable<Symbol> Symbols(LatexValue v) =>
            v.Matrix is { } m ? m.Entries.SelectMany(Substitution.FreeSymbols) : Substitution.FreeSymbols(v.Scalar!);

        /// <summary>
        /// A side lowered as <see cref="Lower"/> does, but a failure not reported (the caller has another reading of it, A^k at numbers):
        /// null then, and only a side that reads is remembered, for <see cref="Lower"/> to find.
        /// </summary>
        private LatexValue? Quietly(ChainPiece piece, MathNode node)
        {
            if (lowered.TryGetValue(node, out var cached)) return cached;
            try { return lowered[node] = LatexLowering.Lower(node, Context, piece.Source); }
            catch (Exception e) when (LatexLowering.IsUnreadable(e))
            {
                return null;
            }
        }

        private LatexValue? Lower(ChainPiece piece, MathNode node)
        {
            if (lowered.TryGetValue(node, out var cached)) return cached;
            LatexValue? value;
            try { value = LatexLowering.Lower(node, Context, piece.Source); }
            catch (Symbolic.Safety.LimitExceededException)
            {
                // The step reports the limit; remembering the failure keeps the report's re-printing of this
                // side from running the same unbounded work again under a fresh budget.
                lowered[node] = null;
                throw;
            }
            catch (ParseException e) { errors.Add(e.Error); value = null; }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or ArithmeticException)
            {
                // The engine refused the formula (an arity, a size, an exponent too large): report it at the formula.
                var span = node.Span;
                errors.Add(new ParseError($"this formula cannot be evaluated: {e.Message}", span, piece.Source.LineText(span.Line)));
                value = null;
            }
            lowered[node] = value;
            return value;
        }

        /// <summary>
        /// The checker of the chain's steps. The counts are those of the chains before and this chain's own: K of
        /// \sum_{k=1}^{K} \log q(x) is still a count once the sum of a term free of k has folded to K \log q(x).
        /// </summary>
        private StepChecker Checker() => checker ??= new StepChecker(owner.Decider, LowerAssumptions(), LowerGivens(), Context.Functions.ToHashSet(StringComparer.Ordinal),
            names.Counts.Concat(current?.Pieces.SelectMany(p => NamesSeen.CountsIn(p.Node)) ?? [])
                .Where(key => !Context.IsDeclaredValue(key) && !Context.IsFunction(key) && Context.DefinitionOf(key) is null)
                .ToHashSet(StringComparer.Ordinal), names.Unsubstituted, Context.Randoms);

        private SymAssumptions LowerAssumptions()
        {
            var relations = new List<Relation>();
            foreach (var a in state.Assumptions.Concat(state.Givens))
            {
                try
                {
                    var (l, r) = LowerDeclared(a, (node, context, source) => LatexLowering.Lower(node, context, source));
                    // A given about undefined functions (p(x,z) = p(z|x) p(x)) is a rewriting rule only: no point can be drawn to satisfy it.
                    if (state.Givens.Contains(a) && new[] { l, r }.Any(HasApplication)) continue;
                    var entries = Entrywise(ChainConclusion.Kind(a.Relation), l, r).ToList();
                    relations.AddRange(entries);
                    if (!state.Givens.Contains(a)) relations.AddRange(entries.SelectMany(AtChainArguments));
                }
                catch (ParseException e) { errors.Add(e.Error); }
            }
            return SymAssumptions.Of(relations.Distinct().ToArray());
        }

        /// <summary>
        /// An assumption about a function left undefined at a variable that stands nowhere else in it, f'(z) &gt; -1, holds at every argument,
        /// as the statement's hypothesis df/dz &gt; -1 does: its instances at the arguments this chain applies the same function to (f'(c) of
        /// a mean value argument), and at the point where the engine reads the slope of a difference g(z_2) - g(z_1) (<see cref="MonotoneDifference"/>).
        /// Read at z alone, 1 + f'(c) &gt; 0 was unknown.
        /// </summary>
        private IEnumerable<Relation> AtChainArguments(Relation assumption)
        {
            if (Substitution.FreeSymbols(assumption.Left).Union(Substitution.FreeSymbols(assumption.Right)).ToList() is not [var variable]) return [];
            var patterns = new[] { assumption.Left, assumption.Right }.SelectMany(e => e.Descendants().Prepend(e)).OfType<Apply>()
                .Where(a => a.Arguments is [var only] && only.Equals(variable)).Distinct().ToList();
            if (patterns.Count == 0) return [];
            var marks = patterns.ToDictionary(a => (Expr)a, a => (Expr)Symbol.Of($"application·{a.Name}"));
            if (Substitution.FreeSymbols(Substitution.Substitute(assumption.Left, marks)).Contains(variable)
                || Substitution.FreeSymbols(Substitution.Substitute(assumption.Right, marks)).Contains(variable)) return [];
            var arguments = (current?.Pieces ?? []).Select(p => Quietly(p, p.Node)).OfType<LatexValue>()
                .SelectMany(v => v.Matrix?.Entries ?? (v.Scalar is { } e ? [e] : []))
                .SelectMany(e => e.Descendants().Prepend(e)).OfType<Apply>()
                .Where(a => patterns.Any(p => p.Name == a.Name && p.DerivativeOrders.SequenceEqual(a.DerivativeOrders)) && a.Arguments is [var u] && !u.Equals(variable))
                .Select(a => a.Arguments[0]).Append(Symbolic.Equivalence.MonotoneDifference.Point).Distinct().ToList();
            return arguments.Select(u => new Relation(assumption.Kind, Substitution.Substitute(assumption.Left, variable, u), Substitution.Substitute(assumption.Right, variable, u)));
        }

        /// <summary>An assumption about a vector or matrix (\sigma &gt; 0) holds for every entry.</summary>
        private static IEnumerable<Relation> Entrywise(RelationKind kind, LatexValue l, LatexValue r)
        {
            if (l.Scalar is { } a && r.Scalar is { } b) return [new Relation(kind, a, b)];
            var m = l.Matrix ?? r.Matrix!;
            Expr At(LatexValue v, int i, int j) => v.Matrix is { } x ? (x.Rows == m.Rows && x.Columns == m.Columns ? x[i, j] : Number.Zero) : v.Scalar!;
            return Enumerable.Range(0, m.Rows).SelectMany(i => Enumerable.Range(0, m.Columns).Select(j => new Relation(kind, At(l, i, j), At(r, i, j))));
        }

        private GivenIdentities LowerGivens()
        {
            var list = new List<(Expr, Expr)>();
            foreach (var g in state.Givens.Concat(state.Substitutions))
            {
                // Of vectors ("with $y = z + \beta h (z - z_0)$", y a declared vector) entry by entry: y_1 -> .., y_2 -> ...
                try { list.AddRange(EntryPairs(LowerDeclared(g, (node, context, source) => LatexLowering.Lower(node, context, source)))); }
                catch (ParseException) { /* reported with the assumptions */ }
            }
            return list.Count == 0 ? GivenIdentities.None : new GivenIdentities(list, e => LatexLowering.WithDeclaredEntryFacts(e, Context));
        }

        /// <summary>
        /// The sides of an identity as pairs of scalars: itself, or its entries when both sides are matrices of one shape; for a vector
        /// of entries z_1, z_2, .. given values that follow one pattern in the index (z = g(z_0)), also the rule for entry k at any index.
        /// </summary>
        private static IEnumerable<(Expr, Expr)> EntryPairs((LatexValue Left, LatexValue Right) sides) => sides switch
        {
            ({ Scalar: { } l }, { Scalar: { } r }) => [(l, r)],
            ({ Matrix: { } l }, { Matrix: { } r }) when l.Rows == r.Rows && l.Columns == r.Columns => [.. l.Entries.Zip(r.Entries), .. EntryAtAnyIndex(l, r)],
            _ => [],
        };

        /// <summary>z_k -> \mu_k + \sigma_k z_{0,k} from z = \mu + \sigma \odot z_0, k a letter standing for any index; none when there is no pattern.</summary>
        private static IEnumerable<(Expr, Expr)> EntryAtAnyIndex(Matrix left, Matrix right)
        {
            if (left is not { Columns: 1, Rows: > 1 } || left[0, 0] is not Symbol { Indices: [Number { Value.IsOne: true }] } first) yield break;
            for (var r = 0; r < left.Rows; r++)
                if (!left[r, 0].Equals(Symbol.Indexed(first.Name, first.Facts, Number.Of(r + 1)))) yield break;
            var letter = Symbol.Of("entry·index", Symbolic.Assumptions.Facts.Integer);
            if (VectorEntryPattern.At(right, letter) is { } value) yield return (Symbol.Indexed(first.Name, first.Facts, letter), value);
        }

        /// <summary>
        /// A declared relation lowered under the declarations in force here: as it was read where it was declared, or read again
        /// from its text when a name of it has become a function since (p_\theta(z) = p(z), then p_\theta(x | z) in a formula).
        /// </summary>
        private (T Left, T Right) LowerDeclared<T>(DeclaredRelation a, Func<MathNode, LatexContext, LatexSource, T> lower)
        {
            try { return (lower(a.Left, Context, a.Source), lower(a.Right, Context, a.Source)); }
            catch (ParseException) when (Reread(a) is var (left, right)) { return (lower(left, Context, a.Source), lower(right, Context, a.Source)); }
        }

        private (MathNode Left, MathNode Right)? Reread(DeclaredRelation a)
        {
            try { return LatexMathParser.ParseLine(a.Source, Context) is { Expressions: [var left, var right], Relations: [_], StartsWithRelation: false } line ? (left, right) : null; }
            catch (ParseException) { return null; }
        }

        private static bool HasApplication(LatexValue v) =>
            (v.Matrix?.Entries ?? (v.Set ?? (v.Scalar is { } s ? [s] : []))).Any(IsApplied);

        private static bool IsApplied(Expr e) => e is Apply || e.Args.Any(IsApplied);
    }
}

/// <summary>The relation a chain concludes, and the mapping to the engine's relation kinds.</summary>
public static class ChainConclusion
{
    /// <summary>
    /// What a &lt;R1&gt; b &lt;R2&gt; c says of a and c: = keeps the other relation, a strict order with its
    /// non-strict form (or itself) is strict, ≤ with ≤ is ≤ (likewise &gt;, ≥), = with ≠ is ≠; anything
    /// else (opposite directions, ≠ with an order or with ≠, a logical step) says nothing: null.
    /// </summary>
    public static LatexRelation? Compose(LatexRelation first, LatexRelation second)
    {
        if (!first.IsChecked() || !second.IsChecked()) return null;
        if (first == LatexRelation.Equal) return second;
        if (second == LatexRelation.Equal) return first;
        if (first == LatexRelation.NotEqual || second == LatexRelation.NotEqual) return null;
        var upward = new[] { LatexRelation.Less, LatexRelation.LessOrEqual };
        var downward = new[] { LatexRelation.Greater, LatexRelation.GreaterOrEqual };
        foreach (var (strict, weak) in new[] { (LatexRelation.Less, LatexRelation.LessOrEqual), (LatexRelation.Greater, LatexRelation.GreaterOrEqual) })
        {
            var direction = strict == LatexRelation.Less ? upward : downward;
            if (!direction.Contains(first) || !direction.Contains(second)) continue;
            return first == strict || second == strict ? strict : weak;
        }
        return null;
    }

    /// <summary>The composition of a chain's relations, left to right (null when some pair says nothing).</summary>
    public static LatexRelation? Compose(IReadOnlyList<LatexRelation> relations)
    {
        if (relations.Count == 0) return null;
        LatexRelation? result = relations[0].IsChecked() ? relations[0] : null;
        for (var k = 1; k < relations.Count && result is not null; k++) result = Compose(result.Value, relations[k]);
        return result;
    }

    public static RelationKind Kind(LatexRelation r) => r switch
    {
        LatexRelation.NotEqual => RelationKind.NotEqual,
        LatexRelation.Less => RelationKind.Less,
        LatexRelation.LessOrEqual => RelationKind.LessOrEqual,
        LatexRelation.Greater => RelationKind.Greater,
        LatexRelation.GreaterOrEqual => RelationKind.GreaterOrEqual,
        _ => RelationKind.Equal,
    };
}
