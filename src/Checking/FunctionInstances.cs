using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Checking;

/// <summary>
/// Concrete functions put for the undefined functions of a step (f(x), h(a, b), f'(x)), so that a step about
/// them can be refuted (or tested) by evaluation, which an undefined function does not allow.
/// <para>
/// What is sound: a step claims something for every f. One concrete f for which it fails, at a point where
/// the failure is re-evaluated, refutes it: invalid, with that f named in the counterexample. That f ≡ 0 and
/// a few random functions satisfy an equality is evidence, not proof; it is reported as a numeric check over
/// functions with its seeds, and only for equalities of analytic expressions: the instances mix a polynomial
/// with an exponential, so no finite difference or derivative of bounded order vanishes on all of them (a
/// claim like f'''(x) = 0 holds for every quadratic). Inequalities are never made valid this way: every
/// instance is bounded near the sampled points, while an arbitrary f is not.
/// </para>
/// <para>
/// Not instantiated: expectations (E_q, a linear operator) and integrals, KL and products (structured, not arbitrary),
/// conditional densities (p(z|x) is tied to p(x, z) by rules the checker does not know), a name applied
/// with two arities (p(x) and p(x, z): marginal and joint), functionals of a distribution (H(q)) and any function
/// a "% given:" identity constrains.
/// </para>
/// </summary>
public sealed class FunctionInstances
{
    /// <summary>The seeds of the random instances; instance 0 is f ≡ 0.</summary>
    public static readonly IReadOnlyList<int> Seeds = [61351, 61352, 61353];

    private readonly IReadOnlyDictionary<(string Name, int Arity), Expr> bodies;
    private readonly IReadOnlyList<Symbol> parameters;

    /// <summary>The instance of each function: its call and body in LaTeX (f(t), 0), and as text (f(t) = 0).</summary>
    public IReadOnlyList<(string Call, string Body, string Text)> Described { get; }

    private FunctionInstances(IReadOnlyDictionary<(string, int), Expr> bodies, IReadOnlyList<Symbol> parameters)
    {
        this.bodies = bodies;
        this.parameters = parameters;
        Described = bodies.OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).Select(kv => Describe(kv.Key.Item1, kv.Key.Item2, kv.Value)).ToList();
    }

    /// <summary>The functions of a relation that may be instantiated (see the class comment), by name and arity.</summary>
    public static IReadOnlyList<(string Name, int Arity)> Instantiable(Relation relation, IReadOnlySet<string> constrained, IReadOnlySet<string>? distributions = null)
    {
        var applied = Applications(relation.Left).Concat(Applications(relation.Right)).ToList();
        // H(q) with q a distribution (a declared function named alone) is a functional: its argument has no real value to vary.
        bool OfDistribution(Apply a) => distributions is not null && a.Arguments.Any(x => x is Symbol s && distributions.Contains(s.Name));
        return applied.GroupBy(a => a.Name)
            .Where(g => g.Select(a => a.Arguments.Count).Distinct().Count() == 1 && IsArbitrary(g.Key) && !constrained.Contains(g.Key) && !g.Any(OfDistribution))
            .Select(g => (g.Key, g.First().Arguments.Count)).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
    }

    private static bool IsArbitrary(string name) =>
        !(Symbolic.Rewriting.Expectations.IsExpectationName(name) || name is "KL" || name.Contains('|', StringComparison.Ordinal));

    /// <summary>The names of the undefined functions in an expression (of every Apply in it).</summary>
    public static IEnumerable<Apply> Applications(Expr e) =>
        e is Apply a ? a.Arguments.SelectMany(Applications).Prepend(a) : e.Args.SelectMany(Applications);

    /// <summary>The applications of both sides of a relation, left then right.</summary>
    public static IEnumerable<Apply> Applications(Relation r) => Applications(r.Left).Concat(Applications(r.Right));

    /// <summary>Instance <paramref name="k"/>: 0 puts f ≡ 0 for every function, k ≥ 1 random functions from seed Seeds[k - 1].</summary>
    public static FunctionInstances Make(IReadOnlyList<(string Name, int Arity)> functions, int k)
    {
        var arity = functions.Max(f => f.Arity);
        var parameters = Enumerable.Range(1, arity).Select(i => arity == 1 ? Symbol.Of("t") : Symbol.Indexed("t", Facts.Real, Number.Of(i))).ToArray();
        var random = k == 0 ? null : new Random(Seeds[k - 1]);
        var bodies = functions.ToDictionary(f => f, f => random is null ? Number.Zero : RandomBody(random, parameters.Take(f.Arity).ToArray()));
        return new FunctionInstances(bodies, parameters);
    }

    /// <summary>
    /// c0 + Σ c_i t_i + Σ d_i t_i² + b·exp(Σ e_i t_i / 2): small rational coefficients, never all zero; the
    /// exponential keeps every derivative of every order alive.
    /// </summary>
    private static Expr RandomBody(Random random, IReadOnlyList<Symbol> t)
    {
        Expr Coefficient(int denominator) => Number.Of(random.Next(1, 7) * (random.Next(2) == 0 ? -1 : 1), denominator);
        var terms = new List<Expr> { Coefficient(2) };
        foreach (var x in t)
        {
            terms.Add(Build.Mul(Coefficient(3), x));
            terms.Add(Build.Mul(Coefficient(4), Build.Pow(x, Number.Two)));
        }
        var rate = Build.Add(t.Select(x => Build.Mul(Coefficient(4), x)).ToArray());
        terms.Add(Build.Mul(Coefficient(3), Build.Exp(rate)));
        return Build.Add(terms.ToArray());
    }

    /// <summary>The expression with every instantiated function replaced by its instance (differentiated as written).</summary>
    public Expr Instantiate(Expr e)
    {
        if (e is Apply a && bodies.TryGetValue((a.Name, a.Arguments.Count), out var body))
        {
            var arguments = a.Arguments.Select(Instantiate).ToArray();
            for (var k = 0; k < arguments.Length; k++)
                if (a.DerivativeOrders[k] > 0) body = Differentiation.Diff(body, parameters[k], a.DerivativeOrders[k]);
            var map = new Dictionary<Expr, Expr>();
            for (var k = 0; k < arguments.Length; k++) map[parameters[k]] = arguments[k];
            return Substitution.Substitute(body, map);
        }
        return e.Args.Count == 0 ? e : e.MapArgs(Instantiate);
    }

    public Relation Instantiate(Relation r) => new(r.Kind, Instantiate(r.Left), Instantiate(r.Right));

    /// <summary>
    /// The function as shown: its call in LaTeX (\mathcal{F}(t, u), the name as the student wrote it), its body, and the text
    /// report's line. The parameters t_1, t_2 are shown as t, u, v, w (t[1] was the engine's spelling).
    /// </summary>
    private (string Call, string Body, string Text) Describe(string name, int arity, Expr body)
    {
        var shown = parameters.Count is > 1 and <= 4
            ? parameters.Select((p, i) => (p, Letter: (Expr)Symbol.Of(((char)('t' + i)).ToString()))).ToDictionary(x => (Expr)x.p, x => x.Letter)
            : [];
        var call = Symbolic.Expressions.Apply.Of(name, parameters.Take(arity).Select(p => shown.GetValueOrDefault(p, p)).ToArray());
        var printedBody = Substitution.Substitute(body, shown);
        return (LatexPrinter.Print(call), LatexPrinter.Print(printedBody), $"{LatexPrinter.Print(call)} = {InfixPrinter.Print(printedBody)}");
    }
}
