using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>
/// An immutable expression in canonical form. Nodes are built only through the constructors in
/// <see cref="Construction"/> (Add, Mul, Pow and the functions), which flatten, order, collect and
/// fold as they build, so that structurally equal values are equal objects-by-value with equal hashes.
/// </summary>
public abstract class Expr : IEquatable<Expr>, IComparable<Expr>
{
    private readonly int hash;

    private protected Expr(int hash) => this.hash = hash;

    public abstract ExprKind Kind { get; }

    /// <summary>The direct sub-expressions, in canonical order.</summary>
    public abstract IReadOnlyList<Expr> Args { get; }

    /// <summary>The same kind of node over new arguments, canonicalized again.</summary>
    public abstract Expr Rebuild(IReadOnlyList<Expr> args);

    /// <summary>Applies <paramref name="map"/> to every argument; returns this very object when nothing changed.</summary>
    public Expr MapArgs(Func<Expr, Expr> map) => MapArgs(static (a, f) => f(a), map);

    /// <summary>
    /// <see cref="MapArgs(Func{Expr, Expr})"/> with the map's state passed along: the tree walks below pass a static lambda
    /// and their state as a value, so no closure is allocated per node visited.
    /// </summary>
    internal Expr MapArgs<TState>(Func<Expr, TState, Expr> map, TState state)
    {
        var args = Args;
        if (args.Count == 0) return this;
        Expr[]? changed = null;
        for (var i = 0; i < args.Count; i++)
        {
            var m = map(args[i], state);
            if (changed is null && ReferenceEquals(m, args[i])) continue;
            if (changed is null) { changed = new Expr[args.Count]; for (var j = 0; j < i; j++) changed[j] = args[j]; }
            changed[i] = m;
        }
        return changed is null ? this : Rebuild(changed);
    }

    /// <summary>Rewrites bottom-up: children first, then <paramref name="rule"/> on the rebuilt node.</summary>
    public Expr Transform(Func<Expr, Expr> rule)
    {
        Safety.StackGuard.Ensure("rewriting");
        return rule(MapArgs(static (a, r) => a.Transform(r), rule));
    }

    /// <summary>
    /// <see cref="Transform"/> for a pure <paramref name="rule"/> (its result depends only on the node):
    /// a subtree that occurs several times (as in derivatives and Jacobians) is rewritten once.
    /// </summary>
    public Expr TransformShared(Func<Expr, Expr> rule) => TransformShared(rule, []);

    /// <summary>
    /// <paramref name="done"/> maps a subtree to its rewrite, or to null when the rule left it as it was: an equal
    /// copy met later is then returned itself, so its parent sees no change and is not rebuilt for nothing.
    /// </summary>
    private Expr TransformShared(Func<Expr, Expr> rule, Dictionary<Expr, Expr?> done)
    {
        if (done.TryGetValue(this, out var known)) return known ?? this;
        Safety.StackGuard.Ensure("rewriting");
        var result = rule(MapArgs(static (a, s) => a.TransformShared(s.rule, s.done), (rule, done)));
        done[this] = ReferenceEquals(result, this) ? null : result;
        return result;
    }

    /// <summary>Every node of the tree, this one first.</summary>
    public IEnumerable<Expr> Descendants()
    {
        var stack = new Stack<Expr>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            yield return e;
            for (var i = e.Args.Count - 1; i >= 0; i--) stack.Push(e.Args[i]);
        }
    }

    public bool Contains(Expr sub) => Descendants().Any(d => d.Equals(sub));

    public bool IsNumber(out BigRational value)
    {
        if (this is Number n) { value = n.Value; return true; }
        value = BigRational.Zero;
        return false;
    }

    public bool IsZero => this is Number { Value.IsZero: true };
    public bool IsOne => this is Number { Value.IsOne: true };

    public bool Equals(Expr? other) =>
        ReferenceEquals(this, other) ||
        (other is not null && other.hash == hash && other.Kind == Kind && EqualsSameKind(other));

    /// <summary>Structural equality against a node already known to be of the same kind and hash.</summary>
    private protected abstract bool EqualsSameKind(Expr other);

    public override bool Equals(object? obj) => obj is Expr e && Equals(e);
    public override int GetHashCode() => hash;
    public int CompareTo(Expr? other) => other is null ? 1 : ExprOrder.Compare(this, other);

    public override string ToString() => InfixPrinter.Print(this);

    public static implicit operator Expr(int value) => Number.Of(value);
    public static implicit operator Expr(BigRational value) => Number.Of(value);

    public static Expr operator +(Expr a, Expr b) => Build.Add(a, b);
    public static Expr operator -(Expr a, Expr b) => Build.Add(a, Build.Neg(b));
    public static Expr operator -(Expr a) => Build.Neg(a);
    public static Expr operator *(Expr a, Expr b) => Build.Mul(a, b);
    public static Expr operator /(Expr a, Expr b) => Build.Div(a, b);

    public Expr Pow(Expr exponent) => Build.Pow(this, exponent);

    internal static bool ArgsEqual(IReadOnlyList<Expr> a, IReadOnlyList<Expr> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++) if (!a[i].Equals(b[i])) return false;
        return true;
    }
}
