using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// What a problem assumes: relations between expressions (alpha &gt; 0, beta &gt;= -alpha,
/// w1 + w2 = 1). Facts about a single symbol's sign are also carried by the symbols themselves
/// (see <see cref="Symbol.Facts"/>); the relations here are what those flags cannot say.
/// Immutable: <see cref="With"/> returns a new set.
/// </summary>
public sealed class Assumptions
{
    public static readonly Assumptions None = new([]);

    public IReadOnlyList<Relation> Relations { get; }

    private Assumptions(IReadOnlyList<Relation> relations) => Relations = relations;

    public static Assumptions Of(params Relation[] relations) => new(relations);

    public Assumptions With(Relation relation) => new([.. Relations, relation]);

    public Assumptions With(IEnumerable<Relation> relations) => new([.. Relations, .. relations]);

    public bool IsEmpty => Relations.Count == 0;

    public override string ToString() => string.Join(", ", Relations);
}
