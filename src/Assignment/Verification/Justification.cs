namespace Ift6135.Sym.Assignment.Verification;

/// <summary>Why a step holds, in words. A logical step (an argument, not algebra) is marked as such.</summary>
public sealed record Justification(string Text, bool IsLogical)
{
    /// <summary>An algebraic step; the text names the operation (expand, substitute, ...).</summary>
    public static Justification Algebra(string text) => new(text, false);

    /// <summary>A step argued in words (a theorem, a monotonicity argument, a definition).</summary>
    public static Justification Logical(string text) => new(text, true);
}
