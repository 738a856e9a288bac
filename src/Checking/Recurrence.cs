using System.Text.RegularExpressions;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

/// <summary>
/// Names defined by a recurrence in one index letter, d_{k+1} := d_k + \alpha g_k and g_{k+1} := g_k - \alpha d_k: a step about
/// d_k and g_k is about the sequences, not about two free numbers. Read with d_k free, the true
/// \|(d_k, g_k)\| = (1 + \alpha^2)^{k/2} \|(d_0, g_0)\| was refuted. Here the step is checked with the sequences unrolled from d_0, g_0
/// at k = 0 .. <see cref="SmallIndices"/> - 1 (a failure there refutes it), and an equality that holds there is proved for every k
/// when the step from k to k + 1 keeps it: the difference of its sides unchanged, or both sides multiplied by one factor.
/// </summary>
public sealed partial class Recurrence
{
    /// <summary>The values of the index the step is checked at with the sequences unrolled: k = 0, 1, 2, 3.</summary>
    public const int SmallIndices = 4;

    /// <summary>The method of a refutation with the sequences unrolled: a claim about them, never an equation for a later line to solve.</summary>
    public const string UnrolledMethod = "recurrence";

    private readonly string letter;
    // d_k -> its next value d_{k+1}, for each name of the family (as the step and the bodies write it).
    private readonly Dictionary<Symbol, Expr> next;
    private readonly IReadOnlyList<string> names;

    private Recurrence(string letter, Dictionary<Symbol, Expr> next, IReadOnlyList<string> names) =>
        (this.letter, this.next, this.names) = (letter, next, names);

    /// <summary>The recurrence a step's sides use (a name of the family at the bare index, d_k); null when there is none.</summary>
    public static Recurrence? Of(LatexContext context, params LatexValue[] sides)
    {
        var definitions = context.ValueDefinitions.Select(kv => (Match: NextKey().Match(kv.Key), Definition: kv.Value)).Where(d => d.Match.Success).ToList();
        var used = sides.SelectMany(Expressions).SelectMany(Substitution.FreeSymbols).ToList();
        foreach (var family in definitions.GroupBy(d => d.Match.Groups["k"].Value))
        {
            var bases = family.ToDictionary(d => d.Match.Groups["name"].Value, d => d.Definition, StringComparer.Ordinal);
            if (!used.Any(s => AtIndex(s, bases.Keys, family.Key))) continue;
            var bodies = new Dictionary<string, Expr>(StringComparer.Ordinal);
            foreach (var (name, definition) in bases)
            {
                try { bodies[name] = LatexLowering.Lower(definition.Body, context.ForDefinitionIn(definition.DefinedIn), definition.Source).Scalar!; }
                catch (Symbolic.Parsing.ParseException) { return null; }
                if (bodies[name] is null) return null;
            }
            // d_k as the step writes it and as the bodies do (their facts may differ): each goes to its next value.
            var next = new Dictionary<Symbol, Expr>();
            foreach (var s in used.Concat(bodies.Values.SelectMany(Substitution.FreeSymbols)).Where(s => AtIndex(s, bases.Keys, family.Key)))
                next[s] = bodies[s.Name];
            var written = bases.Keys.Where(b => used.Any(s => AtIndex(s, [b], family.Key))).Select(b => $"{b}_{family.Key}");
            return new Recurrence(family.Key, next, [.. written]);
        }
        return null;
    }

    private static IEnumerable<Expr> Expressions(LatexValue v) => v.Matrix is { } m ? m.Entries : v.Scalar is { } s ? [s] : v.Set ?? [];

    private static bool AtIndex(Symbol s, IEnumerable<string> names, string letter) =>
        s.Indices is [Symbol { Indices.Count: 0 } index] && index.Name == letter && names.Contains(s.Name);

