using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Parsing.Infix;

/// <summary>Turns an assumption that bounds one symbol by a number (alpha &gt; 0, w &lt;= -1) into facts on that symbol.</summary>
internal static class SymbolFacts
{
    public static void Apply(Relation relation, SymbolTable table, Func<string, ParseException> error)
    {
        if (relation.Left is Number && relation.Right is Symbol) relation = relation.Flipped();
        if (relation is not { Left: Symbol { IsIndexed: false } s, Right: Number { Value: var c } }) return;
        var facts = FactsOf(relation.Kind, c);
        if (facts == Facts.None) return;
        var known = table.TryGet(s.Name, out var bound) ? bound.Facts : s.Facts;
        var combined = (known | facts).Normalize();
        if ((combined.HasFlag(Facts.Positive) && combined.HasFlag(Facts.Nonpositive))
            || (combined.HasFlag(Facts.Negative) && combined.HasFlag(Facts.Nonnegative)))
            throw error($"contradictory assumptions on {s.Name}");
        table.AddFacts(s.Name, facts);
    }

    private static Facts FactsOf(RelationKind kind, BigRational c) => kind switch
    {
        RelationKind.Greater when c >= 0 => Facts.Positive,
        RelationKind.GreaterOrEqual when c > 0 => Facts.Positive,
        RelationKind.GreaterOrEqual when c == 0 => Facts.Nonnegative,
        RelationKind.Less when c <= 0 => Facts.Negative,
        RelationKind.LessOrEqual when c < 0 => Facts.Negative,
        RelationKind.LessOrEqual when c == 0 => Facts.Nonpositive,
        RelationKind.NotEqual when c == 0 => Facts.Nonzero,
        _ => Facts.None,
    };
}
