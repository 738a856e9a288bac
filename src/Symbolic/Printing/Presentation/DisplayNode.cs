using System.Numerics;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Printing.Presentation;

/// <summary>
/// How an expression is shown, as opposed to how it is stored: the canonical a + (-1)b, a b^-1,
/// x^(1/2) and E^u become subtraction, fractions, roots and exp. Every printer renders this tree,
/// so the LaTeX and infix forms agree on term order, signs and grouping.
/// </summary>
public abstract record DisplayNode;

/// <summary>A nonnegative integer; negative numbers are <see cref="DisplayNegation"/> of one.</summary>
public sealed record DisplayInteger(BigInteger Value) : DisplayNode;

public sealed record DisplayConstant(ConstantKind Which) : DisplayNode;

/// <summary>A symbol's name and its indices (mu[i] has Name "mu" and one index).</summary>
public sealed record DisplaySymbol(string Name, IReadOnlyList<DisplayNode> Indices) : DisplayNode;

/// <summary>One term of a displayed sum, written after a minus sign when <see cref="Subtracted"/>.</summary>
public sealed record DisplayTerm(bool Subtracted, DisplayNode Term);

/// <summary>A sum in display order (descending degree, constants last); the first term may be subtracted (a leading minus).</summary>
public sealed record DisplaySum(IReadOnlyList<DisplayTerm> Terms) : DisplayNode;

/// <summary>Unary minus.</summary>
public sealed record DisplayNegation(DisplayNode Operand) : DisplayNode;

/// <summary>A product of two or more factors, none of them a fraction or negative.</summary>
public sealed record DisplayProduct(IReadOnlyList<DisplayNode> Factors) : DisplayNode;

public sealed record DisplayFraction(DisplayNode Numerator, DisplayNode Denominator) : DisplayNode;

public sealed record DisplayPower(DisplayNode Base, DisplayNode Exponent) : DisplayNode;

/// <summary>The <see cref="Degree"/>-th root; degree 2 is the square root.</summary>
public sealed record DisplayRoot(DisplayNode Radicand, int Degree) : DisplayNode;

/// <summary>e raised to <see cref="Exponent"/>.</summary>
public sealed record DisplayExp(DisplayNode Exponent) : DisplayNode;

/// <summary>A known function applied to its arguments.</summary>
public sealed record DisplayCall(FunctionKind Which, IReadOnlyList<DisplayNode> Arguments) : DisplayNode;

/// <summary>An undefined function, possibly differentiated (orders per argument).</summary>
public sealed record DisplayApply(string Name, IReadOnlyList<int> DerivativeOrders, IReadOnlyList<DisplayNode> Arguments) : DisplayNode;

public sealed record DisplayIndexedSum(DisplayNode Body, DisplaySymbol Index, DisplayNode Lower, DisplayNode Upper) : DisplayNode;

public sealed record DisplayIndexedProduct(DisplayNode Body, DisplaySymbol Index, DisplayNode Lower, DisplayNode Upper) : DisplayNode;
