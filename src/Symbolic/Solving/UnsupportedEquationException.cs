namespace Ift6135.Sym.Symbolic.Solving;

/// <summary>The solver was given an equation (or system) outside what it solves: the message says which and why.</summary>
public sealed class UnsupportedEquationException(string message) : Exception(message);
