using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Checking;

/// <summary>
/// The "% given:" identities as rewriting rules that bring both sides of a step to one normal form, so an
/// identity is used in either direction. Each given, with the rules before it applied, becomes a rule for
/// its left side (p(x,z) → p(z|x) p(x)) when that side is not already rewritten, else for a function
/// application it holds linearly (p(z|x) p(x) = p(x|z) p(z) gives p(z|x) → p(x|z) p(z) / p(x)); the
/// earlier rules are rewritten by each new one. Bayes' rule given as two factorizations of p(x,z) then
/// makes p(z|x) p(x), p(x,z) and p(x|z) p(z) one expression. The rules hold where the divisions they
/// introduce are defined (a density p(x) &gt; 0).
/// </summary>
public sealed class GivenIdentities
{
    private readonly List<(Expr From, Expr To)> rules = [];
    private readonly Func<Expr, Expr>? declared;

    public static readonly GivenIdentities None = new([]);

    /// <param name="equations">The identities, in the order given.</param>
    /// <param name="declared">
    /// What an expression the rules changed is then put through: the entries a rule unrolled (Σ_{i=1}^{N} a_i with N = 2 given is a_1 + a_2)
    /// with the facts the document declares for them, so they are the a_1, a_2 written elsewhere (a_1 &gt; 0 assumed), not other symbols.
    /// </param>
    public GivenIdentities(IEnumerable<(Expr Left, Expr Right)> equations, Func<Expr, Expr>? declared = null)
    {
        foreach (var (left, right) in equations) Add(Rewrite(left), Rewrite(right));
        this.declared = declared;
    }

    public int Count => rules.Count;

    /// <summary>The undefined functions the identities constrain (p in p(x,z) = p(z|x) p(x)): they are not arbitrary.</summary>
    public IReadOnlySet<string> Functions =>
        rules.SelectMany(r => Applications(r.From).Concat(Applications(r.To))).Select(a => ((Apply)a).Name).ToHashSet(StringComparer.Ordinal);

    public Expr Rewrite(Expr e)
    {
        var written = e;
        foreach (var (from, to) in rules)
            e = from is Symbol { IsIndexed: true } entry && entry.Indices.Any(i => i is Symbol)
                ? RewriteEntries(e, entry, to)
                : Substitution.Substitute(e, from, to);
        return declared is null || ReferenceEquals(e, written) ? e : declared(e);
    }

    /// <summary>
    /// A rule for an entry with a letter index, z_0[k] → (z[k] − μ[k])/σ[k], holds for every entry of z_0: each
    /// z_0[i] of <paramref name="e"/> becomes the right side with i put for k (other indices must match as written).
    /// </summary>
    private static Expr RewriteEntries(Expr e, Symbol pattern, Expr to) => e switch
    {
        Symbol s => EntryValue(s, pattern, to) ?? s,
        // Inside a sum or product the entry's index may be the bound one: the body is rewritten with it in place.
        IndexedOperator o => o.Make(RewriteEntries(o.Body, pattern, to), o.Index, RewriteEntries(o.Lower, pattern, to), RewriteEntries(o.Upper, pattern, to)),
        _ => e.MapArgs(a => RewriteEntries(a, pattern, to)),
    };

    /// <summary>The right side for the entry <paramref name="s"/> when it is an entry the pattern covers; else null.</summary>
    private static Expr? EntryValue(Symbol s, Symbol pattern, Expr to)
    {
        if (s.Name != pattern.Name || s.Indices.Count != pattern.Indices.Count) return null;
        var indices = new Dictionary<Expr, Expr>();
        for (var i = 0; i < s.Indices.Count; i++)
        {
            if (pattern.Indices[i] is Symbol letter ? !indices.TryAdd(letter, s.Indices[i]) && !indices[letter].Equals(s.Indices[i]) : !pattern.Indices[i].Equals(s.Indices[i]))
                return null;
        }
        return Substitution.Substitute(to, indices);
    }

    private void Add(Expr left, Expr right)
    {
        if (left.Equals(right)) return;
        // A name given its value (y = z + \beta h(\alpha, r)(z - z_0)) is a rule for the name: solved for the application in it instead
        // (h from y), the value of y was lost once h was given too, and y stayed free.
        if (left is Apply or Symbol && !Occurs(left, right)) { Rule(left, right); return; }
        var difference = Build.Sub(left, right);
        // A conditional density first (p(z|x) from Bayes' rule): the form a derivation solves for. A rule for one application
        // rewrites it wherever it stands (E_q[log p(z|x)]); a rule for a product p(z|x) p(x) only where that product is written.
        var atoms = Applications(left).Concat(Applications(right)).Distinct().OrderBy(a => ((Apply)a).Name.Contains('|', StringComparison.Ordinal) ? 0 : 1);
        foreach (var atom in atoms)
            if (SolveLinear(difference, atom) is { } value) { Rule(atom, value); return; }
        if (left is not Number && !Occurs(left, right)) Rule(left, right);
    }

    private void Rule(Expr from, Expr to)
    {
        for (var k = 0; k < rules.Count; k++) rules[k] = (rules[k].From, Substitution.Substitute(rules[k].To, from, to));
        rules.Add((from, to));
    }

    /// <summary>The value of <paramref name="atom"/> from difference = 0 when the difference is a·atom + b (a ≠ 0, a and b free of it); else null.</summary>
    private static Expr? SolveLinear(Expr difference, Expr atom)
    {
        var t = Symbol.Of("given·unknown");
        var e = Symbolic.Rewriting.Rewrite.Expand(Substitution.Substitute(difference, atom, t));
        var b = Substitution.Substitute(e, t, Number.Zero);
        var a = Symbolic.Rewriting.Rewrite.Expand(Substitution.Substitute(e, t, Number.One) is var one ? Build.Sub(one, b) : b);
        if (a.Equals(Number.Zero) || Occurs(t, a) || Occurs(atom, a) || Occurs(atom, b)) return null;
        if (!Symbolic.Rewriting.Rewrite.Expand(Build.Sub(e, Build.Add(Build.Mul(a, t), b))).Equals(Number.Zero)) return null;
        return Build.Div(Build.Neg(b), a);
    }

    private static bool Occurs(Expr part, Expr whole) => whole.Equals(part) || whole.Args.Any(a => Occurs(part, a));

    private static IEnumerable<Expr> Applications(Expr e) =>
        e is Apply ? [e] : e.Args.SelectMany(Applications);
}
