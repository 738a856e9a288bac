using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Assignment.Q6;

/// <summary>
/// How the modulus of an eigenvalue compares with 1, read on its square written as 1 + (excess), the
/// excess with the lowest power of a symbolic rate factored out so that its sign is visible; Interval
/// is the interval of rates the comparison needs (null: none, it holds for every rate).
/// </summary>
public sealed record ModulusComparison(Expr Modulus, Expr Squared, Expr Rewritten, RelationKind Kind, RateInterval? Interval, AssumptionSet Assumptions);

/// <summary>
/// Compares eigenvalue moduli with 1 by the engine's verifier: for every positive learning rate first,
/// then on each interval of rates where the update was derived stable (<see cref="StabilityAnalysis"/>),
/// where the modulus is below 1.
/// </summary>
public sealed class ModulusVerdict(Q6Game game, IStepVerifier verifier, IReadOnlyList<RateInterval> stable)
{
    public ModulusComparison? Compare(Expr modulus)
    {
        var squared = Rewrite.Expand(Build.Pow(modulus, 2));
        var excess = Rewrite.Expand(squared - Number.One);
        var rewritten = excess.IsZero ? Number.One : Number.One + game.FactorOutLowestRatePower(excess);
        foreach (var interval in Candidates())
        {
            var assumptions = game.Within(interval);
            foreach (var kind in new[] { RelationKind.Equal, RelationKind.Greater, RelationKind.Less })
                if (verifier.Verify(new Relation(kind, rewritten, Number.One), assumptions).IsValid)
                    return new ModulusComparison(modulus, squared, rewritten, kind, interval, assumptions);
        }
        return null;
    }

    private IEnumerable<RateInterval?> Candidates() => game.RateSymbol is null ? [null] : stable.Prepend(null);
}
