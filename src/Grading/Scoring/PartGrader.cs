using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Deciding;
using Ift6135.Sym.Checking.Declarations;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Reading;
using Ift6135.Sym.Symbolic.Parsing;

namespace Ift6135.Sym.Grading.Scoring;

/// <summary>
/// Grades one answer against its key: each field automatically (the expected answer, else a known
/// mistake for its partial credit, else nothing), and the derivation through the checker, whose
/// step verdicts give proposed points for a teaching assistant to confirm.
/// </summary>
public sealed class PartGrader(IStepDecider decider, int gridSize)
{
    private readonly AnswerMatcher matcher = new(decider);

    public PartGrade Grade(PartKey key, AnswerText? answer, string file)
    {
        var proofMax = key.Points * (1m - key.Fields.Sum(f => f.Weight));
        if (answer is null || answer.Body.Split('\n').All(l => FieldText.StripComment(l).Trim().Length == 0))
            return new PartGrade(key.Id, key.Points,
                key.Fields.Select(f => new FieldGrade(f.Name, FieldStatus.Missing, 0, key.Points * f.Weight, null, "no answer")).ToArray(),
                0, proofMax, [], [$"{key.Id}: no answer was given"]);

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
        var fields = key.Fields.Select(f => GradeField(key, f, answer, file, declarations, onlyField, names)).ToArray();
        var (proposed, steps) = proofMax > 0 ? Derivation(key, answer, file, proofMax, notes) : (0m, []);
        return new PartGrade(key.Id, key.Points, fields, proposed, proofMax, steps, notes);
    }

    private FieldGrade GradeField(PartKey key, FieldKey field, AnswerText answer, string file, DeclarationState declarations, bool onlyField, string[] names)
    {
        var max = key.Points * field.Weight;
        var found = FieldText.Find(answer, field.Name, onlyField, names);
        if (found is null)
            return new FieldGrade(field.Name, FieldStatus.Missing, 0, max, null, onlyField ? "no answer" : $"no line '{field.Name}: ...' was found in the answer");
        Assignment.Model.Answer given;
        try { given = AnswerParser.Parse(field, found.Value.Text, found.Value.Line, file, declarations, gridSize); }
        catch (AnswerParseException e) { return new FieldGrade(field.Name, FieldStatus.Unreadable, 0, max, null, e.Message); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return new FieldGrade(field.Name, FieldStatus.Unreadable, 0, max, null, $"{file}:{found.Value.Line}: the answer cannot be used: {e.Message}");
        }
        var ordered = field.Kind == AnswerKind.Point;
        var outcome = matcher.Compare(given, field.Expected, ordered);
        if (outcome == MatchOutcome.Equal)
            return new FieldGrade(field.Name, FieldStatus.Correct, max, max, null, $"correct: {given.Canonical}");
        foreach (var m in field.Mistakes)
            if (matcher.Compare(given, m.Wrong, ordered) == MatchOutcome.Equal)
                return new FieldGrade(field.Name, FieldStatus.KnownMistake, Round(max * m.Credit), max, m.Name,
                    $"known mistake \"{m.Name}\": {m.Description}; partial credit {m.Credit:P0}");
        return outcome == MatchOutcome.Undecided
            ? new FieldGrade(field.Name, FieldStatus.Undecided, 0, max, null, $"the engine could not decide whether {given.Canonical} equals the expected answer: to be checked by a teaching assistant")
            : new FieldGrade(field.Name, FieldStatus.Wrong, 0, max, null, $"not the expected answer (given: {given.Canonical}) and not a known mistake");
    }

    /// <summary>Proposed points: the proof's share times the fraction of checked steps that hold (valid / checked).</summary>
    private (decimal, IReadOnlyList<StepReport>) Derivation(PartKey key, AnswerText answer, string file, decimal proofMax, List<string> notes)
    {
        // The declarations first, then blank lines so that the body keeps its line numbers in the student's file.
        var header = key.Declarations.ToList();
        var pad = Math.Max(0, answer.Line - 1 - header.Count);
        var text = string.Join("\n", header) + new string('\n', pad + 1) + answer.Body;
        var report = new DerivationChecker(decider).Check(text, file);
        var steps = report.Chains.SelectMany(c => c.Conclusion is null ? c.Steps : [.. c.Steps, c.Conclusion]).ToArray();
        notes.AddRange(report.Errors.Select(e => $"{file}:{e.Line}:{e.Column}: {e.Message}"));
        var s = report.Summary;
        var checkedSteps = s.Valid + s.Invalid + s.Unknown;
        if (checkedSteps == 0)
        {
            notes.Add($"{key.Id}: no checkable derivation step was found; the argument is left to a teaching assistant (0 proposed, to confirm)");
            return (0m, steps);
        }
        var proposed = Math.Floor(proofMax * s.Valid / checkedSteps * 2) / 2;
        notes.Add($"{key.Id}: derivation checked: {s.Valid} valid, {s.Invalid} invalid, {s.Unknown} undecided step(s), {s.NotChecked} logical step(s); " +
                  $"proposed {proposed:0.##} of {proofMax:0.##} points, to confirm by a teaching assistant");
        return (proposed, steps);
    }

    private static decimal Round(decimal points) => Math.Round(points * 2, MidpointRounding.AwayFromZero) / 2;
}
