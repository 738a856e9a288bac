namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>An operation was given matrices of incompatible sizes; the message names the operation and both sizes.</summary>
public sealed class MatrixDimensionException(string message) : ArgumentException(message);

/// <summary>A matrix that must be invertible is singular (its determinant is identically zero).</summary>
public sealed class SingularMatrixException(string message) : ArithmeticException(message);