    /// <summary>
    /// The step with the sequences unrolled at k = 0 .. <see cref="SmallIndices"/> - 1, then for an equality the inductive step;
    /// <paramref name="compare"/> decides each instance as the step itself would be.
    /// </summary>
    public StepOutcome Check(LatexValue left, LatexRelation relation, LatexValue right, Func<LatexValue, LatexRelation, LatexValue, StepOutcome> compare)
    {
        var unrolled = next.Keys.ToDictionary(s => (Expr)s, s => Substitution.Substitute(s, IndexOf(s), Number.Zero));
        var unrolledNames = string.Join(", ", names);
        for (var k = 0; k < SmallIndices; k++)
        {
            var at = AtIndex(unrolled, k);
            var outcome = compare(Map(left, at), relation, Map(right, at));
            if (outcome.Status == StepStatus.Invalid)
                return outcome with { Method = UnrolledMethod, Detail = StepOutcome.Join($"fails at {letter} = {k}, with {unrolledNames} unrolled from their recurrence", outcome.Detail) };
            if (outcome.Status != StepStatus.Valid)
                return StepOutcome.Unknown(StepOutcome.Join($"with {unrolledNames} unrolled from their recurrence, not decided at {letter} = {k}", outcome.Detail));
            unrolled = unrolled.ToDictionary(kv => kv.Key, kv => Substitution.Substitute(next[(Symbol)kv.Key], at));
        }
        var holds = $"holds at {letter} = 0, .., {SmallIndices - 1} with {unrolledNames} unrolled from their recurrence";
        if (relation != LatexRelation.Equal || left.Scalar is not { } l || right.Scalar is not { } r)
            return StepOutcome.Unknown($"{holds}; small cases are no proof for every {letter}");
        return Induction(l, r, compare) is { } how
            ? new StepOutcome(StepStatus.Valid, "induction", null, null, null, $"{holds}, and {how}", KeepDetail: true)
            : StepOutcome.Unknown($"{holds}; the step from {letter} to {letter} + 1 was not proved, and small cases are no proof");
    }

    /// <summary>
    /// How the step from k to k + 1 keeps L = R, with L' and R' the sides at k + 1: L' - R' = L - R, or L' R = R' L (both sides
    /// multiplied by one factor, which proves it where the sides are nonzero); null when neither is shown.
    /// </summary>
    private string? Induction(Expr l, Expr r, Func<LatexValue, LatexRelation, LatexValue, StepOutcome> compare)
    {
        var step = next.ToDictionary(kv => (Expr)kv.Key, kv => kv.Value);
        foreach (var index in IndexSymbols(l, r)) step[index] = Build.Add(index, Number.One);
        var (l1, r1) = (Substitution.Substitute(l, step), Substitution.Substitute(r, step));
        bool Holds(Expr a, Expr b) => compare(LatexValue.Of(a), LatexRelation.Equal, LatexValue.Of(b)).Status == StepStatus.Valid;
        if (Holds(Build.Sub(l1, r1), Build.Sub(l, r))) return $"the step from {letter} to {letter} + 1 keeps the difference of the sides (induction on {letter})";
        if (Holds(Build.Mul(l1, r), Build.Mul(r1, l)))
            return $"the step from {letter} to {letter} + 1 multiplies both sides by one factor (induction on {letter}, where the sides are nonzero)";
        return null;
    }

    private Dictionary<Expr, Expr> AtIndex(Dictionary<Expr, Expr> unrolled, int k)
    {
        var at = new Dictionary<Expr, Expr>(unrolled);
        foreach (var index in next.Keys.Select(IndexOf).Concat(next.Values.SelectMany(Substitution.FreeSymbols).Where(s => s.Name == letter && s.Indices.Count == 0)))
            at[index] = Number.Of(k);
        return at;
    }

    private IEnumerable<Symbol> IndexSymbols(params Expr[] sides) =>
        sides.Concat(next.Values).SelectMany(Substitution.FreeSymbols).Where(s => s.Name == letter && s.Indices.Count == 0)
            .Concat(next.Keys.Select(IndexOf)).Distinct();

    private static Symbol IndexOf(Symbol member) => (Symbol)member.Indices[0];

    private static LatexValue Map(LatexValue v, Dictionary<Expr, Expr> map) =>
        v.Matrix is { } m ? LatexValue.Of(m.Map(e => Substitution.Substitute(e, map))) : v.Scalar is { } s ? LatexValue.Of(Substitution.Substitute(s, map)) : v;

    /// <summary>The key of a recurrence's definition, d_{k+1} (written d_k+1): the name and the index letter.</summary>
    [GeneratedRegex(@"^(?<name>[^_]+)_(?<k>[a-zA-Z])\+1$")]
    private static partial Regex NextKey();
}
