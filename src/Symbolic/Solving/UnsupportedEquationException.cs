namespace Ift6135.Sym.Symbolic.Solving;

/// <summary>The solver was given an equation (or system) outside what it solves: the message says which and why.</summary>
public class UnsupportedEquationException(string message) : Exception(message);

/// <summary>
/// A system whose solutions are not isolated points (a line or a curve of them): solved, in a sense, but with no list of points to
/// give. Apart from other refusals so that a caller can say "a whole curve" rather than "cannot be found".
/// </summary>
public sealed class NotIsolatedSolutionsException(string message) : UnsupportedEquationException(message);
