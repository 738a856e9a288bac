using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// An inequality between weighted sums of logarithms of positive quantities, Σ cᵢ log uᵢ ⋚ 0 with rational cᵢ,
/// proved by exponentiating: with d the common denominator of the cᵢ, it holds exactly when
/// Π_{cᵢ&gt;0} uᵢ^(d cᵢ) ⋚ Π_{cᵢ&lt;0} uᵢ^(−d cᵢ), since log is strictly increasing and both products are positive.
/// The product form is algebra the sign reasoner can decide: Jensen for two points,
/// log((a + b)/2) ≥ (log a + log b)/2, becomes (a + b)² ≥ 4ab, that is (a − b)² ≥ 0. Only proves; never refutes.
/// </summary>
internal static class LogInequality
{
    private const int MaxTerms = 8;
    private const int MaxPower = 8;
    private const int MaxExpandedTerms = 400;

    public static Truth Prove(Relation relation, SignReasoner reasoner, Assumptions.Assumptions assumptions)
    {
        if (relation.Kind is not (RelationKind.Greater or RelationKind.GreaterOrEqual or RelationKind.Less or RelationKind.LessOrEqual)) return Truth.Unknown;
        var difference = Simplifier.ExpandLogs(Build.Sub(relation.Left, relation.Right), assumptions);
        if (Weighted(difference, reasoner) is not { } logs) return Truth.Unknown;
        var d = RationalContent.CommonDenominator(logs.Select(t => t.Weight));
        var up = new List<Expr>();
        var down = new List<Expr>();
        foreach (var (weight, argument) in logs)
        {
            var power = weight * new BigRational(d);
            if (power.Abs() > MaxPower) return Truth.Unknown;
            (power.IsNegative ? down : up).Add(Build.Pow(argument, Number.Of(power.Abs())));
        }
        var gap = Build.Sub(Build.Mul(up.ToArray()), Build.Mul(down.ToArray()));
        gap = Rewrite.TryExpand(gap, MaxExpandedTerms) ?? gap;
        return reasoner.Prove(new Relation(relation.Kind, gap, Number.Zero)) == Truth.True ? Truth.True : Truth.Unknown;
    }

    /// <summary>The terms c·log u of a sum with every u provably positive, or null when a term is anything else.</summary>
    private static List<(BigRational Weight, Expr Argument)>? Weighted(Expr sum, SignReasoner reasoner)
    {
        var terms = sum is Sum s ? s.Terms : [sum];
        if (terms.Count > MaxTerms) return null;
        var logs = new List<(BigRational, Expr)>();
        foreach (var term in terms)
        {
            var (c, rest) = Build.SplitCoefficient(term);
            if (rest is not Function { Which: FunctionKind.Log } log || reasoner.IsPositive(log.Argument) != Truth.True) return null;
            logs.Add((c, log.Argument));
        }
        return logs.Count > 0 ? logs : null;
    }
}
