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
/// when the step from k to k + 1 keeps it: the difference of its sides unchanged, both sides multiplied by one factor, or a closed
/// form y_k = R giving R at k + 1 once put in the step. Terms at numbers (d_2) are unrolled and decided once.
/// </summary>
public sealed partial class Recurrence
{
    /// <summary>The values of the index the step is checked at with the sequences unrolled: k = 0, 1, 2, 3.</summary>
    public const int SmallIndices = 4;

    /// <summary>The method of a refutation with the sequences unrolled: a claim about them, never an equation for a later line to solve.</summary>
    public const string UnrolledMethod = "recurrence";

    private readonly string letter;
    // Each name of the family (d for d_{k+1} := ..) and the value of its next term, in d_k, g_k and k.
    private readonly IReadOnlyDictionary<string, Expr> bodies;
    private readonly string written;

    private Recurrence(string letter, IReadOnlyDictionary<string, Expr> bodies, string written) =>
        (this.letter, this.bodies, this.written) = (letter, bodies, written);

    /// <summary>Whether the document defined any name by a recurrence (d_{k+1} := ..): checked at every step, before reading its names.</summary>
    public static bool AnyIn(LatexContext context) => context.ValueDefinitions.Any(kv => kv.Key.EndsWith("+1", StringComparison.Ordinal));

    /// <summary>
    /// The recurrence whose names the step writes at the bare index (d_k among <paramref name="namesUsed"/>, as keys); null when
    /// there is none, or when a definition of the family cannot be read as a number.
    /// </summary>
    public static Recurrence? Of(LatexContext context, IReadOnlyCollection<string> namesUsed)
    {
        var definitions = context.ValueDefinitions.Select(kv => (Match: NextKey().Match(kv.Key), Definition: kv.Value)).Where(d => d.Match.Success);
        foreach (var family in definitions.GroupBy(d => d.Match.Groups["k"].Value))
        {
            var bases = family.ToDictionary(d => d.Match.Groups["name"].Value, d => d.Definition, StringComparer.Ordinal);
            var used = bases.Keys.Where(b => Writes(namesUsed, b, family.Key)).ToList();
            if (used.Count == 0) continue;
            var bodies = new Dictionary<string, Expr>(StringComparer.Ordinal);
            foreach (var (name, definition) in bases)
            {
                LatexValue value;
                try { value = LatexLowering.ValueOf(definition, context); }
                catch (Exception e) when (LatexLowering.IsUnreadable(e))
                {
                    return null;
                }
                // x_{k+1} = A x_k beside d_{k+1} and g_{k+1}: the vector's recurrence restates its entries'; x_k read through its own
                // definition (d_k, g_k)^T is then a term of theirs. A family of vectors alone has no scalar terms to unroll.
                if (value.Scalar is { } scalar) bodies[name] = scalar;
                else used.Remove(name);
            }
            if (used.Count == 0 || bodies.Count == 0) continue;
            return new Recurrence(family.Key, bodies, string.Join(", ", used.Select(b => $"{b}_{family.Key}")));
        }
        return null;
    }

    /// <summary>Whether the names used write a term of <paramref name="name"/>'s sequence: at the index letter (d_k) or at a number (d_2).</summary>
    private static bool Writes(IReadOnlyCollection<string> namesUsed, string name, string letter) =>
        namesUsed.Contains($"{name}_{letter}")
        || namesUsed.Any(key => key.Length > name.Length + 1 && key.StartsWith($"{name}_", StringComparison.Ordinal) && key[(name.Length + 1)..].All(char.IsAsciiDigit));

    /// <summary>Whether a side raises something to a power in the index, A^k: a matrix power is read only at numbers (<see cref="CheckAtSmallIndices"/>).</summary>
    public bool PowersIn(MathNode side) =>
        MathNodes.SelfAndDescendants(side).OfType<PowerNode>().Any(p => NamesSeen.Names(p.Exponent).Contains(letter, StringComparer.Ordinal));

