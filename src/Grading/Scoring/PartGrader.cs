using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Deciding;
using Ift6135.Sym.Checking.Declarations;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Output;
using Ift6135.Sym.Grading.Reading;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using System.Globalization;

namespace Ift6135.Sym.Grading.Scoring;

/// <summary>
/// Grades one answer against its key: each field automatically (the expected answer, else a known
/// mistake for its partial credit, else nothing), and the derivation through the checker, whose
/// step verdicts give proposed points for a teaching assistant to confirm.
/// </summary>
public sealed class PartGrader(IStepDecider decider, int gridSize, GradingCache? cache = null)
{
    private readonly GradingCache cache = cache ?? new GradingCache();

    private readonly AnswerMatcher matcher = new(decider);

    /// <param name="earlier">The answers of the same question written before this one: their definitions hold in this one's derivation.</param>
    public PartGrade Grade(PartKey key, AnswerText? answer, string file, IReadOnlyList<AnswerText>? earlier = null)
    {
        var proofMax = key.Points * (1m - key.Fields.Sum(f => f.Weight));
        if (answer is null || answer.Body.Split('\n').All(l => FieldText.StripComment(l).Trim().Length == 0))
            return new PartGrade(key.Id, key.Points,
                key.Fields.Select(f => new FieldGrade(f.Name, FieldStatus.Missing, 0, key.Points * f.Weight, null, "no answer")).ToArray(),
                0, proofMax, [], [answer is null
                    ? $"{key.Id}: no answer was given (the file has no \\begin{{answer}}{{{key.Id}}} environment: copy it from the template to answer)"
                    : $"{key.Id}: no answer was given"]) { Unanswered = true };

        var notes = new List<string>();
        DeclarationState declarations;
        try { declarations = AnswerContext.Read([.. key.Declarations, .. answer.Body.Split('\n')]); }
        catch (ParseException e)
        {
            notes.Add($"{file}:{answer.Line}: a declaration of the answer cannot be read ({e.Error.Message}); the question's own declarations are used");
            declarations = AnswerContext.Read(key.Declarations);
        }
        var onlyField = key.Fields.Count == 1 && proofMax == 0;
        var names = key.Fields.Select(f => f.Name).ToArray();
        // The derivation first: its definitions (s(z) := ..) are how the fields read ("derivative: \frac{s'(z)}{s(z)(1 - s(z))}").
        var derivationNotes = new List<string>();
        var (proposed, steps, defined) = proofMax > 0 ? Derivation(key, answer, earlier ?? [], file, declarations.Context, derivationNotes) : (0m, [], null);
        var fields = key.Fields.Select(f => GradeField(key, f, answer, file, declarations, defined, onlyField, names)).ToArray();
        if (!onlyField) notes.AddRange(LabelNotes(key, answer, file, fields));
        notes.AddRange(derivationNotes);
        return new PartGrade(key.Id, key.Points, fields, proposed, proofMax, steps, notes);
    }

    /// <summary>
    /// The derivation's context for a field, without the definitions of the names the expected answer is written in: a student's
    /// d := \|y - z_0\| must not turn the radius in d into one in y and z_0 (d, \alpha, \beta stay the symbols the key compares in).
    /// </summary>
    private static LatexContext ForField(LatexContext defined, FieldKey field) =>
        ExpectedNames(field.Expected).Aggregate(defined, (context, name) => context.WithoutDefinition(name));

    // w[1] is written w_1: the key of its definition, as the reader names it.
    private static IEnumerable<string> ExpectedNames(Assignment.Model.Answer expected) =>
        Expressions(expected).SelectMany(Substitution.FreeSymbols)
            .Select(s => s.Indices.Count == 0 ? s.Name : $"{s.Name}_{string.Join(",", s.Indices)}").Distinct();

    private static IEnumerable<Expr> Expressions(Assignment.Model.Answer answer) => answer switch
    {
        Assignment.Model.ExprAnswer e => [e.Value],
        Assignment.Model.ExprListAnswer l => l.Values,
        Assignment.Model.MatrixAnswer m => m.Value.Entries,
        Assignment.Model.CompositeAnswer c => c.Parts.SelectMany(p => Expressions(p.Value)),
        _ => [],
    };

