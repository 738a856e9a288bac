using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Checking;

/// <summary>
/// The densities of a step with "% given:" identities (p(z|x), p(x), p(x, z)), after the identities have
/// brought both sides to one normal form, put as positive symbols, one per distinct application.
/// <para>
/// The assumption: a density is positive wherever the step divides by it or takes its log (where it is
/// zero, p(z|x) = p(x,z)/p(x) and log p(x) mean nothing), and after the givens' rewriting the remaining
/// applications are unconstrained: their values at a point can be any positive numbers (any positive values
/// at one point extend to densities). So an equality that holds for all positive values of them holds for
/// every density, and one that fails for some positive values fails for some density.
/// </para>
/// </summary>
public sealed class DensityAtoms
{
    private readonly Dictionary<Expr, Symbol> symbols = new();
    private readonly Dictionary<Symbol, Apply> atoms = new();

    private DensityAtoms() { }

    /// <summary>The functions (p for p(x, z), q for q(z | x)) of which some application was replaced.</summary>
    public IReadOnlySet<string> Functions => atoms.Values.Select(a => a.Function).ToHashSet(StringComparer.Ordinal);

    /// <summary>The relation with every application of a constrained function replaced, or null when there is none or one is differentiated.</summary>
    public static (DensityAtoms Atoms, Relation Relation)? Replace(Relation relation, IReadOnlySet<string> constrained) =>
        constrained.Count == 0 ? null : Replace(relation, a => constrained.Contains(a.Name));

    /// <summary>
    /// The relation with the applications <paramref name="isDensity"/> picks replaced, or null when there is none or one is
    /// differentiated. An application whose arguments hold the index of a sum or product is never replaced: q(z_k | x) in a
    /// sum over k is a different value for each k, and taken as one unknown Σ_k q(z_k | x) - q(z_1 | x) = Σ_{k≥2} q(z_k | x)
    /// would fail. Such a step is left to the other ways of deciding it.
    /// </summary>
    public static (DensityAtoms Atoms, Relation Relation)? Replace(Relation relation, Func<Apply, bool> isDensity)
    {
        var bound = BoundIndices(relation);
        bool Replaceable(Apply a) => isDensity(a) && (bound.Count == 0 || !Substitution.FreeSymbols(a).Any(bound.Contains));
        var atoms = new DensityAtoms();
        var replaced = new Relation(relation.Kind, atoms.Put(relation.Left, Replaceable), atoms.Put(relation.Right, Replaceable));
        return atoms.symbols.Count == 0 || atoms.symbols.Keys.Any(a => ((Apply)a).IsDifferentiated) ? null : (atoms, replaced);
    }

    /// <summary>
    /// The applications whose log the relation takes, alone or as a factor (log p(x, z), log(p(x) / q(z | x))): the
    /// document uses them as densities, positive there (a log of a nonpositive value is no real number).
    /// </summary>
    public static IReadOnlySet<Apply> UnderLog(Relation relation)
    {
        var found = new HashSet<Apply>();
        void Factor(Expr f)
        {
            switch (f)
            {
                case Apply { IsDifferentiated: false } a: found.Add(a); break;
                case Power p: Factor(p.Base); break;
                case Product product: foreach (var x in product.Factors) Factor(x); break;
            }
        }
        foreach (var e in Nodes(relation))
            if (e is Function { Which: FunctionKind.Log } log) Factor(log.Argument);
        return found;
    }

    /// <summary>
    /// The applications written as conditional densities, q(z | x) (the parser's name q|1), and those of the functions
    /// <paramref name="densities"/> the document wrote so (p(x, z) and p(x) once p(z | x) was read as their quotient): the
    /// notation itself says they are densities, so their values at a point are any positive numbers, as for <see cref="UnderLog"/>.
    /// </summary>
    public static IReadOnlySet<Apply> Conditional(Relation relation, IReadOnlySet<string> densities) =>
        Nodes(relation).OfType<Apply>()
            .Where(a => !a.IsDifferentiated && !Symbolic.Rewriting.Expectations.IsExpectation(a)
                && (a.Name.Contains('|', StringComparison.Ordinal) || densities.Contains(a.Name))).ToHashSet();

    private static IEnumerable<Expr> Nodes(Relation relation) => relation.Left.Descendants().Concat(relation.Right.Descendants());

    private static HashSet<Symbol> BoundIndices(Relation relation) =>
        Nodes(relation).OfType<IndexedOperator>().Select(o => o.Index).ToHashSet();

    private Expr Put(Expr e, Func<Apply, bool> constrained)
    {
        if (e is Apply a && constrained(a))
        {
            if (!symbols.TryGetValue(a, out var s))
            {
                s = Symbol.Of("density·" + (symbols.Count + 1), Facts.Positive);
                symbols[a] = s;
                atoms[s] = a;
            }
            return s;
        }
        return e.Args.Count == 0 ? e : e.MapArgs(x => Put(x, constrained));
    }

    /// <summary>
    /// The density a replaced equation states the value of: one side that density alone (its placeholder), the other side
    /// free of it; null for any other relation. Such an equation is refuted by any other value of the free placeholder,
    /// which is no refutation of what it says: it gives that density its value, as q(z) = q(z_0) |det J|^{-1} does.
    /// </summary>
    public Apply? StatedValue(Relation replaced) => replaced switch
    {
        { Kind: RelationKind.Equal, Left: Symbol s } when atoms.TryGetValue(s, out var a) && !replaced.Right.Contains(s) => a,
        { Kind: RelationKind.Equal, Right: Symbol s } when atoms.TryGetValue(s, out var a) && !replaced.Left.Contains(s) => a,
        _ => null,
    };

    /// <summary>A counterexample made on the replaced relation with its placeholders named as the densities: q(z | x) = 0.5.</summary>
    public CounterexampleReport Renamed(CounterexampleReport ce)
    {
        var text = atoms.ToDictionary(kv => kv.Key.ToString(), kv => InfixPrinter.Print(kv.Value), StringComparer.Ordinal);
        var latex = atoms.ToDictionary(kv => LatexPrinter.Print(kv.Key), kv => LatexPrinter.Print(kv.Value), StringComparer.Ordinal);
        return ce with
        {
            Values = ce.Values.ToDictionary(kv => text.GetValueOrDefault(kv.Key, kv.Key), kv => kv.Value),
            Printed = ce.Printed?.Select(p => p with { Name = latex.GetValueOrDefault(p.Name, p.Name) }).ToList(),
        };
    }

    /// <summary>A counterexample's point shown with the densities' own names: p(x) = 0.5, not a placeholder symbol.</summary>
    public CounterexampleReport Named(CounterexampleReport ce, IReadOnlyDictionary<Symbol, double> point)
    {
        string Text(Symbol s) => atoms.TryGetValue(s, out var a) ? InfixPrinter.Print(a) : s.ToString();
        string Latex(Symbol s) => atoms.TryGetValue(s, out var a) ? LatexPrinter.Print(a) : LatexPrinter.Print(s);
        var ordered = point.OrderBy(kv => Text(kv.Key), StringComparer.Ordinal).ToList();
        return ce with
        {
            Values = ordered.ToDictionary(kv => Text(kv.Key), kv => kv.Value),
            Printed = ordered.Select(kv => new PrintedValue(Latex(kv.Key), CounterexampleCheck.Latex(new System.Numerics.Complex(kv.Value, 0)), kv.Value)).ToList(),
        };
    }
}
