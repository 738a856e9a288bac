using Ift6135.Sym.Symbolic.Assumptions;

namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>
/// A symbol, possibly indexed (mu_i, S_{ij}), carrying what is known of its value. Two symbols
/// with the same name but different facts are different symbols, as in SymPy; the parsers hand
/// out symbols from one table so that a name means one symbol within a problem.
/// </summary>
public sealed class Symbol : Expr
{
    public string Name { get; }
    public IReadOnlyList<Expr> Indices { get; }
    public Facts Facts { get; }

    private Symbol(string name, IReadOnlyList<Expr> indices, Facts facts)
        : base(Hashing.Of(ExprKind.Symbol, indices, Hashing.Mix(Hashing.Of(name), (int)facts)))
    {
        Name = name;
        Indices = indices;
        Facts = facts;
    }

    /// <summary>A real symbol unless other facts are given.</summary>
    public static Symbol Of(string name, Facts facts = Facts.Real) => new(name, [], facts.Normalize());

    public static Symbol Positive(string name) => Of(name, Facts.Positive);

    /// <summary>A letter with an accent over it (z~, theta^): a name of its own, printed \tilde{z}.</summary>
    public static Symbol Accented(Accent accent, string letter, Facts facts = Facts.Real) => Of(AccentNames.Of(accent, letter), facts);

    public static Symbol Indexed(string name, Facts facts, params Expr[] indices) => new(name, indices, facts.Normalize());

    public Symbol WithFacts(Facts facts) => new(Name, Indices, facts.Normalize());

    public bool IsIndexed => Indices.Count > 0;

    public override ExprKind Kind => ExprKind.Symbol;

    /// <summary>The indices are the arguments, so that substituting i = 1 turns mu_i into mu_1.</summary>
    public override IReadOnlyList<Expr> Args => Indices;

    public override Expr Rebuild(IReadOnlyList<Expr> args) => new Symbol(Name, args.ToArray(), Facts);

    private protected override bool EqualsSameKind(Expr other)
    {
        var s = (Symbol)other;
        return s.Name == Name && s.Facts == Facts && ArgsEqual(s.Indices, Indices);
    }
}
