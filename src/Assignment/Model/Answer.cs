using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Assignment.Model;

/// <summary>A machine-readable answer; <see cref="Canonical"/> is the stable text the grader compares.</summary>
public abstract record Answer
{
    public abstract string Canonical { get; }
}

/// <summary>A set of grid pixels, named row then column ("32 42 43").</summary>
public sealed record PixelSetAnswer(IReadOnlyList<(int Row, int Column)> Pixels) : Answer
{
    public override string Canonical => string.Join(" ", Pixels.Order().Select(p => $"{p.Row}{p.Column}"));
}

public sealed record ExprAnswer(Expr Value) : Answer
{
    public override string Canonical => Value.ToString();
}

public sealed record MatrixAnswer(Matrix Value) : Answer
{
    public override string Canonical => Value.ToString();
}

/// <summary>A multiset of values, e.g. eigenvalues with multiplicity.</summary>
public sealed record ExprListAnswer(IReadOnlyList<Expr> Values) : Answer
{
    public override string Canonical => "[" + string.Join(", ", Values) + "]";
}

/// <summary>
/// A complexity class O(K^p log^q K) (p may be 0, 1, 2.37...; q is 0 unless a logarithm is named), in the
/// variable named. The canonical form of a class without a logarithm stays O(K^p), as tools read it.
/// </summary>
public sealed record BigOAnswer(string Variable, Expr Exponent, int LogPower = 0) : Answer
{
    public override string Canonical => LogPower == 0 ? $"O({Variable}^{Exponent})" : $"O({Variable}^{Exponent} log^{LogPower} {Variable})";
}

public sealed record BooleanAnswer(bool Value) : Answer
{
    public override string Canonical => Value ? "true" : "false";
}

/// <summary>A verdict between named alternatives ("bigger: amortized").</summary>
public sealed record ChoiceAnswer(string Choice) : Answer
{
    public override string Canonical => Choice;
}

/// <summary>Several answers of one sub-question, by name.</summary>
public sealed record CompositeAnswer(IReadOnlyList<(string Name, Answer Value)> Parts) : Answer
{
    public override string Canonical => string.Join("; ", Parts.Select(p => $"{p.Name}: {p.Value.Canonical}"));
}
