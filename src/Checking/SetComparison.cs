using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

/// <summary>
/// Equality of two finite sets, ignoring order: every element of each side equals (by the equivalence
/// checker) some element of the other. A set equality is invalid only with a point, re-checked, where one
/// element differs from every element of the other side ({1 + α, 1 − α} is not {1 + αi, 1 − αi}).
/// </summary>
internal sealed class SetComparison(StepChecker checker)
{
    public StepOutcome Equal(IReadOnlyList<Expr> left, IReadOnlyList<Expr> right)
    {
        var pairs = new (StepOutcome Outcome, IReadOnlyDictionary<Symbol, double>? Point)[left.Count, right.Count];
        for (var i = 0; i < left.Count; i++)
            for (var j = 0; j < right.Count; j++)
                pairs[i, j] = checker.ScalarWithPoint(left[i], LatexRelation.Equal, right[j]);
        var matched = new List<StepOutcome>();
        for (var i = 0; i < left.Count; i++)
        {
            if (Match(Enumerable.Range(0, right.Count).Select(j => pairs[i, j]).ToList(), left[i], right, "left") is { } bad) return bad;
            matched.Add(Enumerable.Range(0, right.Count).Select(j => pairs[i, j].Outcome).First(o => o.Status == StepStatus.Valid));
        }
        for (var j = 0; j < right.Count; j++)
        {
            if (Match(Enumerable.Range(0, left.Count).Select(i => pairs[i, j]).ToList(), right[j], left, "right") is { } bad) return bad;
        }
        var weakest = matched.MinBy(o => StepOutcome.Strength(o.Method))!;
        return weakest with { Detail = $"every element of each side equals an element of the other ({left.Count} and {right.Count} elements)" };
    }

    /// <summary>Null when the element equals some element of the other side; else the verdict that it does not.</summary>
    private static StepOutcome? Match(List<(StepOutcome Outcome, IReadOnlyDictionary<Symbol, double>? Point)> row, Expr element, IReadOnlyList<Expr> others, string side)
    {
        if (row.Any(p => p.Outcome.Status == StepStatus.Valid)) return null;
        var unmatched = $"the element {element} of the {side} side equals no element of the other side";
        if (row.Any(p => p.Outcome.Status != StepStatus.Invalid)) return StepOutcome.Unknown($"the element {element} of the {side} side could not be matched with an element of the other side");
        // Each pair fails somewhere; the set fails where the element differs from all of them at once.
        var candidates = row.Select(p => p.Point).OfType<IReadOnlyDictionary<Symbol, double>>().Prepend(new Dictionary<Symbol, double>());
        foreach (var point in candidates)
        {
            var values = others.Select(o => CounterexampleCheck.Confirm(new Relation(RelationKind.Equal, element, o), point)).ToList();
            if (values.Any(v => v is null)) continue;
            var ce = CounterexampleCheck.Report(point, values[0]!.Left, values.Select(v => v!.Right).ToList(), rightIsSet: true);
            return new StepOutcome(StepStatus.Invalid, row[0].Outcome.Method, null, null, ce, unmatched);
        }
        return StepOutcome.Unknown(unmatched + " at separate points, but no single point was found where it differs from all of them");
    }
}
