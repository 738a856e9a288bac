using Ift6135.Sym.Assignment;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// Everything the rubric, the template and the grader need, for one set of parameters: per
/// sub-question, in the order of the statement, its points, the engine's answers, the accepted forms,
/// the key steps and the known mistakes.
/// </summary>
public sealed record AnswerKey(AssignmentParameters Parameters, IReadOnlyList<PartKey> Parts)
{
    public int TotalPoints => Parts.Sum(p => p.Points);

    public PartKey? Part(string id) => Parts.FirstOrDefault(p => p.Id == id);

    /// <summary>Derives the solution (every step verified) and builds the key from it and from the engine.</summary>
    public static AnswerKey Build(AssignmentParameters parameters, IStepVerifier? verifier = null) =>
        Build(parameters, SolutionDeriver.Derive(parameters, verifier ?? StepVerifiers.Default));

    public static AnswerKey Build(AssignmentParameters parameters, Solution solution)
    {
        var byId = solution.Questions.SelectMany(q => q.Parts).ToDictionary(p => p.Id, StringComparer.Ordinal);
        Part? Derived(string id) => byId.TryGetValue(id, out var p) && p.Status == PartStatus.Derived ? p : null;

        var parts = new List<PartKey>();
        for (var k = 0; k < parameters.Q1.Cases.Count; k++)
        {
            var id = $"q1.{k + 1}";
            var part = Derived(id) ?? throw new KitException($"{id}: the solution has no derivation for this case");
            parts.Add(Q1Key.Part(part, parameters, k));
        }
        parts.AddRange(Q2Key.Parts(parameters, Derived));
        parts.AddRange(ProofKeys.Parts(parameters, Derived));
        parts.AddRange(new Q6Key(parameters.Q6).Parts(parameters, Derived));
        var order = DefaultPoints.All.Select((p, i) => (p.Part, i)).ToDictionary(x => x.Part, x => x.i, StringComparer.Ordinal);
        return new AnswerKey(parameters, parts.OrderBy(p => order[p.Id]).ToArray());
    }
}