    /// <summary>
    /// The step with the sequences unrolled at k = 0 .. <see cref="SmallIndices"/> - 1, then for an equality the inductive step;
    /// <paramref name="compare"/> decides each instance as the step itself would be.
    /// </summary>
    public StepOutcome Check(LatexValue left, LatexRelation relation, LatexValue right, Func<LatexValue, LatexRelation, LatexValue, StepOutcome> compare)
    {
        var small = AtSmallIndices(_ => (left, right), relation, compare, out var holds);
        if (small is not null) return small;
        if (relation != LatexRelation.Equal || left.Scalar is not { } l || right.Scalar is not { } r)
            return StepOutcome.Unknown($"{holds}; small cases are no proof for every {letter}");
        return Induction(l, r, compare) is { } how
            ? new StepOutcome(StepStatus.Valid, "induction", null, null, null, $"{holds}, and {how}", KeepDetail: true)
            : StepOutcome.Unknown($"{holds}; the step from {letter} to {letter} + 1 was not proved, and small cases are no proof");
    }

    /// <summary>
    /// A step with a power in the index (d = A^k d_0): each side read again at k = 0 .. <see cref="SmallIndices"/> - 1 with the
    /// exponents made numbers by <paramref name="lowerAt"/> (null when a side cannot be read), then compared as in <see cref="Check"/>;
    /// it is never proved for every k.
    /// </summary>
    public StepOutcome CheckAtSmallIndices(Func<int, (LatexValue, LatexValue)?> lowerAt, LatexRelation relation, Func<LatexValue, LatexRelation, LatexValue, StepOutcome> compare)
    {
        var small = AtSmallIndices(lowerAt, relation, compare, out var holds);
        return small ?? StepOutcome.Unknown($"{holds}; small cases are no proof for every {letter}");
    }

    /// <summary>The exponents of a side with the index letter put as <paramref name="k"/>: A^k read as A^2.</summary>
    public MathNode WithIndexInExponents(MathNode side, int k) => MathNodes.Rewrite(side, node => node is PowerNode p
        ? p with { Exponent = MathNodes.Rewrite(p.Exponent, e => e is NameNode { Subscript: null, Marks: "" } n && n.Base == letter
            ? new NumberNode(k, n.Span, n.Start, n.End) : null) }
        : null);

    /// <summary>
    /// The first outcome that is not valid at k = 0 .. <see cref="SmallIndices"/> - 1 (a refutation or an undecided instance), or
    /// null with <paramref name="holds"/> saying where it held.
    /// </summary>
    private StepOutcome? AtSmallIndices(Func<int, (LatexValue, LatexValue)?> sidesAt, LatexRelation relation,
        Func<LatexValue, LatexRelation, LatexValue, StepOutcome> compare, out string holds)
    {
        holds = $"holds at {letter} = 0, .., {SmallIndices - 1} with {written} unrolled from their recurrence";
        for (var k = 0; k < SmallIndices; k++)
        {
            if (sidesAt(k) is not var (left, right)) return StepOutcome.Unknown($"a side could not be read at {letter} = {k}");
            var at = Terms([left, right], k);
            var outcome = compare(Map(left, at), relation, Map(right, at));
            // d_2 = (1 - \alpha^2) d_0 + 2 \alpha g_0: terms at numbers only, one comparison decides it for good.
            if (!UsesIndex(left, right))
                return outcome.Status == StepStatus.Invalid
                    ? outcome with { Method = UnrolledMethod, Detail = StepOutcome.Join($"with the terms of {written} unrolled from their recurrence", outcome.Detail) }
                    : outcome with { Detail = StepOutcome.Join($"with the terms of {written} unrolled from their recurrence", outcome.Detail), KeepDetail = true };
            if (outcome.Status == StepStatus.Invalid)
                return outcome with { Method = UnrolledMethod, Detail = StepOutcome.Join($"fails at {letter} = {k}, with {written} unrolled from their recurrence", outcome.Detail) };
            if (outcome.Status != StepStatus.Valid)
                return StepOutcome.Unknown(StepOutcome.Join($"with {written} unrolled from their recurrence, not decided at {letter} = {k}", outcome.Detail));
        }
        return null;
    }

