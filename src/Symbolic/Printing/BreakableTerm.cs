namespace Ift6135.Sym.Symbolic.Printing;

/// <summary>
/// One term of a printed formula, as a display may break it: its text (with its sign, "- 2x y"), and the
/// same term in pieces a line may end between ("- 2", "\cdot x", "\cdot y"), for a term too wide for one line.
/// </summary>
public sealed record BreakableTerm(string Text, IReadOnlyList<string> Factors);
