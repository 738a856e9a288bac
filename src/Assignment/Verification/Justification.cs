using Ift6135.Sym.Assignment.Model;

namespace Ift6135.Sym.Assignment.Verification;

/// <summary>
/// Why a step holds, in words with the engine's formulas among them, and what kind of step it is
/// (algebra, a definition, an argument).
/// </summary>
public sealed record Justification(Inline Text, StepKind Kind)
{
    /// <summary>An argued step: shown and listed as logical, never as verified algebra.</summary>
    public bool IsLogical => Kind == StepKind.Argued;

    /// <summary>An algebraic step; the text names the operation (expand, substitute, ...).</summary>
    public static Justification Algebra(Inline text) => new(text, StepKind.Algebra);

    /// <summary>A step that unfolds a definition stated in the document.</summary>
    public static Justification Definition(Inline text) => new(text, StepKind.Definition);

    /// <summary>A step argued in words (a theorem, a monotonicity argument, a symmetry).</summary>
    public static Justification Logical(Inline text) => new(text, StepKind.Argued);
}
