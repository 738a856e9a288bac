using System.Collections.Concurrent;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Grading.Scoring;

/// <summary>
/// Results shared by the submissions of one batch: many students write the same answer text, and grading it
/// again would give the same result (the engine is deterministic, its sampling seeded). Only results that do
/// not depend on the file (no file:line in them) and were not cut by a time budget are kept, so a cached
/// result is exactly what grading again would give, whichever thread computed it first.
/// </summary>
public sealed class GradingCache
{
    private readonly ConcurrentDictionary<string, FieldGrade> fields = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DerivationResult> derivations = new(StringComparer.Ordinal);

    public FieldGrade Field(string key, Func<FieldGrade> grade)
    {
        if (fields.TryGetValue(key, out var cached)) return cached;
        var result = grade();
        if (result.Status is FieldStatus.Correct or FieldStatus.KnownMistake or FieldStatus.Wrong && !Symbolic.Safety.Deadline.Expired)
            fields.TryAdd(key, result);
        return result;
    }

    public DerivationResult Derivation(string key, Func<DerivationResult> check)
    {
        if (derivations.TryGetValue(key, out var cached)) return cached;
        var result = check();
        if (!Symbolic.Safety.Deadline.Expired) derivations.TryAdd(key, result);
        return result;
    }

    /// <summary>A key made of parts that cannot run into each other (a separator no LaTeX text contains).</summary>
    public static string KeyOf(params string[] parts) => string.Join("\u0001", parts);
}

/// <summary>
/// A checked derivation: the checker's report (lines as in the student's file), the proposed points, the key-step notes, and
/// what the answer's formulas read with at its end (its declarations and definitions), for its fields.
/// </summary>
public sealed record DerivationResult(CheckReport Report, decimal Proposed, IReadOnlyList<string> StepNotes, Symbolic.Parsing.Latex.LatexContext Context);
