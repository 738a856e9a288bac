using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking.Declarations;

/// <summary>A relation written in a declaration (an assumption or a given), kept as syntax so that it is lowered with the symbols' final facts.</summary>
public sealed record DeclaredRelation(MathNode Left, LatexRelation Relation, MathNode Right, LatexSource Source, string Text);

/// <summary>
/// Everything declared so far in a document: the parsing context (symbols with facts, functions,
/// matrices, vectors), the relational assumptions and the givens, and the substitutions the prose stated
/// ("with $z_{0,k} = (z_k - \mu_k)/\sigma_k$"), which rewrite later steps as givens do but constrain no point drawn.
/// Immutable; each declaration makes a new one.
/// </summary>
public sealed record DeclarationState(LatexContext Context, IReadOnlyList<DeclaredRelation> Assumptions, IReadOnlyList<DeclaredRelation> Givens,
    IReadOnlyList<DeclaredRelation> Substitutions)
{
    public static readonly DeclarationState Empty = new(LatexContext.Empty, [], [], []);
}