    /// <summary>Whether the sides write the index, alone or as a term's (k, d_k), rather than terms at numbers only (d_2).</summary>
    private bool UsesIndex(params LatexValue[] sides) =>
        sides.SelectMany(Expressions).SelectMany(Substitution.FreeSymbols).SelectMany(s => s.Indices.OfType<Symbol>().Prepend(s))
            .Any(s => s.Name == letter && s.Indices.Count == 0);

    /// <summary>Whether every term of the family the sides write is at the bare index or at a number (d_k, d_0, d_2, not d_{k-1}).</summary>
    public bool Covers(params LatexValue[] sides) =>
        sides.SelectMany(Expressions).SelectMany(Substitution.FreeSymbols).Where(s => bodies.ContainsKey(s.Name) && s.Indices.Count > 0)
            .All(s => s.Indices is [Symbol { Indices.Count: 0 } i] ? i.Name == letter : s.Indices is [Number n] && NumberIndex(n) is not null);

    /// <summary>
    /// The map that puts the sequences' terms in the sides: d_k (k the bare index) as the term at <paramref name="k"/>, d_2 as the
    /// second term, each in d_0, g_0; the index itself as <paramref name="k"/>. Without <paramref name="k"/>, d_k and k stay.
    /// </summary>
    private Dictionary<Expr, Expr> Terms(IEnumerable<LatexValue> sides, int? k)
    {
        var map = new Dictionary<Expr, Expr>();
        foreach (var s in sides.SelectMany(Expressions).SelectMany(Substitution.FreeSymbols).Where(s => bodies.ContainsKey(s.Name)).Distinct())
        {
            if (s.Indices is [Symbol { Indices.Count: 0 } i] && i.Name == letter) { if (k is { } at) map[s] = Term(s.Name, at); }
            else if (s.Indices is [Number n] && NumberIndex(n) is { } index and > 0) map[s] = Term(s.Name, index);
        }
        if (k is { } value)
            foreach (var index in IndexSymbols(sides.SelectMany(Expressions))) map[index] = Number.Of(value);
        return map;
    }

    /// <summary>Terms beyond this are not unrolled: d_40 is read as written.</summary>
    public const int MaxTerm = 12;

    private static int? NumberIndex(Number n) => n.Value.IsInteger && n.Value >= 0 && n.Value <= MaxTerm ? (int)n.Value.Numerator : null;

    /// <summary>The term <paramref name="j"/> of the sequence <paramref name="name"/>, in the terms at 0 (d_0, g_0) and the other symbols.</summary>
    private Expr Term(string name, int j)
    {
        while (TermsSoFar.Count <= j)
        {
            var previous = TermsSoFar[^1];
            var at = TermsSoFar.Count - 1;
            var map = Members(bodies.Values).ToDictionary(s => (Expr)s, s => previous[s.Name]);
            foreach (var index in IndexSymbols(bodies.Values)) map[index] = Number.Of(at);
            TermsSoFar.Add(bodies.ToDictionary(kv => kv.Key, kv => Substitution.Substitute(kv.Value, map), StringComparer.Ordinal));
        }
        return TermsSoFar[j][name];
    }

    private List<Dictionary<string, Expr>> TermsSoFar => termsCache ??= [bodies.Keys.ToDictionary(name => name, FirstTerm, StringComparer.Ordinal)];

    private List<Dictionary<string, Expr>>? termsCache;

    /// <summary>d_0, with the facts the bodies give d_k.</summary>
    private Expr FirstTerm(string name) =>
        Members(bodies.Values).FirstOrDefault(s => s.Name == name) is { } member
            ? Substitution.Substitute(member, member.Indices[0], Number.Zero)
            : Symbol.Indexed(name, Symbolic.Assumptions.Facts.Real, Number.Zero);

