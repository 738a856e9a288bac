using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>
/// The typed syntax tree of a LaTeX formula. Every node keeps its document span and the character
/// range of its source text (<see cref="Start"/>..<see cref="End"/> in the formula). Nodes say what
/// was written, already disambiguated with the context (a call of a declared function, not a
/// product); what it means (scalar or matrix, which symbol) is decided by <see cref="LatexLowering"/>.
/// </summary>
public abstract record MathNode(SourceSpan Span, int Start, int End);

public sealed record NumberNode(BigRational Value, SourceSpan Span, int Start, int End) : MathNode(Span, Start, End);

/// <summary>
/// A name: Base is x, alpha, bold(x), hat(theta)...; Subscript is what follows '_' (raw text and,
/// when it reads as indices, the parsed items); Marks are superscripts that belong to the name (θ*, x^{(i)}).
/// </summary>
public sealed record NameNode(string Base, SubscriptNode? Subscript, string Marks, SourceSpan Span, int Start, int End)
    : MathNode(Span, Start, End)
{
    /// <summary>The name as declarations refer to it: base, then _subscript and marks as written (spaces dropped).</summary>
    public string Key => Base + (Subscript is null ? "" : "_" + Subscript.Raw) + Marks;
}

/// <summary>A subscript: its raw text (no spaces, outer braces dropped) and its comma-separated items when they parse as math.</summary>
public sealed record SubscriptNode(string Raw, IReadOnlyList<MathNode>? Items, SourceSpan Span, int Start, int End) : MathNode(Span, Start, End);

public enum ConstantName { Pi, Infinity }

public sealed record ConstantNode(ConstantName Which, SourceSpan Span, int Start, int End) : MathNode(Span, Start, End);

/// <summary>The binary operators; PlusMinus (\pm) and MinusPlus (\mp) stand for two formulas, see <see cref="PlusMinusBranches"/>.</summary>
public enum BinaryOperator { Add, Subtract, Multiply, ImplicitMultiply, Cross, Hadamard, HadamardDivide, Divide, PlusMinus, MinusPlus }

public sealed record BinaryNode(BinaryOperator Operator, MathNode Left, MathNode Right, SourceSpan Span, int Start, int End) : MathNode(Span, Start, End);

public sealed record NegateNode(MathNode Operand, SourceSpan Span, int Start, int End) : MathNode(Span, Start, End);

public sealed record PowerNode(MathNode Base, MathNode Exponent, SourceSpan Span, int Start, int End) : MathNode(Span, Start, End);

/// <summary>A^\top or A^T: transposition (the transpose of a scalar is itself).</summary>
public sealed record TransposeNode(MathNode Operand, SourceSpan Span, int Start, int End) : MathNode(Span, Start, End);

public sealed record FractionNode(MathNode Numerator, MathNode Denominator, SourceSpan Span, int Start, int End) : MathNode(Span, Start, End);

/// <summary>\sqrt{x} (Index null) or \sqrt[n]{x}.</summary>
public sealed record RootNode(MathNode Radicand, MathNode? Index, SourceSpan Span, int Start, int End) : MathNode(Span, Start, End);

/// <summary>
/// A known function: log, exp, max, min, det, tr, sigmoid, logit, relu, sign, sin, cos, diag, KL,
/// abs, norm (Subscript = the p of a p-norm). <see cref="Power"/> is a power written on the
/// function name (\log^2 x).
/// </summary>
public sealed record CallNode(string Function, IReadOnlyList<MathNode> Arguments, MathNode? Power, string? Subscript, SourceSpan Span, int Start, int End)
    : MathNode(Span, Start, End)
{
    /// <summary>The primes written after the function's name, \tanh'(x): its derivative of that order at the argument.</summary>
    public int Primes { get; init; }
}

/// <summary>
/// An application of a declared (undefined) function, f(x), f'(x), p(z|x): Bar is how many arguments precede a conditioning bar.
/// <see cref="Partials"/> (null unless written) are the variables of a Leibniz derivative applied to arguments,
/// \frac{\partial V}{\partial d}(0, g): V differentiated in its parameter named d (once per entry), then evaluated there.
/// </summary>
public sealed record ApplyNode(NameNode Function, IReadOnlyList<MathNode> Arguments, int Primes, int? Bar, SourceSpan Span, int Start, int End,
    IReadOnlyList<NameNode>? Partials = null)
    : MathNode(Span, Start, End);

public enum BigOperatorKind { Sum, Product }

/// <summary>
/// \arg\max_{q \in Q} f(q) (or \arg\min): the argument that optimizes <see cref="Body"/> over <see cref="Variable"/>, ranging over
/// <see cref="Domain"/> as written (null when not given). No value: read only as a definition, q^* = \arg\max_{q} f(q).
/// </summary>
public sealed record ArgOptimumNode(bool Maximum, NameNode Variable, string? Domain, MathNode Body, SourceSpan Span, int Start, int End)
    : MathNode(Span, Start, End);

public sealed record BigOperatorNode(BigOperatorKind Which, NameNode Index, MathNode? Lower, MathNode? Upper, MathNode Body, SourceSpan Span, int Start, int End)
    : MathNode(Span, Start, End);

/// <summary>\mathbb{E}_{subscript}[body]: Subscript is the raw subscript text (empty when none).</summary>
/// <summary>
/// \int_{lower}^{upper} body \, d variable: an integral, read as a linear functional of its body over the variable (never
/// evaluated: factors free of the variable come out, a sum splits).
/// </summary>
public sealed record IntegralNode(MathNode? Lower, MathNode? Upper, MathNode Body, NameNode Variable, SourceSpan Span, int Start, int End)
    : MathNode(Span, Start, End);

/// <summary>
/// \mathbb{E}_{sub}[body]. <see cref="Subscript"/> is the distribution's text as a key (q, q(z|x)); <see cref="Variables"/> are the
/// names before \sim (z in \mathbb{E}_{z \sim q}), and <see cref="Distribution"/> the density when the subscript is one (q(z \mid x)).
/// </summary>
public sealed record ExpectationNode(string Subscript, MathNode Body, SourceSpan Span, int Start, int End,
    IReadOnlyList<MathNode>? Variables = null, ApplyNode? Distribution = null) : MathNode(Span, Start, End);

/// <summary>d^n/dx^n applied to Body (written \frac{d}{dx} body, \frac{df}{dx} or \frac{\partial f}{\partial x}).</summary>
public sealed record DerivativeNode(MathNode Body, NameNode Variable, int Order, SourceSpan Span, int Start, int End) : MathNode(Span, Start, End);

/// <summary>A finite set written \{a, b\} or \left\{a, b\right\}: its elements in the written order (equality ignores the order).</summary>
public sealed record SetNode(IReadOnlyList<MathNode> Elements, SourceSpan Span, int Start, int End) : MathNode(Span, Start, End);

public sealed record MatrixNode(IReadOnlyList<IReadOnlyList<MathNode>> Rows, SourceSpan Span, int Start, int End) : MathNode(Span, Start, End)
{
    /// <summary>Written as a tuple, (d, g): a column, and its transpose (d, g)^T the same column (the tuple read as a row).</summary>
    public bool IsTuple { get; init; }
}
