namespace Ift6135.Sym.Checking.Reading;

/// <summary>Something the reader found in a document, in document order.</summary>
public abstract record DocumentItem(int Offset, int Line, int Column);

/// <summary>
/// The comment directives: declarations (assume, function, matrix, vector, given, symbol, random), those
/// about the next environment only (case, define), about the step on their line (argued), and
/// check: off / on, which bound a region the checker does not read.
/// </summary>
public enum DeclarationKind { Assume, Function, Matrix, Vector, Given, Symbol, Random, Case, Define, Argued, Check }

/// <summary>A comment declaration, "% assume: \alpha > 0": its kind and the text after the colon, located.</summary>
public sealed record Declaration(DeclarationKind Kind, string Text, int Offset, int Line, int Column) : DocumentItem(Offset, Line, Column);

/// <summary>Something wrong with the document's structure (an environment never closed, an \end without its \begin), located.</summary>
public sealed record ReadingError(string Message, int Offset, int Line, int Column) : DocumentItem(Offset, Line, Column);

/// <summary>One line of a display (the text between two \\), located at its first character.</summary>
public sealed record MathLine(string Text, int Offset, int Line, int Column);

/// <summary>
/// A display or inline formula: its environment name (align*, \[, $...), its lines, and the prose of its sentence before it
/// (<see cref="ProseLead"/>), which may say that an inline formula states a condition ("with $K = 2$"), or that a formula defines ("Define").
/// <see cref="Trail"/>: for an inline formula, the condition the prose puts right after it, "for $r > 0$" in "$f'(r) > 0$ for $r > 0$";
/// <see cref="Premise"/>, the one it puts right before it, "if $x > 1$" in "If $x > 1$, then $x^3 > 1$" (<see cref="ProseTrail"/>); empty for none.
/// </summary>
public sealed record MathBlock(string Environment, IReadOnlyList<MathLine> Lines, bool IsInline, int Offset, int Line, int Column, string Lead = "",
    string Trail = "", string Premise = "")
    : DocumentItem(Offset, Line, Column)
{
    /// <summary>The condition its steps are read under, as a note's: the premise before it, else the condition after it; empty for none.</summary>
    public string Condition => Premise.Length > 0 ? Premise : Trail;
}

/// <summary>
/// \begin{answer} (Opens) or \end{answer} of a filled answer template: the declarations written inside one answer
/// hold to its end only, so that a vector z of q2.1 is not a vector in q5.2. <see cref="Question"/> is the question
/// of an opening answer, "q6" of \begin{answer}{q6.1} (null when it has no id): the answers of one question share
/// their definitions (A of q6.1 in q6.3), those of another do not (g of q5.2 is a variable in q6.1).
/// </summary>
public sealed record AnswerBoundary(bool Opens, int Offset, int Line, int Column, string? Question = null) : DocumentItem(Offset, Line, Column);
