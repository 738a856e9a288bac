using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Q1;
using Ift6135.Sym.Assignment.Q2;
using Ift6135.Sym.Assignment.Q5;
using Ift6135.Sym.Assignment.Q6;
using Ift6135.Sym.Assignment.Questions;
using Ift6135.Sym.Assignment.Statement;
using Ift6135.Sym.Assignment.Verification;

namespace Ift6135.Sym.Assignment;

/// <summary>
/// Derives the whole solution: each question that has a derivation is derived (every step verified),
/// the others appear as sub-questions marked "not yet derived", never with invented content.
/// </summary>
public static class SolutionDeriver
{
    /// <summary>
    /// The questions are independent, so they are derived concurrently, each into its own log; the logs are
    /// joined in document order, so the solution is the one a sequential run gives.
    /// </summary>
    public static Solution Derive(AssignmentParameters parameters, IStepVerifier verifier) =>
        Derive(parameters, verifier, (_, _) => 0).Solution;

    /// <summary>
    /// <see cref="Derive(AssignmentParameters, IStepVerifier)"/>, and for each question what <paramref name="present"/> makes of it and
    /// of its own log (entries and checks in the order recorded), made by the worker that derived it as soon as it is done: what reads
    /// one question only (its typesetting) then overlaps the derivation of the others instead of waiting for all of them.
    /// </summary>
    public static (Solution Solution, IReadOnlyList<TShown> Shown) Derive<TShown>(AssignmentParameters parameters, IStepVerifier verifier,
        Func<Question, DerivationLog, TShown> present)
    {
        var derived = Concurrently.Map(Questions(parameters, verifier), (q, _) =>
        {
            var log = new DerivationLog();
            var question = q.Derive(log);
            return (Question: question, Log: log, Shown: present(question, log));
        }, LongestFirst);
        var log = DerivationLog.Join(derived.Select(d => d.Log));
        var solution = new Solution("IFT6135 Assignment 3: reference solutions", derived.Select(d => d.Question).ToList(), log.Ledger, log.SanityChecks);
        return (solution, derived.Select(d => d.Shown).ToArray());
    }

    /// <summary>
    /// The order the questions are started in, as indices into <see cref="Questions"/>: the longest first, so that no long question starts
    /// while the other core has nothing left (in-process CPU of each: q4 10.6 ms over two threads, q2 6.5, q6 5.5, q3 4.6, q5 2.9, q1 1.1).
    /// q6 was started last: in perf timelines of the native solve it then ran alone for its last 5 ms. Interleaved runs of both native
    /// binaries (60 each): median 36.3 ms with q6 last, 35.5 ms with this order. Only the scheduling depends on it, never the solution.
    /// </summary>
    private static readonly int[] LongestFirst = [3, 2, 1, 5, 4, 0];

    /// <summary>
    /// The questions' derivations in document order, each not yet run, each writing to the log it is given:
    /// what <see cref="Derive"/> runs, named so that the benchmark can time each one alone.
    /// </summary>
    public static IReadOnlyList<(string Name, Func<DerivationLog, Question> Derive)> Questions(AssignmentParameters parameters, IStepVerifier verifier) =>
    [
        ("q1", log => new Q1Derivation(parameters, log).Derive()),
        ("q2", log => new Q2Derivation(parameters, verifier, log).Derive()),
        ("q3", log => new Question3Derivation(parameters, parameters.Q3, log, verifier).Derive()),
        ("q4", log => new Question4Derivation(parameters, parameters.Q4, log, verifier).Derive()),
        ("q5", log => new Q5Derivation(parameters, verifier, log).Derive()),
        ("q6", log => new Q6Derivation(parameters, verifier, log).Derive()),
    ];

    /// <summary>A question whose derivation does not exist yet: restated, marked, and empty.</summary>
    private static Question Placeholder(int number, AssignmentParameters parameters)
    {
        var parts = PartCatalog.Parts.Where(p => p.Id.StartsWith($"q{number}.", StringComparison.Ordinal))
            .Select(p => Part.NotYetDerived(p.Id, p.Title, parameters.PointsOf(p.Id), p.Restatement)).ToArray();
        return new Question(number, PartCatalog.QuestionTitles[number], Inline.Of(PartCatalog.QuestionSummaries[number]), [], parts, []);
    }
}