    /// <summary>
    /// How the step from k to k + 1 keeps L = R, with L' and R' the sides at k + 1: L' - R' = L - R, or L' R = R' L (both sides
    /// multiplied by one factor, which proves it where the sides are nonzero), or, for a closed form y_k = R of a sequence defined
    /// alone, L' = R' once y_k is put as R in it; null when none is shown.
    /// </summary>
    private string? Induction(Expr l, Expr r, Func<LatexValue, LatexRelation, LatexValue, StepOutcome> compare)
    {
        var constants = Terms([LatexValue.Of(l), LatexValue.Of(r)], null);
        (l, r) = (Substitution.Substitute(l, constants), Substitution.Substitute(r, constants));
        var step = Members([l, r, .. bodies.Values]).ToDictionary(s => (Expr)s, s => bodies[s.Name]);
        var indices = IndexSymbols([l, r, .. bodies.Values]).ToList();
        foreach (var index in indices) step[index] = Build.Add(index, Number.One);
        var (l1, r1) = (Substitution.Substitute(l, step), Substitution.Substitute(r, step));
        bool Holds(Expr a, Expr b) => compare(LatexValue.Of(a), LatexRelation.Equal, LatexValue.Of(b)).Status == StepStatus.Valid;
        if (Holds(Build.Sub(l1, r1), Build.Sub(l, r))) return $"the step from {letter} to {letter} + 1 keeps the difference of the sides (induction on {letter})";
        if (Holds(Build.Mul(l1, r), Build.Mul(r1, l)))
            return $"the step from {letter} to {letter} + 1 multiplies both sides by one factor (induction on {letter}, where the sides are nonzero)";
        if (bodies.Count == 1 && l is Symbol term && Members([l]).Contains(term) && !r.Descendants().Contains(term)
            && Holds(Substitution.Substitute(l1, term, r), r1))
            return $"the closed form put for {written} in the step from {letter} to {letter} + 1 gives the closed form at {letter} + 1 (induction on {letter})";
        return null;
    }

    /// <summary>A term the sides write beyond those unrolled (d_{40}), as written; null when there is none.</summary>
    public string? Beyond(params LatexValue[] sides) =>
        sides.SelectMany(Expressions).SelectMany(Substitution.FreeSymbols)
            .FirstOrDefault(s => bodies.ContainsKey(s.Name) && s.Indices is [Number n] && n.Value.IsInteger && NumberIndex(n) is null) is { } far
            ? Symbolic.Printing.LatexPrinter.Print(far)
            : null;

    /// <summary>Whether a name is a term at a number (d_2, d_{40}) of a sequence the document defined by a recurrence (d_{k+1} := ..).</summary>
    public static bool IsTermOf(LatexContext context, NameNode name) =>
        name is { Subscript.Items: [NumberNode { Value.IsInteger: true }], Marks: "" }
        && context.ValueDefinitions.Any(kv => NextKey().Match(kv.Key) is { Success: true } m && m.Groups["name"].Value == name.Base);

    /// <summary>The names of the family at the bare index, d_k, as the expressions write them (their facts may differ).</summary>
    private List<Symbol> Members(IEnumerable<Expr> exprs) =>
        exprs.SelectMany(Substitution.FreeSymbols).Where(s => bodies.ContainsKey(s.Name) && s.Indices is [Symbol { Indices.Count: 0 } i] && i.Name == letter)
            .Distinct().ToList();

    private IEnumerable<Symbol> IndexSymbols(IEnumerable<Expr> exprs) =>
        exprs.SelectMany(Substitution.FreeSymbols).SelectMany(s => s.Indices.OfType<Symbol>().Prepend(s)).Where(s => s.Name == letter && s.Indices.Count == 0).Distinct();

    private static IEnumerable<Expr> Expressions(LatexValue v) => v.Matrix is { } m ? m.Entries : v.Scalar is { } s ? [s] : v.Set ?? [];

    private static LatexValue Map(LatexValue v, Dictionary<Expr, Expr> map) =>
        v.Matrix is { } m ? LatexValue.Of(m.Map(e => Substitution.Substitute(e, map))) : v.Scalar is { } s ? LatexValue.Of(Substitution.Substitute(s, map)) : v;

    /// <summary>The key of a recurrence's definition, d_{k+1} (written d_k+1): the name and the index letter.</summary>
    [GeneratedRegex(@"^(?<name>[^_]+)_(?<k>[a-zA-Z])\+1$")]
    private static partial Regex NextKey();
}
