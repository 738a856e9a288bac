using System.Collections.Concurrent;
using Ift6135.Sym.Checking;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Reading;

namespace Ift6135.Sym.Grading.Scoring;

/// <summary>
/// Grades a batch of submissions against one answer key, in parallel; the result is in the order of
/// the student ids, whatever the scheduling, so grades are deterministic. A file that cannot be read
/// or graded gets its problem in its feedback and the rest of the batch goes on.
/// </summary>
public sealed class Grader(AnswerKey key)
{
    public IReadOnlyList<SubmissionGrade> GradeFiles(IReadOnlyList<string> files, Action<string>? progress = null, int? parallelism = null)
    {
        var results = new ConcurrentBag<SubmissionGrade>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount };
        Parallel.ForEach(files, options, file =>
        {
            results.Add(GradeFile(file));
            progress?.Invoke(file);
        });
        return results.OrderBy(r => r.Student, StringComparer.Ordinal).ThenBy(r => r.File, StringComparer.Ordinal).ToArray();
    }

    public SubmissionGrade GradeFile(string file)
    {
        string text;
        try { text = File.ReadAllText(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Empty(file, [$"{file}: the file cannot be read: {e.Message}"]);
        }
        return GradeText(text, file);
    }

    public SubmissionGrade GradeText(string text, string file)
    {
        var submission = SubmissionReader.Read(text, file, key.Parts.Select(p => p.Id).ToHashSet(StringComparer.Ordinal));
        // Each submission gets its own decider and grader: nothing is shared between threads.
        var grader = new PartGrader(Checker.DefaultDecider(), key.Parameters.Q1.GridSize);
        var parts = new List<PartGrade>();
        var problems = submission.Problems.ToList();
        foreach (var part in key.Parts)
        {
            submission.Answers.TryGetValue(part.Id, out var answer);
            try { parts.Add(grader.Grade(part, answer, file)); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug or an unforeseen input in one answer: that answer gets no points and says why; the others are graded.
                problems.Add($"{file}: {part.Id} could not be graded ({e.GetType().Name}: {e.Message}); it needs a teaching assistant");
                parts.Add(new PartGrade(part.Id, part.Points, [], 0, 0, [], [$"{part.Id}: could not be graded automatically"]));
            }
        }
        return new SubmissionGrade(submission.Student, file, parts, problems);
    }

    private SubmissionGrade Empty(string file, IReadOnlyList<string> problems) =>
        new(Path.GetFileNameWithoutExtension(file), file,
            key.Parts.Select(p => new PartGrade(p.Id, p.Points, [], 0, 0, [], [])).ToArray(), problems);

    /// <summary>The .tex files of the arguments: files as given, folders searched (recursively) for *.tex, sorted.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, List<string> missing)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p)) files.AddRange(Directory.EnumerateFiles(p, "*.tex", SearchOption.AllDirectories));
            else if (File.Exists(p)) files.Add(p);
            else missing.Add(p);
        }
        return files.Distinct().Order(StringComparer.Ordinal).ToArray();
    }
}
