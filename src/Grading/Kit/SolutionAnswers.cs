using Ift6135.Sym.Assignment.Model;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// The machine-readable answer the solution gives for a field: the solution is the single source of
/// the expected answers whenever it has derived the sub-question; the kit computes its own only as a fallback.
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
}
