using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Rewriting;

/// <summary>
/// Expectations written as undefined functions E_q(body) (the LaTeX reader's \mathbb{E}_{q}[..]), in a linear normal form: the
/// body's terms each in an expectation of their own, numbers and factors free of the declared random variables outside it.
/// </summary>
public static class Expectations
{
    /// <summary>Whether an application is an expectation: E or E_q (or an integral, held alike: <see cref="IsExpectationName"/>).</summary>
    public static bool IsExpectation(Apply a) => a.Arguments.Count == 1 && IsExpectationName(a.Name);

    /// <summary>Whether a function's name is an expectation's, E or E_q, or an integral's: linear functionals, never free functions.</summary>
    public static bool IsExpectationName(string name) => Printing.ProbabilityNotation.IsExpectation(name);

    /// <summary>
    /// The name of the expectation over a density: E_q for q(z) (a density without condition is named by its function, as
    /// \mathbb{E}_{q} writes it), E_q|x for q(z | x), whose condition (in LaTeX) tells it from q(z | y).
    /// </summary>
    public static string NameOver(Apply density)
    {
        var variables = ConditionalDensities.Variables(density);
        if (variables.Count == density.Arguments.Count) return "E_" + density.Name;
        return "E_" + density.Function + "|" + string.Join(", ", density.Arguments.Skip(variables.Count).Select(a => Printing.LatexPrinter.Print(a)));
    }

    /// <summary>
    /// A bare expectation E_q of a relation that also has expectations over q under one condition only (E_q|x, from
    /// \mathbb{E}_{q(z \mid x)} or a KL of q(z | x)) is that one: the writer's E_q can mean nothing else there. Under two
    /// conditions it stays bare, and the step is decided without it.
    /// </summary>
    public static IReadOnlyDictionary<string, string> BareResolved(params Expr[] expressions)
    {
        var names = expressions.SelectMany(e => e.Descendants()).OfType<Apply>().Where(IsExpectation).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var conditioned = names.Where(n => n.Contains('|', StringComparison.Ordinal)).GroupBy(n => n[..n.IndexOf('|', StringComparison.Ordinal)])
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        return names.Where(conditioned.ContainsKey).ToDictionary(n => n, n => conditioned[n], StringComparer.Ordinal);
    }

    /// <summary>The expectations of <paramref name="e"/> renamed by <paramref name="names"/> (<see cref="BareResolved"/>).</summary>
    public static Expr Renamed(Expr e, IReadOnlyDictionary<string, string> names) =>
        names.Count == 0 ? e : e.Transform(node => node is Apply a && IsExpectation(a) && names.TryGetValue(a.Name, out var to) ? Apply.Of(to, a.Arguments[0]) : node);

    /// <summary>
    /// E_name(body) made linear: the logs of products of densities in the body split first (<see cref="DensityLogsExpanded"/>),
    /// then each term's number and its factors free of <paramref name="randoms"/> (none declared: only the number) taken out.
    /// </summary>
    public static Expr Linear(string name, Expr body, IReadOnlySet<string> randoms)
    {
        body = DensityLogsExpanded(body);
        var terms = (body is Sum sum ? sum.Terms : [body]).SelectMany(Distributed);
        // E[c] = c for a probability; an integral of a constant is c times \int 1 dz, which stays (its measure is unknown).
        Expr Of(Expr inside) => inside.IsOne && Integrals.Parts(name) is null ? Number.One : Apply.Of(name, inside);
        return Build.Add(terms.Select(t =>
        {
            var (coefficient, rest) = Build.SplitCoefficient(t);
            if (rest.IsOne) return Build.Mul(Number.Of(coefficient), Of(Number.One));
            if (randoms.Count == 0) return Build.Mul(Number.Of(coefficient), Apply.Of(name, rest));
            var factors = rest is Product p ? p.Factors : [rest];
            var inside = factors.Where(f => DependsOnRandom(f, randoms)).ToArray();
            var outside = factors.Where(f => !DependsOnRandom(f, randoms)).Append(Number.Of(coefficient));
            return Build.Mul(outside.Append(Of(Build.Mul(inside))).ToArray());
        }).ToArray());
    }

    /// <summary>Bounds the terms a product of sums is multiplied out into inside an expectation.</summary>
    private const int MaxDistributed = 64;

    /// <summary>
    /// A term multiplied out over its sum factors (the engine's expansion of one product node), r(z) (log p(x, z) - log r(z))
    /// into r(z) log p(x, z) - r(z) log r(z), so that linearity splits it (the log of a quotient of densities becomes such a sum
    /// inside a product); past <see cref="MaxDistributed"/> terms, or without a sum factor, the term as it is.
    /// </summary>
    private static IEnumerable<Expr> Distributed(Expr term)
    {
        if (term is not Product) return [term];
        try { return Rewrite.ExpandNode(term, MaxDistributed) is Sum s ? s.Terms : [term]; }
        catch (ExpansionLimitException) { return [term]; }
    }

    /// <summary>Every expectation in <paramref name="e"/> made linear again (after a rewriting put a product under a log in one).</summary>
    public static Expr Relinearized(Expr e, IReadOnlySet<string> randoms) =>
        e.Transform(node => node is Apply a && IsExpectation(a) ? Linear(a.Name, a.Arguments[0], randoms) : node);

    /// <summary>
    /// Inside an expectation, the log of a product or quotient of densities is the sum of their logs: E_q[log p(x, z) / q(z | x)]
    /// is E_q[log p(x, z)] - E_q[log q(z | x)], which linearity then splits. The functions under a log are read as densities,
    /// positive there (the checker's convention outside expectations too), and a number factor must be positive; a log with any
    /// other factor (x, which may be negative) is left whole.
    /// </summary>
    private static Expr DensityLogsExpanded(Expr body) => body.Transform(node =>
        node is Function { Which: FunctionKind.Log } log && DensityFactors(log.Argument) is { Count: > 1 } factors
            ? Build.Add(factors.Select(f => f is Power p ? Build.Mul(p.Exponent, Build.Log(p.Base)) : Build.Log(f)).ToArray())
            : node);

    /// <summary>The factors of a product of densities and positive numbers, each an application or its power; else null.</summary>
    private static List<Expr>? DensityFactors(Expr argument)
    {
        var factors = argument is Product product ? product.Factors.ToList() : [argument];
        static bool Density(Expr f) => f is Apply a && !a.IsDifferentiated && a.Name != "KL" && !IsExpectation(a);
        return factors.All(f => f is Number { Value.IsPositive: true } || Density(f) || f is Power { Exponent: Number, Base: var b } && Density(b))
            ? factors : null;
    }

    /// <summary>
    /// Whether a factor holds a declared random variable: z (and every entry z_i of it), the one entry z_1 declared, or an entry
    /// of z at an index that is no number (z_j, also inside a sum over j) when some entry of z is random: j may be 1.
    /// </summary>
    private static bool DependsOnRandom(Expr factor, IReadOnlySet<string> randoms) =>
        factor.Descendants().OfType<Symbol>().Any(s => randoms.Contains(s.Name) || (s.Indices.Count > 0
            && (randoms.Contains(s.Name + "_" + string.Join(",", s.Indices)) || (!s.Indices.All(i => i is Number) && HasRandomEntry(s.Name, randoms)))));

    private static bool HasRandomEntry(string name, IReadOnlySet<string> randoms) =>
        randoms.Any(r => r.Length > name.Length + 1 && r.StartsWith(name, StringComparison.Ordinal) && r[name.Length] == '_');
}
