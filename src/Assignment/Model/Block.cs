using Ift6135.Sym.Assignment.Verification;

namespace Ift6135.Sym.Assignment.Model;

/// <summary>A unit of a solution's body, in reading order.</summary>
public abstract record Block;

/// <summary>A paragraph.</summary>
public sealed record Prose(Inline Text) : Block;

/// <summary>A displayed formula.</summary>
public sealed record Formula(MathItem Math, Inline? Caption = null) : Block;

/// <summary>A chain a R1 b R2 c ..., each step verified (or a marked logical step with its justification).</summary>
public sealed record Chain(string Id, MathItem Start, IReadOnlyList<ChainStep> Steps, Inline? Caption = null) : Block;

/// <summary>The answer of a sub-question, for the reader and, in <see cref="Machine"/>, for the grader.</summary>
public sealed record Result(Inline Statement, Answer Machine) : Block;

/// <summary>A figure drawn from data.</summary>
public sealed record Figure(FigureData Data, Inline Caption) : Block;

/// <summary>A table of inline cells (text and math).</summary>
public sealed record Table(IReadOnlyList<Inline> Header, IReadOnlyList<IReadOnlyList<Inline>> Rows, Inline? Caption = null) : Block;
