using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// Decides whether two expressions are equal (or a relation holds) under assumptions: symbolically
/// first, then by evaluation at random admissible points. A numeric counterexample is re-checked
/// (exactly, or with 256-bit floats) before it is reported, so rounding never makes a true identity
/// "invalid"; an inequality is never declared valid from samples alone. A step over sums or products
/// with symbolic bounds is decided by <see cref="SymbolicBounds"/>: its counts are never sampled as reals.
/// </summary>
public static class EquivalenceChecker
{
    /// <summary>Agreeing points, and draws in all, of the screen tried before the symbolic pass.</summary>
    private const int ScreenPoints = 4, ScreenDraws = 32;

    private const string CanonicalZero = "the difference of the two sides is 0 in canonical form";

    public static Verdict Decide(Expr a, Expr b, Assumptions.Assumptions assumptions, EquivalenceOptions? options = null)
    {
        options ??= EquivalenceOptions.Default;
        var problem = new Problem(a, b, assumptions);
        if (options.UseSymbolic && problem.Difference.IsZero) return new Verdict(Outcome.Valid, VerdictMethod.Symbolic, 0, options.Seed, null, CanonicalZero);
        if (problem.Bounds is { Count: > 0 } bounds)
        {
            if (options.UseSymbolic && SymbolicallyZero(problem.Difference, assumptions, options) is { } proof)
                return new Verdict(Outcome.Valid, VerdictMethod.Symbolic, 0, options.Seed, null, proof);
            return SymbolicBounds.Decide(problem, RelationKind.Equal, bounds, assumptions, options);
        }
        // The cheap decisive test first: a few points in doubles find most false steps in microseconds,
        // where a symbolic pass spends milliseconds failing to reach 0 before sampling would find them.
        var sampling = options.ScreenFirst ? Sampling(problem, options) : default;
        if (sampling.Sampler?.Screen(ScreenPoints, ScreenDraws) is { } counterexample) return counterexample;
        if (options.UseSymbolic && SymbolicallyZero(problem.Difference, assumptions, options) is { } how)
            return new Verdict(Outcome.Valid, VerdictMethod.Symbolic, 0, options.Seed, null, how);
        if (problem.Unsolvable is { } eq)
            return Unknown(options, $"cannot draw points satisfying the assumption {eq} (no symbol appears linearly in it)");
        if (!options.ScreenFirst) sampling = Sampling(problem, options);
        return sampling.Sampler?.Run() ?? Unknown(options, sampling.Failure!);
    }

    /// <summary>The numeric test of an equality: its sampler, or why there is none.</summary>
    private static (EqualitySampling? Sampler, string? Failure) Sampling(Problem problem, EquivalenceOptions options)
    {
        var (left, right, failure) = problem.Unsolvable is null ? Compile(problem) : (null, null, null);
        return (left is not null && right is not null ? new EqualitySampling(problem, left, right, options) : null, failure);
    }

    public static Verdict Decide(Relation relation, Assumptions.Assumptions assumptions, EquivalenceOptions? options = null)
    {
        options ??= EquivalenceOptions.Default;
        if (relation.Kind == RelationKind.Equal) return Decide(relation.Left, relation.Right, assumptions, options);
        var prover = options.RelationProver ?? RelationProvers.Default;
        var proof = prover.Prove(relation, assumptions);
        if (proof == Truth.True)
            return new Verdict(Outcome.Valid, VerdictMethod.SignReasoning, 0, options.Seed, null, $"{relation} follows from the signs of its terms");
        var problem = new Problem(relation.Left, relation.Right, assumptions);
        if (problem.Bounds is { Count: > 0 } bounds) return SymbolicBounds.Decide(problem, relation.Kind, bounds, assumptions, options);
        if (problem.Unsolvable is { } eq)
            return Unknown(options, $"cannot draw points satisfying the assumption {eq} (no symbol appears linearly in it)");
        var (left, right, failure) = Compile(problem);
        if (failure is not null) return Unknown(options, failure);
        var verdict = new RelationSearch(problem, relation.Kind, left!, right!, options).Run();
        return proof == Truth.False && verdict.Outcome == Outcome.Unknown
            ? verdict with { Detail = verdict.Detail + "; the sign prover says the relation is false, but no point confirmed it" }
            : verdict;
    }

    private static string? SymbolicallyZero(Expr difference, Assumptions.Assumptions assumptions, EquivalenceOptions options)
    {
        if (difference.IsZero) return CanonicalZero;
        var pass = options.SymbolicPass ?? SymbolicPasses.Default;
        // A pass that fails is only a pass that did not help: the numeric test still runs.
        try { return pass(difference, assumptions).IsZero ? "the difference of the two sides simplifies to 0" : null; }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException or ArithmeticException) { return null; }
    }

    private static (CompiledFunction? Left, CompiledFunction? Right, string? Failure) Compile(Problem problem)
    {
        foreach (var side in new[] { problem.Left, problem.Right })
            if (side.Contains(Constant.Undefined)) return (null, null, $"{side} is undefined");
        try
        {
            return (CompiledFunction.Compile(problem.Left, problem.Symbols), CompiledFunction.Compile(problem.Right, problem.Symbols), null);
        }
        catch (NotCompilableException e)
        {
            return (null, null, $"no numeric test possible: {e.Message}");
        }
    }

    internal static Verdict Unknown(EquivalenceOptions options, string detail, int points = 0) =>
        new(Outcome.Unknown, VerdictMethod.None, points, options.Seed, null, detail);
}