    private FieldGrade GradeField(PartKey key, FieldKey field, AnswerText answer, string file, DeclarationState declarations, LatexContext? defined,
        bool onlyField, string[] names)
    {
        var max = key.Points * field.Weight;
        var found = FieldText.Find(answer, field.Name, onlyField, names);
        if (found is null)
            return new FieldGrade(field.Name, FieldStatus.Missing, 0, max, null, onlyField ? "no answer" : $"no answer after '{field.Name}:' (the label is missing or the line is empty)");
        // The answer's own declarations (comment lines) change how the text reads, so they are part of the key; so is the whole body
        // when the field writes a name the derivation may define (s(z)), read then with the derivation's definitions.
        var comments = string.Join("\n", answer.Body.Split('\n').Where(l => l.TrimStart().StartsWith('%')));
        if (defined is not null && DerivationText.MayDefineFor(answer.Body, found.Text, functions: true))
            return cache.Field(GradingCache.KeyOf(key.Id, field.Name, found.Text, answer.Body),
                () => GradeFieldText(key, field, found, file, declarations with { Context = ForField(defined, field) }, max));
        return cache.Field(GradingCache.KeyOf(key.Id, field.Name, found.Text, comments), () => GradeFieldText(key, field, found, file, declarations, max));
    }

    private FieldGrade GradeFieldText(PartKey key, FieldKey field, MappedText text, string file, DeclarationState declarations, decimal max)
    {
        var line = text.PlaceOf(0).Line;
        Assignment.Model.Answer given;
        try { given = AnswerParser.Parse(field, text, file, declarations, gridSize); }
        catch (AnswerParseException e) { return new FieldGrade(field.Name, FieldStatus.Unreadable, 0, max, null, e.Message); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return new FieldGrade(field.Name, FieldStatus.Unreadable, 0, max, null, $"{file}:{line}: the answer cannot be used: {e.Message}");
        }
        if (field.Witness is { } witness)
            return given is Assignment.Model.ExprListAnswer pair ? Witness(field, witness, pair, max) : new FieldGrade(field.Name, FieldStatus.Unreadable, 0, max, null, $"{file}:{line}: expected a pair (z_1, z_2)");
        var ordered = field.Kind == AnswerKind.Point;
        var outcome = matcher.Compare(given, field.Expected, ordered);
        if (outcome == MatchOutcome.Equal)
            return new FieldGrade(field.Name, FieldStatus.Correct, max, max, null, $"correct: {Shown(given)}");
        foreach (var m in field.Mistakes)
            if (matcher.Compare(given, m.Wrong, ordered) == MatchOutcome.Equal)
                return new FieldGrade(field.Name, FieldStatus.KnownMistake, Round(max * m.Credit), max, m.Name,
                    $"known mistake \"{m.Name}\": {m.Description}; partial credit {m.Credit:P0}");
        return outcome == MatchOutcome.Undecided
            ? new FieldGrade(field.Name, FieldStatus.Undecided, 0, max, null, $"the engine could not decide whether {Shown(given)} equals the expected answer: to be checked by a teaching assistant")
            : new FieldGrade(field.Name, FieldStatus.Wrong, 0, max, null, $"not the expected answer (given: {Shown(given)}) and not a known mistake");
    }

    /// <summary>
    /// What to fix in the labels: a label written twice (the first is graded), and for a field with no answer, a
    /// label close to its name ("behavior:" for "behaviour:") that was not read as it.
    /// </summary>
    private static IEnumerable<string> LabelNotes(PartKey key, AnswerText answer, string file, IReadOnlyList<FieldGrade> fields)
    {
        var labels = FieldText.Labels(answer);
        foreach (var field in key.Fields)
        {
            var lines = labels.Where(l => string.Equals(l.Name, field.Name, StringComparison.OrdinalIgnoreCase)).Select(l => l.Line).ToArray();
            if (lines.Length > 1)
                yield return $"{file}:{lines[1]}:1: '{field.Name}:' is written {lines.Length} times (first at line {lines[0]}); the first is graded: keep one";
        }
        var missing = key.Fields.Where((f, k) => fields[k].Status == FieldStatus.Missing).ToArray();
        foreach (var (name, line) in labels.Where(l => !key.Fields.Any(f => string.Equals(f.Name, l.Name, StringComparison.OrdinalIgnoreCase))))
            if (missing.FirstOrDefault(f => FieldText.Close(f.Name, name)) is { } meant)
                yield return $"{file}:{line}:1: '{name}:' is not a label of {key.Id}: write '{meant.Name}:' to have this answer graded";
    }

