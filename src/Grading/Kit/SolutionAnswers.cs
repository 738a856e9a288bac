using Ift6135.Sym.Assignment.Model;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// The machine-readable answer the solution gives for a field: the solution is the single source of
/// the expected answers, so that a variant (--params) changes the key and the solutions together.
/// </summary>
internal static class SolutionAnswers
{
    public static T? Find<T>(Part? part, string field) where T : Answer =>
        part?.Blocks.OfType<Result>().Select(r => r.Machine).FirstOrDefault() switch
        {
            CompositeAnswer c => c.Parts.Where(p => p.Name == field).Select(p => p.Value).OfType<T>().FirstOrDefault(),
            T single => single,
            _ => null,
        };

    /// <summary>The answer, or a <see cref="KitException"/> naming the sub-question and the field the solution lacks.</summary>
    public static T Require<T>(Part? part, string partId, string field) where T : Answer =>
        Find<T>(part, field) ?? throw new KitException($"{partId}: the solution gives no {field} ({typeof(T).Name}) to take the expected answer from");
}
