using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Rewriting;

/// <summary>
/// A conditional density by its definition: p(z | x) = p(x, z) / p(x), the joint over the marginal of the condition, both
/// applications of the same function p. Written so, the rules of probability that relate a conditional to the joint and the
/// marginals (the product rule p(x | z) p(z) = p(x, z), Bayes' rule) are algebra; read as an unknown of its own, p(z | x)
/// would be unrelated to p(x, z) and p(x), and a correct step through the product rule would be refuted.
/// <para>
/// The joint's arguments are put in the canonical order (<see cref="ExprOrder"/>): a joint density is named by its variables,
/// and p(z | x) p(x) and p(x | z) p(z) are the same p(x, z) only if both come out in one order. A joint written by hand is put
/// in that order too where the conditionals are split (p(z, x) is p(x, z)); elsewhere it stays as written.
/// </para>
/// </summary>
public static class ConditionalDensities
{
    /// <summary>
    /// The joint over the marginal for a conditional written with a bar (the reader's name p|k: k arguments before the bar),
    /// not differentiated; null for any other application.
    /// </summary>
    public static Expr? Split(Apply conditional)
    {
        if (conditional.IsDifferentiated || Before(conditional) is not { } before) return null;
        var p = conditional.Function;
        var condition = conditional.Arguments.Skip(before).ToArray();
        var joint = Apply.Of(p, InNameOrder(conditional.Arguments));
        var marginal = Apply.Of(p, InNameOrder(condition));
        return Build.Div(joint, marginal);
    }

    /// <summary>Every conditional in <paramref name="e"/> split (<see cref="Split"/>).</summary>
    public static Expr Rewritten(Expr e) =>
        e.Transform(node => node is Apply a && Split(a) is { } split ? split : node);

    /// <summary>
    /// The conditionals of the functions <paramref name="families"/> in <paramref name="e"/> split, their joints written by hand
    /// put in the order of the split's (<see cref="Joint"/>), the others kept, and those inside a KL too: its arguments are the
    /// distributions themselves (KL(q, p(z | x)) is not about the value p(z | x)).
    /// </summary>
    public static Expr Rewritten(Expr e, IReadOnlySet<string> families) => families.Count == 0 ? e : e switch
    {
        Apply { Name: "KL" } => e,
        Apply a when families.Contains(a.Function) && Split(a) is { } split => split,
        Apply a when families.Contains(a.Function) && Joint(a) is { } joint => joint,
        _ => e.Args.Count == 0 ? e : e.MapArgs(x => Rewritten(x, families)),
    };

    /// <summary>
    /// A joint of a density family written by hand, p(z, x), with its arguments in the canonical order: p(x, z). The family
    /// is a density by its notation (a bar elsewhere in the step) and a joint density is named by its variables, so p(z, x)
    /// and p(x, z) are one density, the one that p(z | x) p(x) is; null when the application is not such a joint or is in order.
    /// </summary>
    private static Expr? Joint(Apply a)
    {
        if (a.IsDifferentiated || a.Arguments.Count < 2 || a.Name != a.Function) return null;
        var ordered = InNameOrder(a.Arguments);
        return ordered.SequenceEqual(a.Arguments) ? null : Apply.Of(a.Name, ordered);
    }

    /// <summary>The variables of a joint or a marginal in the canonical order, the one every density of them is written in.</summary>
    private static Expr[] InNameOrder(IEnumerable<Expr> variables) => variables.OrderBy(a => a, ExprOrder.Comparer).ToArray();

    /// <summary>The functions written with a bar somewhere in <paramref name="expressions"/> (p for p(z | x)): densities by their notation.</summary>
    public static IReadOnlySet<string> Families(params Expr[] expressions) =>
        expressions.SelectMany(e => e.Descendants()).OfType<Apply>().Where(a => Before(a) is not null).Select(a => a.Function).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The functions of <paramref name="families"/> (their <see cref="Families"/>) that <paramref name="expressions"/> apply also without a bar (p(z | x) and p(x)),
    /// or under two conditions (p(z | x) and p(x | z)): only there does reading the conditional by its definition relate
    /// anything. Conditionals under one condition (q(z_1 | x), q(z_k | x)) share their marginal, and a conditional alone is one
    /// unknown either way: they are kept as written, which reads better in a counterexample.
    /// </summary>
    public static IReadOnlySet<string> Related(IReadOnlySet<string> families, params Expr[] expressions)
    {
        if (families.Count == 0) return families;
        var applications = expressions.SelectMany(e => e.Descendants()).OfType<Apply>()
            .Where(a => !a.IsDifferentiated && families.Contains(a.Function)).Distinct().ToList();
        static string Condition(Apply a) => Before(a) is { } k ? string.Join(",", a.Arguments.Skip(k).Select(x => x.ToString())) : "\u0000plain";
        return applications.GroupBy(a => a.Function).Where(g => g.Select(Condition).Distinct().Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The variables of a conditional density (the arguments before its bar), of a plain application all of them.</summary>
    public static IReadOnlyList<Expr> Variables(Apply density) =>
        Before(density) is { } before ? density.Arguments.Take(before).ToArray() : density.Arguments;

    /// <summary>k for the name p|k with 0 &lt; k &lt; the argument count; null when the name has no such bar.</summary>
    private static int? Before(Apply a)
    {
        var bar = a.Name.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0) return null;
        return int.TryParse(a.Name.AsSpan(bar + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k)
            && k > 0 && k < a.Arguments.Count ? k : null;
    }
}
