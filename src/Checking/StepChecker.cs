using Ift6135.Sym.Checking.Deciding;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using SymAssumptions = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Checking;

/// <summary>
/// Compares two lowered sides under a relation: scalars through the decider, matrices entry by entry
/// (equal when every entry is), a scalar against a matrix or matrices of different sizes never equal.
/// A proposed counterexample is re-evaluated before the step is called invalid.
/// </summary>
public sealed class StepChecker(IStepDecider decider, SymAssumptions assumptions, GivenIdentities givens)
{
    public StepOutcome Compare(LatexValue left, LatexRelation relation, LatexValue right)
    {
        if (left.Scalar is { } l && right.Scalar is { } r) return Scalar(Given(l), relation, Given(r));
        if (left.Set is not null || right.Set is not null)
        {
            if (left.Set is not { } a || right.Set is not { } b) return StepOutcome.Error("a finite set compared with a value that is not a set");
            if (relation is not (LatexRelation.Equal or LatexRelation.NotEqual)) return StepOutcome.Error("order relations between sets are not checked (only = and ≠)");
            var equal = new SetComparison(this).Equal(a.Select(Given).ToArray(), b.Select(Given).ToArray());
            return relation == LatexRelation.Equal ? equal : StepOutcome.Negated(equal, "the two sets are equal");
        }
        if (left.Matrix is { } m && right.Matrix is { } n) return Matrices(m, relation, n);
        if (relation != LatexRelation.Equal && relation != LatexRelation.NotEqual)
            return StepOutcome.Error("an order relation between a matrix and another value is not defined");
        var shape = left.Matrix ?? right.Matrix!;
        var status = relation == LatexRelation.Equal ? StepStatus.Invalid : StepStatus.Valid;
        return new StepOutcome(status, status == StepStatus.Valid ? "symbolic" : null, null, null, null,
            $"one side is a scalar and the other a {shape.Rows}×{shape.Columns} matrix");
    }

    private Expr Given(Expr e) => givens.Rewrite(e);

    private StepOutcome Matrices(Matrix m, LatexRelation relation, Matrix n)
    {
        if (relation != LatexRelation.Equal && relation != LatexRelation.NotEqual)
            return StepOutcome.Error("order relations between matrices are not checked (only = and ≠)");
        if (m.Rows != n.Rows || m.Columns != n.Columns)
        {
            var status = relation == LatexRelation.Equal ? StepStatus.Invalid : StepStatus.Valid;
            return new StepOutcome(status, status == StepStatus.Valid ? "symbolic" : null, null, null, null,
                $"the sides have different sizes ({m.Rows}×{m.Columns} and {n.Rows}×{n.Columns})");
        }
        var parts = new List<(StepOutcome, string?)>();
        for (var r = 0; r < m.Rows; r++)
            for (var c = 0; c < m.Columns; c++)
            {
                var entry = Scalar(Given(m[r, c]), LatexRelation.Equal, Given(n[r, c]));
                var label = $"at entry ({r + 1}, {c + 1})";
                if (entry.Status == StepStatus.Invalid) { parts.Add((entry, label)); goto done; }
                parts.Add((entry, label));
            }
        done:
        var equal = StepOutcome.Combine(parts);
        return relation == LatexRelation.Equal ? equal : StepOutcome.Negated(equal, "the two matrices are equal");
    }

    public StepOutcome Scalar(Expr left, LatexRelation relation, Expr right) => ScalarWithPoint(left, relation, right).Outcome;

    /// <summary>The verdict, and for an invalid one the point of its (re-checked) counterexample.</summary>
    internal (StepOutcome Outcome, IReadOnlyDictionary<Symbol, double>? Point) ScalarWithPoint(Expr left, LatexRelation relation, Expr right)
    {
        var kind = relation switch
        {
            LatexRelation.Equal => RelationKind.Equal,
            LatexRelation.NotEqual => RelationKind.NotEqual,
            LatexRelation.Less => RelationKind.Less,
            LatexRelation.LessOrEqual => RelationKind.LessOrEqual,
            LatexRelation.Greater => RelationKind.Greater,
            _ => RelationKind.GreaterOrEqual,
        };
        var rel = new Relation(kind, left, right);
        Decision d;
        try
        {
            // Each step has its own time budget; past it the step is "unknown: time budget exceeded".
            using (Symbolic.Safety.Deadline.Start(Symbolic.Safety.SafetyLimits.Current.StepTimeBudget))
                d = decider.Decide(rel, assumptions);
        }
        catch (Symbolic.Safety.LimitExceededException e) { return (StepOutcome.Unknown(e.Message), null); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (StepOutcome.Unknown($"the checker failed on this step ({e.GetType().Name}: {e.Message})"), null);
        }
        var detail = string.IsNullOrWhiteSpace(d.Detail) ? null : d.Detail;
        switch (d.Outcome)
        {
            case DecisionOutcome.Valid:
                return (new StepOutcome(StepStatus.Valid, d.Method, d.Method == "numeric" ? d.Points : null, d.Method == "numeric" ? d.Seed : null, null, detail), null);
            case DecisionOutcome.Invalid when d.Point is { } point:
                if (CounterexampleCheck.Confirm(rel, point) is not { } values)
                    return (StepOutcome.Unknown(StepOutcome.Join("a counterexample was proposed but did not re-check", detail)), null);
                var ce = CounterexampleCheck.Report(point, values.Left, [values.Right]);
                return (new StepOutcome(StepStatus.Invalid, d.Method, d.Points, d.Seed, ce, detail), point);
            case DecisionOutcome.Invalid:
                // Refuted without a point (e.g. a proof that the difference is a nonzero constant).
                return (new StepOutcome(StepStatus.Invalid, d.Method, null, null, null, detail ?? "refuted symbolically"), null);
            default:
                return (StepOutcome.Unknown(detail ?? "neither proved nor refuted"), null);
        }
    }
}
