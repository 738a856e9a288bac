using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Assignment.Q6;

/// <summary>
/// How the modulus of an eigenvalue compares with 1, read on its square written as 1 + (excess), the
/// excess with the lowest power of a symbolic rate factored out so that its sign is visible; Bound is
/// the bound on the rate the comparison needs (0: none).
/// </summary>
public sealed record ModulusComparison(Expr Modulus, Expr Squared, Expr Rewritten, RelationKind Kind, int Bound, AssumptionSet Assumptions);

/// <summary>
/// Compares eigenvalue moduli with 1 by the engine's verifier: with no bound on a symbolic learning
/// rate first, then under alpha &lt; 2 and alpha &lt; 1 (small steps are where the optimizers differ).
/// </summary>
public sealed class ModulusVerdict(Q6Game game, IStepVerifier verifier)
{
    private static readonly int[] Bounds = [0, 2, 1];

    public ModulusComparison? Compare(Expr modulus)
    {
        var squared = Rewrite.Expand(Build.Pow(modulus, 2));
        var excess = Rewrite.Expand(squared - Number.One);
        var rewritten = excess.IsZero ? Number.One : Number.One + game.FactorOutLowestRatePower(excess);
        foreach (var bound in game.RateSymbol is null ? [0] : Bounds)
        {
            var assumptions = bound == 0 ? game.Assumptions : game.Assumptions.With(new Relation(RelationKind.Less, game.Alpha, Number.Of(bound)));
            foreach (var kind in new[] { RelationKind.Equal, RelationKind.Greater, RelationKind.Less })
                if (verifier.Verify(new Relation(kind, rewritten, Number.One), assumptions).IsValid)
                    return new ModulusComparison(modulus, squared, rewritten, kind, bound, assumptions);
        }
        return null;
    }

    public string Condition(int bound) => game.RateCondition(bound);
}
