using System.Numerics;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;
using SymAssumptions = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Checking.Deciding;

/// <summary>
/// TEMPORARY stand-in for the engine's EquivalenceChecker until the lanes are merged: structural
/// equality, else sampling at seeded points inside each symbol's sign domain. To be deleted at the merge.
/// </summary>
internal sealed class PlaceholderDecider : IStepDecider
{
    private const int Seed = 6135, Points = 24;

    public Decision Decide(Relation relation, SymAssumptions assumptions)
    {
        if (relation.Kind == RelationKind.Equal && relation.Left.Equals(relation.Right))
            return new Decision(DecisionOutcome.Valid, "symbolic", 0, 0, null, "");
        var symbols = new[] { relation }.Concat(assumptions.Relations)
            .SelectMany(r => Substitution.FreeSymbols(r.Left).Concat(Substitution.FreeSymbols(r.Right))).Distinct().ToList();
        var random = new Random(Seed);
        var used = 0;
        for (var attempt = 0; attempt < Points * 4 && used < Points; attempt++)
        {
            var point = symbols.ToDictionary(s => s, s => Sample(random, s.Facts));
            if (!assumptions.Relations.All(r => Holds(r, point) == true)) continue;
            var holds = Holds(relation, point);
            if (holds is null) continue;
            used++;
            if (holds == false) return new Decision(DecisionOutcome.Invalid, "numeric", used, Seed, point, "");
        }
        return used >= Points / 2 && relation.Kind == RelationKind.Equal
            ? new Decision(DecisionOutcome.Valid, "numeric", used, Seed, null, "")
            : new Decision(DecisionOutcome.Unknown, "none", used, Seed, null, "");
    }

    private static double Sample(Random random, Facts facts)
    {
        var magnitude = 0.1 + random.NextDouble() * 2.9;
        if (facts.HasFlag(Facts.Integer)) magnitude = random.Next(1, 5);
        if (facts.HasFlag(Facts.Nonnegative)) return magnitude;
        if (facts.HasFlag(Facts.Nonpositive)) return -magnitude;
        return random.Next(2) == 0 ? magnitude : -magnitude;
    }

    private static bool? Holds(Relation r, Dictionary<Symbol, double> point)
    {
        Complex l, rr;
        try
        {
            var p = point.ToDictionary(kv => kv.Key, kv => new Complex(kv.Value, 0));
            l = Evaluator.Evaluate(r.Left, p);
            rr = Evaluator.Evaluate(r.Right, p);
        }
        catch (Exception e) when (e is NotSupportedException or KeyNotFoundException) { return null; }
        if (double.IsNaN(l.Real) || double.IsNaN(rr.Real) || double.IsInfinity(l.Real) || double.IsInfinity(rr.Real)) return null;
        var close = Complex.Abs(l - rr) <= 1e-9 * Math.Max(1, Math.Max(Complex.Abs(l), Complex.Abs(rr)));
        return r.Kind switch
        {
            RelationKind.Equal => close,
            RelationKind.NotEqual => !close,
            RelationKind.Less => l.Real < rr.Real,
            RelationKind.LessOrEqual => l.Real <= rr.Real || close,
            RelationKind.Greater => l.Real > rr.Real,
            _ => l.Real >= rr.Real || close,
        };
    }
}
