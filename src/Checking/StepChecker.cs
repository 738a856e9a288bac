using Ift6135.Sym.Checking.Deciding;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using SymAssumptions = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Checking;

/// <summary>
/// Compares two lowered sides under a relation: scalars through the decider, matrices entry by entry
/// (equal when every entry is), a scalar against a matrix or matrices of different sizes never equal.
/// A proposed counterexample is re-evaluated before the step is called invalid.
/// </summary>
/// <param name="distributions">Declared functions, whose name alone (H(q), KL(q, p)) is a distribution: a functional of one is not instantiated.</param>
/// <param name="counts">Undeclared names the document uses as the upper bound of a sum or product (K): positive integers wherever they appear.</param>
/// <param name="unsubstituted">Functions the document defined in a form that is not substituted: never taken as free unknowns.</param>
/// <param name="randoms">The declared random variables: what stays inside an expectation made linear again after a given's rewriting.</param>
public sealed class StepChecker(IStepDecider decider, SymAssumptions assumptions, GivenIdentities givens, IReadOnlySet<string>? distributions = null,
    IReadOnlySet<string>? counts = null, IReadOnlySet<string>? unsubstituted = null, IReadOnlySet<string>? randoms = null)
{
    /// <summary>Whether an application may stand for a free value: not one of a function the document defined (see unsubstituted).</summary>
    private bool Free(Apply a) => unsubstituted is not { Count: > 0 } || !unsubstituted.Contains(a.Function);

    public StepOutcome Compare(LatexValue left, LatexRelation relation, LatexValue right)
    {
        if (left.Scalar is { } l && right.Scalar is { } r) return Scalar(Given(l), relation, Given(r));
        if (left.Set is not null || right.Set is not null)
        {
            if (left.Set is not { } a || right.Set is not { } b) return StepOutcome.Error("a finite set compared with a value that is not a set");
            if (relation is not (LatexRelation.Equal or LatexRelation.NotEqual)) return StepOutcome.Error("order relations between sets are not checked (only = and ≠)");
            var equal = new SetComparison(this).Equal(a.Select(Given).ToArray(), b.Select(Given).ToArray());
            return relation == LatexRelation.Equal ? equal : StepOutcome.Negated(equal, "the two sets are equal");
        }
        if (left.Matrix is { } m && right.Matrix is { } n) return Matrices(m, relation, n);
        if (relation != LatexRelation.Equal && relation != LatexRelation.NotEqual)
            return StepOutcome.Error("an order relation between a matrix and another value is not defined");
        var shape = left.Matrix ?? right.Matrix!;
        // "\nabla V = 0", "(g, d) = 0": a 0 beside a matrix is its zero matrix, as written for a stationary point.
        if ((left.Scalar ?? right.Scalar) is { IsZero: true })
        {
            var zero = Symbolic.Matrices.Matrix.Zero(shape.Rows, shape.Columns);
            return left.Matrix is { } lm ? Matrices(lm, relation, zero) : Matrices(zero, relation, shape);
        }
        var status = relation == LatexRelation.Equal ? StepStatus.Invalid : StepStatus.Valid;
        return new StepOutcome(status, status == StepStatus.Valid ? "symbolic" : null, null, null, null,
            $"one side is a scalar and the other a {shape.Rows}×{shape.Columns} matrix");
    }

    /// <summary>
    /// A side with the given identities applied, and the expectations they rewrote made linear again: E_q[log p(x, z)] with
    /// p(x, z) = p(z | x) p(x) given is E_q[log p(z | x)] + log p(x), as the side would read written that way.
    /// </summary>
    private Expr Given(Expr e)
    {
        var rewritten = givens.Rewrite(e);
        if (!ReferenceEquals(rewritten, e) && !rewritten.Equals(e)) rewritten = Symbolic.Rewriting.Expectations.Relinearized(rewritten, randoms ?? new HashSet<string>());
        return Counted(rewritten);
    }

    /// <summary>The counts of the document (K of \sum_{k=1}^{K}) taken as positive integers, as they are: K = -1 is no count.</summary>
    private Expr Counted(Expr e)
    {
        if (counts is not { Count: > 0 }) return e;
        var map = new Dictionary<Expr, Expr>();
        foreach (var s in Substitution.FreeSymbols(e))
            if (!s.IsIndexed && counts.Contains(s.Name) && !s.Facts.HasFlag(Symbolic.Assumptions.Facts.Integer))
                map[s] = s.WithFacts(s.Facts | Symbolic.Assumptions.Facts.Integer | Symbolic.Assumptions.Facts.Positive);
        return map.Count == 0 ? e : Substitution.Substitute(e, map);
    }

    private StepOutcome Matrices(Matrix m, LatexRelation relation, Matrix n)
    {
        if (relation != LatexRelation.Equal && relation != LatexRelation.NotEqual)
            return StepOutcome.Error("order relations between matrices are not checked (only = and ≠)");
        if (m.Rows != n.Rows || m.Columns != n.Columns)
        {
            var status = relation == LatexRelation.Equal ? StepStatus.Invalid : StepStatus.Valid;
            return new StepOutcome(status, status == StepStatus.Valid ? "symbolic" : null, null, null, null,
                $"the sides have different sizes ({m.Rows}×{m.Columns} and {n.Rows}×{n.Columns})");
        }
        var parts = new List<(StepOutcome, string?)>();
        for (var r = 0; r < m.Rows; r++)
            for (var c = 0; c < m.Columns; c++)
            {
                var entry = Scalar(Given(m[r, c]), LatexRelation.Equal, Given(n[r, c]));
                var label = $"at entry ({r + 1}, {c + 1})";
                if (entry.Status == StepStatus.Invalid) { parts.Add((entry, label)); goto done; }
                parts.Add((entry, label));
            }
        done:
        var equal = StepOutcome.Combine(parts);
        return relation == LatexRelation.Equal ? equal : StepOutcome.Negated(equal, "the two matrices are equal");
    }

    public StepOutcome Scalar(Expr left, LatexRelation relation, Expr right) => ScalarWithPoint(left, relation, right).Outcome;

    /// <summary>The verdict, and for an invalid one the point of its (re-checked) counterexample.</summary>
    internal (StepOutcome Outcome, IReadOnlyDictionary<Symbol, double>? Point) ScalarWithPoint(Expr left, LatexRelation relation, Expr right)
    {
        var kind = relation switch
        {
            LatexRelation.Equal => RelationKind.Equal,
            LatexRelation.NotEqual => RelationKind.NotEqual,
            LatexRelation.Less => RelationKind.Less,
            LatexRelation.LessOrEqual => RelationKind.LessOrEqual,
            LatexRelation.Greater => RelationKind.Greater,
            _ => RelationKind.GreaterOrEqual,
        };
        // p(z | x) beside p(x, z), p(x) or p(x | z): the conditional by its definition, the joint over the marginal, so that the
        // product rule and Bayes' rule are algebra (Symbolic.Rewriting.ConditionalDensities); a conditional alone stays one unknown.
        var bare = Expectations.BareResolved(left, right);
        (left, right) = (Expectations.Renamed(left, bare), Expectations.Renamed(right, bare));
        var densities = ConditionalDensities.Families(left, right);
        var related = ConditionalDensities.Related(densities, left, right);
        // The givens again on what that brought in (p_\theta(x | z) read as p_\theta(x, z) / p_\theta(z) with p_\theta(z) = p(z) given); the
        // sides already had them, so only when conditionals were read.
        Expr Read(Expr side) => related.Count == 0 ? side : Given(ConditionalDensities.Rewritten(side, related));
        var rel = new Relation(kind, Read(left), Read(right));
        Decision d;
        try
        {
            // Each step has its own time budget; past it the step is "unknown: time budget exceeded".
            using (Symbolic.Safety.Deadline.Start(Symbolic.Safety.SafetyLimits.Current.StepTimeBudget))
                d = decider.Decide(rel, assumptions);
        }
        catch (Symbolic.Safety.LimitExceededException e) { return (StepOutcome.Unknown(e.Message), null); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (StepOutcome.Unknown($"the checker failed on this step ({e.GetType().Name}: {e.Message})"), null);
        }
        var detail = string.IsNullOrWhiteSpace(d.Detail) ? null : d.Detail;
        switch (d.Outcome)
        {
            case DecisionOutcome.Valid:
                return (new StepOutcome(StepStatus.Valid, d.Method, d.Method == "numeric" ? d.Points : null, d.Method == "numeric" ? d.Seed : null, null, detail), null);
            case DecisionOutcome.Invalid when d.Point is not null:
                if (Confirmed(rel, d) is not ({ } found, { } values))
                    return (StepOutcome.Unknown(StepOutcome.Join("a counterexample was proposed but did not re-check", detail)), null);
                var ce = CounterexampleCheck.Report(CounterexampleCheck.OfStep(found.Point!, rel), values.Left, [values.Right]);
                var foundDetail = string.IsNullOrWhiteSpace(found.Detail) ? null : found.Detail;
                return (new StepOutcome(StepStatus.Invalid, found.Method, found.Points, found.Seed, ce, WithPositiveHint(foundDetail, rel, values, found.Point!)), found.Point);
            case DecisionOutcome.Invalid:
                // Refuted without a point (e.g. a proof that the difference is a nonzero constant).
                return (new StepOutcome(StepStatus.Invalid, d.Method, null, null, null, detail ?? "refuted symbolically"), null);
            default:
                return ByDensities(rel, Freely(DensityAtoms.UnderLog(rel)), UnderLogAssumption) ?? ByInstances(rel) ?? ByDensities(rel)
                    ?? ByDensities(rel, Freely(DensityAtoms.Conditional(rel, densities)), ConditionalAssumption) ?? ByConditionalInstances(rel, densities)
                    ?? (StepOutcome.Unknown(WithAdvice(rel, WithDifference(rel, detail ?? "neither proved nor refuted"))), null);
        }
    }

    /// <summary>
    /// The engine's own decider, for advice about how to state a step (<see cref="WithPositiveHint"/>): the advice is no part of the
    /// verdict, so it does not go through the decider the checker was given (the benchmark's recording decider gave the SymPy
    /// reference the hint's relation, its symbols made positive, as if it were the step's own).
    /// </summary>
    private static readonly IStepDecider Advisor = new EquivalenceDecider();

    /// <summary>
    /// A step refuted only by complex values (the log of a negative number: \log \frac{1}{x} = -\log x at x = -1) or at a point
    /// with a negative coordinate (|\sigma_1 \sigma_2| = \sigma_1 \sigma_2 at \sigma_2 = -3) that holds where its symbols are positive:
    /// the verdict stands (nothing said they are), and the detail says how to state it.
    /// </summary>
    private string? WithPositiveHint(string? detail, Relation rel, CounterexampleCheck.Values values, IReadOnlyDictionary<Symbol, double> point)
    {
        static bool Complex(System.Numerics.Complex z) => Math.Abs(z.Imaginary) > 1e-12 * Math.Max(1, Math.Abs(z.Real));
        if (!Complex(values.Left) && !Complex(values.Right) && !point.Values.Any(v => v < 0)) return detail;
        var map = Substitution.FreeSymbols(rel.Left).Concat(Substitution.FreeSymbols(rel.Right)).Distinct()
            .Where(s => !s.Facts.HasFlag(Symbolic.Assumptions.Facts.Positive) && !s.Facts.HasFlag(Symbolic.Assumptions.Facts.Integer))
            .ToDictionary(s => (Expr)s, s => (Expr)s.WithFacts(s.Facts | Symbolic.Assumptions.Facts.Positive));
        if (map.Count == 0) return detail;
        var positive = new Relation(rel.Kind, Substitution.Substitute(rel.Left, map), Substitution.Substitute(rel.Right, map));
        try
        {
            using (Symbolic.Safety.Deadline.Start(Symbolic.Safety.SafetyLimits.Current.StepTimeBudget))
                if (Advisor.Decide(positive, assumptions).Outcome != DecisionOutcome.Valid) return detail;
        }
        catch (Exception e) when (e is not OutOfMemoryException) { return detail; }
        var names = map.Keys.Select(s => Symbolic.Printing.LatexPrinter.Print(s)).ToList();
        var hint = $"it holds where {string.Join(", ", names)} {(names.Count == 1 ? "is" : "are")} positive: if so, say it with % assume: {string.Join(", ", names.Select(n => n + " > 0"))}";
        return detail is null ? hint : $"{detail}; {hint}";
    }

    /// <summary>Redrawn deciders tried when a proposed counterexample does not re-check.</summary>
    private const int Redraws = 2;

    /// <summary>
    /// The refutation whose point re-checks in the reference evaluator, with the values there: the decider's own, or one of up to
    /// <see cref="Redraws"/> searches with other seeds (its seed is reported); null when none does.
    /// </summary>
    private (Decision, CounterexampleCheck.Values)? Confirmed(Relation rel, Decision d)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (d is { Outcome: DecisionOutcome.Invalid, Point: { } point } && CounterexampleCheck.Confirm(rel, point) is { } values) return (d, values);
            if (attempt > Redraws || decider.Redrawn(attempt) is not { } other) return null;
            try
            {
                using (Symbolic.Safety.Deadline.Start(Symbolic.Safety.SafetyLimits.Current.StepTimeBudget))
                    d = other.Decide(rel, assumptions);
            }
            catch (Symbolic.Safety.LimitExceededException) { return null; }
        }
    }

    /// <summary>Longest difference of the sides worth showing: past it, a reader learns nothing from it.</summary>
    private const int MaxDifferenceLength = 160;

    /// <summary>
    /// For an undecided equality, what separates its sides once like terms are collected (E[log p(z)] - E[log p_θ(z)]): the
    /// reader sees which identity the step uses and could declare. Null when the sides do not reduce to a short difference.
    /// </summary>
    private static string WithDifference(Relation rel, string detail) =>
        Difference(rel) is { } difference ? $"{detail.TrimEnd().TrimEnd('.')}; {difference}" : detail;

    private static string? Difference(Relation rel)
    {
        if (rel.Kind != RelationKind.Equal) return null;
        try
        {
            var difference = Symbolic.Construction.Build.Sub(rel.Left, rel.Right);
            var printed = Symbolic.Printing.LatexPrinter.Print(difference);
            var sides = Symbolic.Printing.LatexPrinter.Print(rel.Left).Length + Symbolic.Printing.LatexPrinter.Print(rel.Right).Length;
            return printed.Length <= MaxDifferenceLength && printed.Length < sides ? $"the sides differ by {printed}" : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException) { return null; }
    }

    /// <summary>
    /// What to add to the file when a step about functions nothing defines (KL, an expectation, a density) stays
    /// undecided: the reader can act on it, where "the undefined function has no numeric value" alone says only why.
    /// </summary>
    private string WithAdvice(Relation rel, string detail) =>
        !FunctionInstances.Applications(rel).Any() ? detail
            : $"{detail.TrimEnd().TrimEnd('.')}. To have it decided, {RandomsAdvice(rel)}declare the identity it uses with '% given: LHS = RHS' (e.g. a definition of the function); "
              + "if it holds by an argument in words, end its line with '% argued: WHY'.";

    /// <summary>
    /// With no random variable declared, only numbers come out of an expectation (E_q[a f(z)] stays, a may be random): a step
    /// taking out a constant is undecided for that reason alone, which the reader can lift by saying what is random.
    /// </summary>
    private string RandomsAdvice(Relation rel) =>
        randoms is { Count: > 0 } || !rel.Left.Descendants().Concat(rel.Right.Descendants()).OfType<Apply>()
            .Any(a => Expectations.IsExpectation(a) && Integrals.Parts(a.Name) is null && KeepsAName(a.Arguments[0]))
            ? ""
            : "if a factor does not depend on the random variables, say which are random ('% random: z', or the variable in the subscript, \\mathbb{E}_{z \\sim q}); otherwise ";

    /// <summary>Whether an expectation's body has a name as a factor of a term (a of E_q[a f(z)]), which might have come out of it.</summary>
    private static bool KeepsAName(Expr body) => body switch
    {
        Sum sum => sum.Terms.Any(KeepsAName),
        Product product => product.Factors.Any(f => f is Symbol),
        _ => false,
    };

    /// <summary>
    /// An undecided step about undefined functions, decided for concrete functions put in their place
    /// (<see cref="FunctionInstances"/>, which says what this proves): invalid when one instance fails at a
    /// re-checked point; an equality valid (numeric, over functions) when f ≡ 0 and every random instance satisfy it.
    /// </summary>
    private (StepOutcome Outcome, IReadOnlyDictionary<Symbol, double>? Point)? ByInstances(Relation rel)
    {
        var functions = FunctionInstances.Instantiable(rel, givens.Functions, distributions).Where(f => unsubstituted?.Contains(f.Name) != true).ToList();
        if (functions.Count == 0) return null;
        var held = 0;
        var hypotheses = HypothesesOn(functions);
        for (var k = 0; k <= FunctionInstances.Seeds.Count; k++)
        {
            var instance = FunctionInstances.Make(functions, k);
            if (!Satisfies(instance, hypotheses)) continue;
            var concrete = instance.Instantiate(rel);
            // Another undefined function left (an expectation, a conditional density): nothing can be evaluated.
            if (FunctionInstances.Applications(concrete).Any()) return null;
            Decision d;
            try { d = decider.Decide(concrete, assumptions); }
            catch (Exception e) when (e is not OutOfMemoryException and not Symbolic.Safety.LimitExceededException) { continue; }
            if (d.Outcome == DecisionOutcome.Valid) held++;
            if (d.Outcome != DecisionOutcome.Invalid || Refutation(concrete, d.Point) is not { } found) continue;
            var ce = CounterexampleCheck.Report(CounterexampleCheck.OfStep(found.Point, concrete), found.Values.Left, [found.Values.Right]);
            ce = ce with
            {
                Functions = instance.Described.Select(f => f.Text).ToList(),
                Printed = instance.Described.Select(f => new PrintedValue(f.Call, f.Body)).Concat(ce.Printed ?? []).ToList(),
            };
            var which = string.Join(", ", instance.Described.Select(f => f.Text));
            var seed = k == 0 ? "" : $" (random instance, seed {FunctionInstances.Seeds[k - 1]})";
            return (new StepOutcome(StepStatus.Invalid, d.Method, d.Points, d.Seed, ce,
                StepOutcome.Join($"fails for the function {which}{seed}", string.IsNullOrWhiteSpace(d.Detail) ? null : d.Detail)
                    + (rel.Kind is RelationKind.Equal or RelationKind.NotEqual ? "" : "; " + PropertyAdvice(functions))), found.Point);
        }
        if (rel.Kind != RelationKind.Equal || held < FunctionInstances.Seeds.Count + 1) return null;
        var names = string.Join(", ", functions.Select(f => f.Name));
        return (new StepOutcome(StepStatus.Valid, "numeric", held, FunctionInstances.Seeds[0], null,
            $"holds with {names} put as 0 and as {FunctionInstances.Seeds.Count} random functions (polynomial plus exponential, seeds "
            + $"{string.Join(", ", FunctionInstances.Seeds)}): a numeric check over functions, not a proof for every function", KeepDetail: true), null);
    }

    /// <summary>The assumptions about the functions an instance replaces (5.3's f'(z) &gt; -1).</summary>
    private List<Relation> HypothesesOn(IReadOnlyList<(string Name, int Arity)> functions)
    {
        var names = functions.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return assumptions.Relations.Where(r => FunctionInstances.Applications(r)
            .Any(a => names.Contains(a.Name))).ToList();
    }

    /// <summary>
    /// Whether the instance satisfies every hypothesis about the functions it replaces, for every value of their arguments (f'(z) &gt; -1
    /// holds for f ≡ 0, proved by signs; rarely for a random instance): an instance that breaks one would refute a step true under it,
    /// so it is not used. (As a sampling constraint the hypothesis only checked the one point z.)
    /// </summary>
    private static bool Satisfies(FunctionInstances instance, List<Relation> hypotheses)
    {
        if (hypotheses.Count == 0) return true;
        var reasoner = new Symbolic.Assumptions.SignReasoner(SymAssumptions.None);
        return hypotheses.All(h => reasoner.Prove(instance.Instantiate(h)) == Symbolic.Assumptions.Truth.True);
    }

    /// <summary>
    /// "\mathcal{L}(\theta, q_i^*; x_i) \ge \mathcal{L}(\theta, q_{\phi^*}; x_i)" holds because q_i^* maximizes \mathcal{L}, which no formula
    /// says: an inequality between values of an undefined function fails for some function, so the refutation says how to state the property.
    /// </summary>
    private static string PropertyAdvice(IEnumerable<(string Name, int Arity)> functions)
    {
        var names = string.Join(", ", functions.Select(f => Symbolic.Printing.LatexNames.Identifier(f.Name)).Distinct());
        return $"if it holds by a property of {names} stated in words (a maximum, a bound), declare it with '% assume:' or end the step's line with '% argued: WHY'";
    }

    /// <summary>
    /// An undecided step about densities constrained by "% given:" identities, decided with their applications as
    /// positive unknowns (<see cref="DensityAtoms"/> says why that is sound and what it assumes).
    /// </summary>
    /// <remarks>
    /// A step that states the value of a density the givens speak of only elsewhere (q(z) = q(z_0) |det J|^{-1}, with
    /// q(z_0) given) is refuted by any other value of the free q(z): that is no refutation, so it is undecided, saying so.
    /// </remarks>
    private (StepOutcome Outcome, IReadOnlyDictionary<Symbol, double>? Point)? ByDensities(Relation rel)
    {
        if (givens.Functions.Count == 0) return null;
        var replacement = DensityAtoms.Replace(rel, givens.Functions);
        var decided = ByDensities(rel, replacement, "with the given identities, the densities taken positive where divided by or under a log");
        if (decided is not ({ Status: StepStatus.Invalid }, _) || replacement?.Atoms.StatedValue(replacement.Value.Relation) is not { } stated) return decided;
        return (StepOutcome.Unknown($"this step states the value of the density {Symbolic.Printing.LatexPrinter.Print(stated)}, which no given identity "
            + "determines (any other value refutes it, so it is not refuted): declare the rule it applies with '% given: LHS = RHS', "
            + "or end its line with '% argued: WHY'"), null);
    }

    private IReadOnlySet<Apply> Freely(IReadOnlySet<Apply> applications) =>
        unsubstituted is not { Count: > 0 } ? applications : applications.Where(Free).ToHashSet();

    private const string UnderLogAssumption = "the densities taken positive where their log is taken (the functions under a log read as densities)";

    private const string ConditionalAssumption = "the conditional densities (written with a bar, q(z \\mid x)) and their joints and marginals taken as positive unknowns";

    /// <summary>
    /// The same with only some applications as positive unknowns: those whose log the step takes (log p(x, z) - log q(z | x)),
    /// which the document's own use makes densities, or those written as conditional densities, q(z | x), which the notation
    /// does. An application of another function left in the step leaves it undecided here.
    /// </summary>
    private (StepOutcome Outcome, IReadOnlyDictionary<Symbol, double>? Point)? ByDensities(Relation rel, IReadOnlySet<Apply> densities, string assumption) =>
        densities.Count == 0 ? null : ByDensities(rel, DensityAtoms.Replace(rel, densities.Contains), assumption);

    /// <summary>
    /// A step with conditional densities and other declared functions, p(x, z) / q(z | x): the densities as positive unknowns,
    /// and the other functions instantiated as <see cref="ByInstances"/> does.
    /// </summary>
    private (StepOutcome Outcome, IReadOnlyDictionary<Symbol, double>? Point)? ByConditionalInstances(Relation rel, IReadOnlySet<string> densities)
    {
        if (DensityAtoms.Replace(rel, Freely(DensityAtoms.Conditional(rel, densities)).Contains) is not ({ } atoms, { } replaced)) return null;
        // A density also applied where it was not replaced (q(x, z_k) under a product over k): a function put in its place there
        // would be unrelated to the free values of its other applications, and could refute a true step.
        var remaining = FunctionInstances.Applications(replaced).Select(a => a.Function);
        if (remaining.Any(atoms.Functions.Contains)) return null;
        if (ByInstances(replaced) is not ({ } outcome, var point)) return null;
        var ce = outcome.Counterexample is { } c ? atoms.Renamed(c) : null;
        return (outcome with { Counterexample = ce, Detail = StepOutcome.Join(ConditionalAssumption, outcome.Detail) }, point);
    }

    private (StepOutcome Outcome, IReadOnlyDictionary<Symbol, double>? Point)? ByDensities(Relation rel, (DensityAtoms Atoms, Relation Relation)? replacement, string assumption)
    {
        if (replacement is not ({ } atoms, { } positive)) return null;
        // log(ab) = log a + log b for the positive density values: the form in which the sides can agree symbolically.
        // (Inside an expectation the reader splits such logs itself: Symbolic.Rewriting.Expectations.)
        var replaced = new Relation(positive.Kind, Symbolic.Rewriting.Rewrite.ExpandLog(positive.Left), Symbolic.Rewriting.Rewrite.ExpandLog(positive.Right));
        if (FunctionInstances.Applications(replaced).Any()) return null;
        Decision d;
        try { d = decider.Decide(replaced, assumptions); }
        catch (Exception e) when (e is not OutOfMemoryException and not Symbolic.Safety.LimitExceededException) { return null; }
        if (d.Outcome == DecisionOutcome.Valid)
            return (new StepOutcome(StepStatus.Valid, d.Method, d.Method == "numeric" ? d.Points : null, d.Method == "numeric" ? d.Seed : null, null,
                assumption, KeepDetail: true), null);
        if (d.Outcome != DecisionOutcome.Invalid || Refutation(replaced, d.Point) is not { } found) return null;
        var ce = atoms.Named(CounterexampleCheck.Report(CounterexampleCheck.OfStep(found.Point, replaced), found.Values.Left, [found.Values.Right]), found.Point);
        return (new StepOutcome(StepStatus.Invalid, d.Method, d.Points, d.Seed, ce, assumption), null);
    }

    /// <summary>The point of a refutation, re-evaluated: the decider's, or when it refuted without one (0 = 1), a simple point.</summary>
    private static (IReadOnlyDictionary<Symbol, double> Point, CounterexampleCheck.Values Values)? Refutation(Relation rel, IReadOnlyDictionary<Symbol, double>? point)
    {
        var symbols = Substitution.FreeSymbols(rel.Left).Concat(Substitution.FreeSymbols(rel.Right)).Distinct().ToList();
        var candidates = point is null ? new[] { 0.5, -0.75, 1.25 }.Select(v => (IReadOnlyDictionary<Symbol, double>)symbols.ToDictionary(s => s, _ => v)) : [point];
        foreach (var p in candidates)
            if (CounterexampleCheck.Confirm(rel, p) is { } values) return (p, values);
        return null;
    }
}
