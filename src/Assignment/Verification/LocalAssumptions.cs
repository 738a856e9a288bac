using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Assignment.Verification;

/// <summary>
/// What a piece of the solution assumes, as relations a reader (and the checker) can see: the
/// relations the derivation assumed, then the sign facts the engine carries on the symbols it uses
/// (sigma_1 positive, K a positive integer), in canonical order and without repeats.
/// </summary>
public static class LocalAssumptions
{
    public static IReadOnlyList<Relation> Of(AssumptionSet assumed, IEnumerable<MathItem> items)
    {
        var result = new List<Relation>(assumed.Relations);
        var symbols = new SortedSet<Expr>(ExprOrder.Comparer);
        foreach (var e in items.SelectMany(Expressions))
            foreach (var s in Substitution.FreeSymbols(e)) symbols.Add(s);
        foreach (var s in symbols.Cast<Symbol>())
            if (SignOf(s) is { } r && !result.Contains(r)) result.Add(r);
        return result;
    }

    /// <summary>The strongest sign fact of a symbol as a relation against 0, or null when it has none.</summary>
    public static Relation? SignOf(Symbol s)
    {
        var f = s.Facts;
        if (f.HasFlag(Facts.Positive)) return new Relation(RelationKind.Greater, s, Number.Zero);
        if (f.HasFlag(Facts.Negative)) return new Relation(RelationKind.Less, s, Number.Zero);
        if (f.HasFlag(Facts.Nonnegative)) return new Relation(RelationKind.GreaterOrEqual, s, Number.Zero);
        if (f.HasFlag(Facts.Nonpositive)) return new Relation(RelationKind.LessOrEqual, s, Number.Zero);
        if (f.HasFlag(Facts.Nonzero)) return new Relation(RelationKind.NotEqual, s, Number.Zero);
        return null;
    }

    /// <summary>The expressions inside an item: an expression itself, a matrix's entries, the parts of a composite item.</summary>
    public static IEnumerable<Expr> Expressions(MathItem item) => item switch
    {
        ExprItem e => [e.Expr],
        MatrixItem m => m.Matrix.Entries,
        RelationItem r => [r.Relation.Left, r.Relation.Right],
        DefinitionItem d => Expressions(d.Value).Prepend(d.Name),
        SetItem s => s.Elements.SelectMany(Expressions),
        ListItem l => l.Items.SelectMany(Expressions),
        EqualityItem q => Expressions(q.Left).Concat(Expressions(q.Right)),
        ProductItem p => p.Factors.SelectMany(Expressions),
        IntervalItem i => i.Upper is null ? [i.Variable, i.Lower] : [i.Variable, i.Lower, i.Upper],
        _ => [],
    };
}
