using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Solving;

public enum LinearSystemStatus
{
    /// <summary>Exactly one solution.</summary>
    Unique,
    /// <summary>Consistent but rank-deficient: infinitely many solutions (free unknowns listed).</summary>
    Underdetermined,
    /// <summary>No solution: elimination produced 0 = c with c nonzero.</summary>
    Inconsistent,
}

/// <summary>
/// The outcome of solving a linear system. <see cref="Values"/> holds the solution when unique;
/// otherwise null, with <see cref="FreeUnknowns"/> naming the unknowns left without a pivot.
/// </summary>
public sealed record LinearSystemSolution(
    LinearSystemStatus Status,
    IReadOnlyDictionary<Symbol, Expr>? Values,
    int Rank,
    IReadOnlyList<Symbol> FreeUnknowns);
