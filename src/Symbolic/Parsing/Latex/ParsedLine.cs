namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public enum LatexRelation
{
    Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual,
    /// <summary>\approx, \sim, \propto: a logical step, never checked.</summary>
    Approx,
    Implies, Iff, ImpliedBy,
    /// <summary>:=, \triangleq, \equiv: a definition, not checked.</summary>
    Defines,
    /// <summary>\in, \to: a statement of another kind, not checked.</summary>
    Other,
}

public static class LatexRelationExtensions
{
    /// <summary>Whether a step with this relation is checked; the others are logical steps.</summary>
    public static bool IsChecked(this LatexRelation r) => r <= LatexRelation.GreaterOrEqual;

    public static string Symbol(this LatexRelation r) => r switch
    {
        LatexRelation.Equal => "=",
        LatexRelation.NotEqual => "≠",
        LatexRelation.Less => "<",
        LatexRelation.LessOrEqual => "≤",
        LatexRelation.Greater => ">",
        LatexRelation.GreaterOrEqual => "≥",
        LatexRelation.Approx => "≈",
        LatexRelation.Implies => "⇒",
        LatexRelation.Iff => "⇔",
        LatexRelation.ImpliedBy => "⇐",
        LatexRelation.Defines => ":=",
        _ => "∈",
    };

    /// <summary>The relation as a report shows it: its symbol, and for the unchecked kinds (\to, \mapsto) the arrow written, not ∈.</summary>
    public static string Shown(this RelationToken r) => r.Relation != LatexRelation.Other ? r.Relation.Symbol() : r.Written.Trim() switch
    {
        @"\to" or @"\rightarrow" => "→",
        @"\mapsto" => "↦",
        _ => "∈",
    };
}

/// <summary>A relation symbol as written, with its place.</summary>
public sealed record RelationToken(LatexRelation Relation, string Written, SourceSpan Span);

/// <summary>
/// One line of a display: expressions separated by relations. When <see cref="StartsWithRelation"/>
/// the line continues the previous one (Relations.Count == Expressions.Count); otherwise
/// Relations.Count == Expressions.Count - 1. <see cref="Texts"/> are the \text{..} justifications met on the line,
/// <see cref="SideNote"/> what follows a top-level comma (a side condition, not checked).
/// </summary>
public sealed record ParsedLine(
    IReadOnlyList<MathNode> Expressions,
    IReadOnlyList<RelationToken> Relations,
    bool StartsWithRelation,
    IReadOnlyList<string> Texts,
    string? SideNote,
    int? SideNoteStart = null)
{
    public bool IsEmpty => Expressions.Count == 0 && Relations.Count == 0;
}
