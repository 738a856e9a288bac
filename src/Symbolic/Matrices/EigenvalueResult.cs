using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// Eigenvalues with multiplicity. When <see cref="Exact"/> is false the values are rational
/// approximations (12 decimals) of a floating-point computation and must not be presented as
/// exact results.
/// </summary>
public sealed record EigenvalueResult(IReadOnlyList<Expr> Values, bool Exact, string Method);

/// <summary>No exact eigenvalues are available and the entries are not all numbers.</summary>
public sealed class UnsupportedEigenproblemException(string message) : Exception(message);