    /// <summary>A pair of different inputs with the same output earns the field; one that works only under a restriction is a known mistake.</summary>
    private FieldGrade Witness(FieldKey field, WitnessTest witness, Assignment.Model.ExprListAnswer pair, decimal max)
    {
        var finder = new KeyStepFinder(decider);
        var shown = pair.Canonical;
        switch (finder.Witness(witness, pair.Values, null))
        {
            case MatchOutcome.Equal:
                return new FieldGrade(field.Name, FieldStatus.Correct, max, max, null, $"correct: {shown} are different inputs with the same output (checked by evaluating g)");
            case MatchOutcome.Undecided:
                return new FieldGrade(field.Name, FieldStatus.Undecided, 0, max, null, $"the engine could not decide whether {shown} is a valid counterexample: to be checked by a teaching assistant");
        }
        foreach (var m in witness.Mistakes)
            if (finder.Witness(witness, pair.Values, m.Restriction) == MatchOutcome.Equal)
                return new FieldGrade(field.Name, FieldStatus.KnownMistake, Round(max * m.Mistake.Credit), max, m.Mistake.Name,
                    $"known mistake \"{m.Mistake.Name}\": {m.Mistake.Description}; partial credit {m.Mistake.Credit:P0}");
        return new FieldGrade(field.Name, FieldStatus.Wrong, 0, max, null, $"{shown} is not a pair of different inputs with the same output");
    }

    /// <summary>
    /// Proposed points: the points of each key step that has a relation of the solution and is found among the
    /// student's valid steps (a step equivalent to it); the other key steps are left to a teaching assistant.
    /// </summary>
    private (decimal, IReadOnlyList<StepReport>, LatexContext) Derivation(PartKey key, AnswerText answer, IReadOnlyList<AnswerText> earlier, string file, LatexContext context, List<string> notes)
    {
        var body = FieldText.WithoutFields(answer.Body, key.Fields.Select(f => f.Name).ToArray());
        var text = DerivationText.Compose(key.Declarations, earlier, answer, body);
        var result = cache.Derivation(GradingCache.KeyOf(key.Id, answer.Line.ToString(CultureInfo.InvariantCulture), text), () => CheckDerivation(key, answer.Line, text, context));
        var report = result.Report;
        notes.AddRange(report.Errors.Select(e => $"{file}:{e.Line}:{e.Column}: {e.Message}"));
        var s = report.Summary;
        notes.Add($"{key.Id}: derivation checked: {s.Valid} valid, {s.Invalid} invalid, {s.Unknown} undecided step(s), {s.NotChecked} logical step(s)");
        notes.AddRange(result.StepNotes);
        return (result.Proposed, report.Chains.SelectMany(c => c.Conclusion is null ? c.Steps : [.. c.Steps, c.Conclusion]).ToArray(), result.Context);
    }

    private DerivationResult CheckDerivation(PartKey key, int line, string text, LatexContext context)
    {
        // The earlier answers above the line give their definitions; their steps are graded with their own answers.
        var (checkedReport, defined) = new DerivationChecker(decider).CheckReading(text, "", decideFrom: line);
        var report = DerivationText.Only(checkedReport, line);
        var steps = report.Chains.SelectMany(c => c.Conclusion is null ? c.Steps : [.. c.Steps, c.Conclusion]).ToArray();
        var finder = new KeyStepFinder(decider);
        // The steps read back with the answer's declarations, and for a key step not found so, again with its definitions at its end
        // (0 < s(z), s defined, is the key's 0 < w_1 \sigma(..) + ..): a definition made later (\lambda := 1 \pm i\alpha) would change
        // what an earlier step says, and most answers need no second reading.
        var valid = finder.StudentRelations(steps, context);
        var validWithDefinitions = new Lazy<IReadOnlyList<StudentRelation>>(() => finder.StudentRelations(steps, defined));
        var proposed = 0m;
        var notes = new List<string>();
        foreach (var (step, k) in key.KeySteps.Select((x, k) => (x, k + 1)))
        {
            var what = $"{key.Id}: key step {k} ({step.Description}, {Points.Format(step.Points)})";
            if (step.Check is null)
            {
                notes.Add($"{what}: judged by a teaching assistant");
                continue;
            }
            var at = finder.Find(step.Check, valid) ?? finder.Find(step.Check, validWithDefinitions.Value);
            if (at is not null) proposed += step.Points;
            notes.Add(at is { } l ? $"{what}: found, valid, at line {l}" : $"{what}: not found among the valid steps");
        }
        notes.Add($"{key.Id}: proposed {Points.Format(proposed)} of {Points.Format(key.KeySteps.Sum(x => x.Points))} points for the key steps, to confirm by a teaching assistant");
        return new DerivationResult(report, proposed, notes, defined);
    }

    /// <summary>The answer as a reader writes it (O(K log K), not the machine form O(K^1 log^1 K)).</summary>
    private static string Shown(Assignment.Model.Answer answer) => answer is Assignment.Model.BigOAnswer b ? Documents.BigOClass.Plain(b) : answer.Canonical;

    private static decimal Round(decimal points) => Math.Round(points * 2, MidpointRounding.AwayFromZero) / 2;
}
