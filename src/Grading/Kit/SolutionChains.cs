using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// What a verified chain of the solution establishes, as one relation: its first expression, the weakest of its
/// relations, its last expression (a = b &gt; c concludes a &gt; c). Null when the chain is not scalar or mixes directions.
/// </summary>
internal static class SolutionChains
{
    public static Relation? Conclusion(Part? part, string chainId)
    {
        var chain = part?.Blocks.OfType<Chain>().FirstOrDefault(c => c.Id == chainId);
        // A start written unevaluated (det of a matrix written out) stands for its value.
        if (chain is null || ItemValue.Of(chain.Start) is not ExprItem start || chain.Steps.Count == 0) return null;
        if (ItemValue.Of(chain.Steps[^1].Expression) is not ExprItem end) return null;
        var kind = Weakest(chain.Steps.Select(s => s.Relation).ToArray());
        return kind is { } k ? new Relation(k, start.Expr, end.Expr) : null;
    }

    /// <summary>How the rubric shows a key step's relation: an identity by its final form (both sides are equal), others whole.</summary>
    public static MathItem Display(Relation r) => r.Kind == RelationKind.Equal ? new ExprItem(r.Right) : new RelationItem(r);

    /// <summary>The relation of a chain's first expression to a named relation's side, e.g. the r of "r = ..." in a formula block.</summary>
    public static Expr? DefinedValue(Part? part, string name) =>
        part?.Blocks.OfType<Formula>().Select(f => f.Math).OfType<RelationItem>()
            .Where(r => r.Relation.Kind == RelationKind.Equal && r.Relation.Left is Symbol s && s.Name == name && s.Indices.Count == 0)
            .Select(r => r.Relation.Right).FirstOrDefault();

    /// <summary>The values of z_1, z_2, ... written as "z_k = ..." in a list of the solution, in index order.</summary>
    public static IReadOnlyList<Expr>? IndexedValues(Part? part, string name)
    {
        var list = part?.Blocks.OfType<Formula>().Select(f => f.Math).OfType<ListItem>()
            .Select(l => l.Items.SelectMany(Stated).ToArray())
            .FirstOrDefault(rs => rs.Length > 1 && rs.All(r => r.Left is Symbol { Indices.Count: 1 } s && s.Name == name));
        return list?.OrderBy(r => ((Symbol)r.Left).Indices[0].ToString(), StringComparer.Ordinal).Select(r => r.Right).ToArray();
    }

    /// <summary>The relation an item states: a relation, or a definition name = value (the solution writes both).</summary>
    public static IEnumerable<Relation> Stated(MathItem item) => item switch
    {
        RelationItem r => [r.Relation],
        DefinitionItem { Value: ExprItem e } d => [Relation.Eq(d.Name, e.Expr)],
        _ => [],
    };

    private static RelationKind? Weakest(RelationKind[] kinds)
    {
        // a = b != c concludes a != c; a != b != c concludes nothing.
        if (kinds.Any(k => k == RelationKind.NotEqual))
            return kinds.Count(k => k == RelationKind.NotEqual) == 1 && kinds.All(k => k is RelationKind.NotEqual or RelationKind.Equal) ? RelationKind.NotEqual : null;
        var up = kinds.Any(k => k is RelationKind.Less or RelationKind.LessOrEqual);
        var down = kinds.Any(k => k is RelationKind.Greater or RelationKind.GreaterOrEqual);
        if (up && down) return null;
        if (up) return kinds.Contains(RelationKind.LessOrEqual) ? RelationKind.LessOrEqual : RelationKind.Less;
        if (down) return kinds.Contains(RelationKind.GreaterOrEqual) ? RelationKind.GreaterOrEqual : RelationKind.Greater;
        return RelationKind.Equal;
    }
}
