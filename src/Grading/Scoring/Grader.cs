using Ift6135.Sym.Checking;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Reading;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Safety;

namespace Ift6135.Sym.Grading.Scoring;

/// <summary>
/// Grades a batch of submissions against one answer key, in parallel; the result is in the order of
/// the student ids, whatever the scheduling, so grades are deterministic. A file that cannot be read
/// or graded gets its problem in its feedback and the rest of the batch goes on; so does a submission
/// that exceeds its time budget (<see cref="GradeOptions.SubmissionTimeBudget"/>).
/// </summary>
public sealed class Grader(AnswerKey key, GradeOptions? options = null)
{
    private readonly GradeOptions options = options ?? GradeOptions.Default;
    private readonly GradingCache cache = new();

    public IReadOnlyList<SubmissionGrade> GradeFiles(IReadOnlyList<string> files, Action<string>? progress = null)
    {
        var results = new SubmissionGrade[files.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };
        // Each result goes to its file's slot, so the order never depends on the scheduling.
        Parallel.For(0, files.Count, parallel, k =>
        {
            results[k] = GradeFile(files[k]);
            progress?.Invoke(files[k]);
        });
        return results.OrderBy(r => r.Student, StringComparer.Ordinal).ThenBy(r => r.File, StringComparer.Ordinal).ToArray();
    }

    public SubmissionGrade GradeFile(string file)
    {
        string text;
        // Through the input guard: binary data, NUL bytes, a wrong encoding or an oversized file are named at their place.
        try { text = InputGuard.ReadFile(file); }
        catch (ParseException e)
        {
            return Empty(file, [$"{file}:{e.Error.Span.Line}:{e.Error.Span.Column}: {e.Error.Message}; this file is not graded: submit the LaTeX source of the filled template, saved as UTF-8 text"]);
        }
        catch (LimitExceededException e)
        {
            return Empty(file, [$"{file}: {e.Message}; this file is not graded"]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Empty(file, [$"{file}: the file cannot be read: {e.Message}"]);
        }
        return GradeText(text, file);
    }

    public SubmissionGrade GradeText(string text, string file)
    {
        var submission = SubmissionReader.Read(text, file, key.Parts.Select(p => p.Id).ToHashSet(StringComparer.Ordinal));
        // Each submission gets its own decider and grader; only the cache of finished results is shared between threads.
        var grader = new PartGrader(Checker.DefaultDecider(), key.Parameters.Q1.GridSize, cache);
        var parts = new List<PartGrade>();
        var problems = submission.Problems.ToList();
        if (OtherKey(text, file) is { } other) problems.Add(other);
        // One budget for the whole submission; the checker's per-step budgets nest inside it (the earlier deadline wins).
        using var budget = Deadline.Start(options.Budget);
        foreach (var part in key.Parts)
        {
            submission.Answers.TryGetValue(part.Id, out var answer);
            var exceeded = false;
            try { parts.Add(answer is null && submission.WhyUnread(part.Id) is { } why ? Unreadable(part, why) : grader.Grade(part, answer, file, Earlier(submission, answer))); }
            catch (TimeBudgetExceededException)
            {
                parts.Add(Ungraded(part, "time budget exceeded while grading this sub-question"));
                exceeded = true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug or an unforeseen input in one answer: that answer gets no points and says why; the others are graded.
                problems.Add($"{file}: {part.Id} could not be graded ({e.GetType().Name}: {e.Message}); it needs a teaching assistant");
                parts.Add(Ungraded(part, "could not be graded automatically"));
            }
            // The checker turns a step cut by the deadline into an undecided step, so the clock is read here too.
            if (exceeded || Deadline.Expired)
            {
                problems.Add(BudgetExceeded(part.Id));
                parts.AddRange(key.Parts.Skip(parts.Count).Select(p => Ungraded(p, "not graded: the submission's time budget was spent")));
                break;
            }
        }
        return new SubmissionGrade(submission.Student, file, parts, problems);
    }

    /// <summary>
    /// What to do when the file was filled from the template of other parameters than the key's (its "%% key:" line
    /// differs): its answers are compared with another variant's. Null when it is the same key or the line is absent.
    /// </summary>
    private string? OtherKey(string text, string file)
    {
        if (KeyFingerprint.Written(text) is not { } written || written.Fingerprint == fingerprint) return null;
        var theirs = KeyFingerprint.Parameters(text) is { } p ? $" ({p})" : "";
        return $"{file}:{written.Line}:1: this file was filled from the template of other parameters{theirs} than the ones graded now, "
            + "so its answers are compared with another variant's: grade it with the --params that `template` was given";
    }

    private readonly string fingerprint = KeyFingerprint.Of(key);

    /// <summary>The answers of the question of <paramref name="answer"/> ("q6" of q6.3) written before it in the file, in their order.</summary>
    private IReadOnlyList<AnswerText> Earlier(Submission submission, AnswerText? answer) =>
        answer is null ? [] : submission.Answers.Values.Where(a => a.Line < answer.Line && Question(a.PartId) == Question(answer.PartId)).OrderBy(a => a.Line)
            .Select(a => key.Parts.FirstOrDefault(p => p.Id == a.PartId)?.ValueName is { } name ? a with { Body = EarlierAnswerName.Given(a.Body, name) } : a).ToArray();

    private static string Question(string partId) => partId.Split('.')[0];

    /// <summary>The feedback line of a submission stopped by its budget: where, and what happens to its points.</summary>
    private string BudgetExceeded(string partId) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"time budget exceeded at {partId} ({options.Budget.TotalSeconds:0.###} s for the submission): the points of the sub-questions graded so far are kept (partial grade); the rest get 0 and need a teaching assistant");

    /// <summary>An answer that is there but could not be read out of the file: each field unreadable, so the summary counts it so.</summary>
    private static PartGrade Unreadable(PartKey part, string why) =>
        new(part.Id, part.Points, part.Fields.Select(f => new FieldGrade(f.Name, FieldStatus.Unreadable, 0, part.Points * f.Weight, null, why)).ToArray(), 0, 0, [], [$"{part.Id}: {why}"]);

    private static PartGrade Ungraded(PartKey part, string why) => new(part.Id, part.Points, [], 0, 0, [], [$"{part.Id}: {why}"]);

    private SubmissionGrade Empty(string file, IReadOnlyList<string> problems) =>
        new(Path.GetFileNameWithoutExtension(file), file,
            key.Parts.Select(p => new PartGrade(p.Id, p.Points, [], 0, 0, [], [])).ToArray(), problems);

    /// <summary>
    /// The .tex files of the arguments: files as given, folders searched (recursively) for files ending in .tex in
    /// any case, sorted; the other files of those folders go to <paramref name="skipped"/> (when given), so that
    /// a submission saved under another name is reported rather than silently left out.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, List<string> missing, List<string>? skipped = null)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                foreach (var f in Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories))
                    if (f.EndsWith(".tex", StringComparison.OrdinalIgnoreCase)) files.Add(f);
                    else skipped?.Add(f);
            }
            else if (File.Exists(p)) files.Add(p);
            else missing.Add(p);
        }
        skipped?.Sort(StringComparer.Ordinal);
        return files.Distinct().Order(StringComparer.Ordinal).ToArray();
    }
}
