using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Assignment.Model;

/// <summary>A unit of a solution's body, in reading order.</summary>
public abstract record Block
{
    /// <summary>
    /// The block reports how a result was checked (a count by a routine, a cross-check), and adds nothing to the
    /// solution itself: the teaching assistant's edition shows it, the student edition leaves it out.
    /// </summary>
    public bool AboutChecking { get; init; }
}

/// <summary>A paragraph.</summary>
public sealed record Prose(Inline Text) : Block;

/// <summary>
/// A displayed formula. A <see cref="DefinitionItem"/> (or a list of them) is a definition; any other
/// relation is a claim unless <see cref="Role"/> says it only shows a result established elsewhere.
/// </summary>
public sealed record Formula(MathItem Math, Inline? Caption = null) : Block
{
    public FormulaRole Role { get; init; } = FormulaRole.Claim;

    /// <summary>A formula that restates what a computation or a chain established (the solution of a system, a root).</summary>
    public static Formula Established(MathItem math, Inline? caption = null) => new(math, caption) { Role = FormulaRole.Established };

    /// <summary>True when it shows definitions (M_A = ..., J = ...) and no other relation.</summary>
    public bool IsDefinition => Math is DefinitionItem
        || Math is ListItem l && l.Items.Any(i => i is DefinitionItem) && l.Items.All(i => i is DefinitionItem or ExprItem or MatrixItem);
}

public enum FormulaRole
{
    /// <summary>A statement that holds as written, under the question's assumptions.</summary>
    Claim,

    /// <summary>A result shown for the reader; how it was obtained (a solve, a verified chain) is said around it.</summary>
    Established,
}

/// <summary>
/// A chain a R1 b R2 c ..., each step verified (or a marked logical step with its justification).
/// <see cref="Assumptions"/> are what its steps rely on (a case of a case analysis, the signs of its symbols).
/// </summary>
public sealed record Chain(string Id, MathItem Start, IReadOnlyList<ChainStep> Steps, Inline? Caption = null) : Block
{
    public IReadOnlyList<Relation> Assumptions { get; init; } = [];
}

/// <summary>The answer of a sub-question, for the reader and, in <see cref="Machine"/>, for the grader.</summary>
public sealed record Result(Inline Statement, Answer Machine) : Block;

/// <summary>A figure drawn from data.</summary>
public sealed record Figure(FigureData Data, Inline Caption) : Block;

/// <summary>A table of inline cells (text and math).</summary>
public sealed record Table(IReadOnlyList<Inline> Header, IReadOnlyList<IReadOnlyList<Inline>> Rows, Inline? Caption = null) : Block;
