using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Assignment.Questions;

/// <summary>
/// A named object of a derivation that the chains keep folded for the reader (q~(z1), w1, f(t)) and
/// the verifier unfolds: either a fixed expression (<see cref="Target"/> is replaced by <see cref="Body"/>)
/// or a function of one argument (<see cref="Parameter"/> is bound to the argument).
/// </summary>
public sealed record Definition(Expr Target, Expr Body, Symbol? Parameter = null, string? FunctionName = null)
{
    public static Definition Of(Expr target, Expr body) => new(target, body);

    /// <summary>f(t) := body, unfolded at every application f(a).</summary>
    public static Definition Function(string name, Symbol parameter, Expr body) => new(Apply.Of(name, parameter), body, parameter, name);
}

/// <summary>
/// Verifies the algebraic steps of Questions 3 and 4, whose expressions contain densities, expectations
/// and sums with a symbolic number of terms (objects the numeric checker cannot evaluate). It reduces
/// such a step to one the engine's verifier decides, by sound moves only:
/// E(a) = E(b) is reduced to a = b (equal integrands have equal expectations; the converse is never used);
/// definitions are unfolded; expectations are linear (E of a sum is the sum of the E's, factors that
/// depend on no random quantity come out, E of a constant is the constant), and so are sums over an
/// index; summation indices are renamed canonically (Σ_k w_k and Σ_j w_j are the same sum); every
/// remaining opaque node (a density value, an expectation, a symbolic sum) becomes a fresh symbol,
/// positive when it is a density or a sum of positive terms (so identities such as log(ab) = log a + log b
/// are tested only where they hold), real otherwise. An identity that holds for all admissible values
/// of these symbols holds for the objects they stand for.
/// </summary>
public sealed class Question34DefinitionVerifier(
    IStepVerifier inner,
    IReadOnlyList<Definition> definitions,
    IReadOnlySet<string> positiveFunctions,
    IReadOnlySet<string> randomSymbolNames) : IStepVerifier
{
    private const int MaxRounds = 12;

    public StepCheck Verify(Relation relation, AssumptionSet assumptions)
    {
        var (left, right) = (relation.Left, relation.Right);
        while (relation.Kind == RelationKind.Equal && left is Apply a && right is Apply b && IsExpectation(a)
               && a.Name == b.Name && a.Arguments.Count == 1 && b.Arguments.Count == 1)
            (left, right) = (a.Arguments[0], b.Arguments[0]);
        var atoms = new Dictionary<Expr, Expr>();
        var reduced = new Relation(relation.Kind, Atomize(Normalize(left), atoms), Atomize(Normalize(right), atoms));
        var check = inner.Verify(reduced, assumptions);
        return atoms.Count == 0 ? check : check with { Detail = $"{check.Detail} (after unfolding definitions and linearity; {atoms.Count} opaque terms as symbols)" };
    }

    /// <summary>Expectation operators are named E, E_q, E_1:K ...</summary>
    public static bool IsExpectation(Apply a) => a.Name == "E" || a.Name.StartsWith("E_", StringComparison.Ordinal);

    /// <summary>Unfolds definitions and applies linearity until nothing changes.</summary>
    private Expr Normalize(Expr e)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var next = CanonicalIndices(CanonicalIndices(e).Transform(node => Linear(UnfoldNode(node))));
            if (next.Equals(e)) return e;
            e = next;
        }
        return e;
    }

    private Expr UnfoldNode(Expr node)
    {
        foreach (var d in definitions)
        {
            if (d.FunctionName is null)
            {
                if (node.Equals(d.Target)) return d.Body;
            }
            else if (node is Apply { Arguments.Count: 1 } a && a.Name == d.FunctionName && !a.IsDifferentiated)
                return Substitution.Substitute(d.Body, d.Parameter!, a.Arguments[0]);
        }
        return node;
    }

    private Expr Linear(Expr node) => node switch
    {
        Apply { Arguments.Count: 1 } e when IsExpectation(e) => LinearExpectation(e.Name, e.Arguments[0]),
        IndexedSum s => LinearSum(s),
        _ => node,
    };

    private Expr LinearExpectation(string name, Expr argument)
    {
        if (IsConstant(argument)) return argument;
        switch (argument)
        {
            case Sum sum:
                return Build.Add(sum.Terms.Select(t => LinearExpectation(name, t)).ToArray());
            case Product p when p.Factors.Any(IsConstant):
                var constant = Build.Mul(p.Factors.Where(IsConstant).ToArray());
                return Build.Mul(constant, LinearExpectation(name, Build.Mul(p.Factors.Where(f => !IsConstant(f)).ToArray())));
            default:
                return Apply.Of(name, argument);
        }
    }

    /// <summary>
    /// Σ_k c f_k = c Σ_k f_k for c free of k; Σ_k (a_k + b_k) = Σ_k a_k + Σ_k b_k; Σ_k E(f_k) = E(Σ_k f_k).
    /// Sums are gathered inside expectations (never pushed out), so the rules cannot undo each other.
    /// </summary>
    private static Expr LinearSum(IndexedSum s)
    {
        if (s.Body is Sum terms)
            return Build.Add(terms.Terms.Select(t => Build.IndexedSum(t, s.Index, s.Lower, s.Upper)).ToArray());
        if (s.Body is Product p && p.Factors.Any(f => !f.Contains(s.Index)))
        {
            var outside = Build.Mul(p.Factors.Where(f => !f.Contains(s.Index)).ToArray());
            var inside = Build.Mul(p.Factors.Where(f => f.Contains(s.Index)).ToArray());
            return Build.Mul(outside, Build.IndexedSum(inside, s.Index, s.Lower, s.Upper));
        }
        if (s.Body is Apply { Arguments.Count: 1 } e && IsExpectation(e))
            return Apply.Of(e.Name, Build.IndexedSum(e.Arguments[0], s.Index, s.Lower, s.Upper));
        return s;
    }

    private bool IsConstant(Expr e) =>
        !e.Descendants().Prepend(e).OfType<Symbol>().Any(s => randomSymbolNames.Contains(s.Name));

    /// <summary>
    /// Renames each summation index to bound{h}, h being the nesting height of the sums inside its body, so
    /// sums equal up to renaming compare equal wherever they stand, and an inner index never captures an outer one.
    /// </summary>
    private static Expr CanonicalIndices(Expr e) => Canonical(e).Expr;

    private static (Expr Expr, int Height) Canonical(Expr e)
    {
        if (e is IndexedSum s)
        {
            var (body, height) = Canonical(s.Body);
            var canonical = Symbol.Of($"bound{height}", s.Index.Facts);
            return (Build.IndexedSum(Substitution.Substitute(body, s.Index, canonical), canonical, s.Lower, s.Upper), height + 1);
        }
        if (e.Args.Count == 0) return (e, 0);
        var max = 0;
        var rebuilt = e.MapArgs(a =>
        {
            var (c, h) = Canonical(a);
            max = Math.Max(max, h);
            return c;
        });
        return (rebuilt, max);
    }

    private Expr Atomize(Expr e, Dictionary<Expr, Expr> atoms) => e.Transform(node =>
    {
        if (node is not (Apply or IndexedSum)) return node;
        if (atoms.TryGetValue(node, out var known)) return known;
        // A sum of positive terms over a non-empty range (the chains sum over 1..K, K >= 1) is positive.
        var positive = node is IndexedSum sum && SignOf.Get(sum.Body).IsPositive() || node is Apply a && positiveFunctions.Contains(a.Name);
        var atom = Symbol.Indexed("opaque", positive ? Facts.Positive : Facts.Real, Number.Of(atoms.Count + 1));
        atoms[node] = atom;
        return atom;
    });
}
