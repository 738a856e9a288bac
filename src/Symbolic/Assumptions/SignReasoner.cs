using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// Decides signs and bounds under a problem's assumptions, answering True, False or Unknown
/// (never guessing). Knowledge comes from the symbols' facts and from the relational
/// assumptions, read once at construction; each query is a bounded walk over the expression
/// (no search), so it costs microseconds to about a millisecond on the assignment's expressions.
/// Conventions: a relation between expressions assumes them real; x^-1 is described where it is
/// defined (as in <see cref="SignOf"/>); "nonzero" means ≠ 0, so a non-real value is nonzero.
/// </summary>
public sealed class SignReasoner
{
    private readonly RelationalFacts facts;
    private readonly RangeCache memo = new(), nestedMemo = new();

    public SignReasoner(Assumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(assumptions);
        Assumptions = assumptions;
        facts = new RelationalFacts(assumptions);
    }

    public Assumptions Assumptions { get; }

    /// <summary>True when two relational assumptions contradict each other (the later one is then ignored).</summary>
    public bool Inconsistent => facts.Inconsistent;

    public SignSet Sign(Expr e) => Analyze(e).Signs;

    /// <summary>An interval holding the value when it is real; all of ℝ when nothing is known or it may not be real.</summary>
    public Interval Bounds(Expr e)
    {
        var r = Analyze(e);
        return r.IsReal ? r.Interval : Interval.All;
    }

    public Truth IsPositive(Expr e) => Holds(Sign(e), SignSet.Positive);
    public Truth IsNegative(Expr e) => Holds(Sign(e), SignSet.Negative);
    public Truth IsNonnegative(Expr e) => Holds(Sign(e), SignSet.Nonnegative);
    public Truth IsNonpositive(Expr e) => Holds(Sign(e), SignSet.Nonpositive);
    public Truth IsNonzero(Expr e) => Holds(Sign(e), SignSet.NonzeroAny);
    public Truth IsZero(Expr e) => Holds(Sign(e), SignSet.Zero);

    /// <summary>
    /// a &lt; b as b - a &gt; 0, a ≤ b as b - a ≥ 0 (and so on); a = b only when a - b is 0 by
    /// construction (False when it is provably nonzero); a ≠ b the negation of that.
    /// </summary>
    public Truth Prove(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        var (l, r) = (relation.Left, relation.Right);
        return relation.Kind switch
        {
            RelationKind.Greater => Either(IsPositive, Build.Sub(l, r)),
            RelationKind.GreaterOrEqual => Either(IsNonnegative, Build.Sub(l, r)),
            RelationKind.Less => Either(IsPositive, Build.Sub(r, l)),
            RelationKind.LessOrEqual => Either(IsNonnegative, Build.Sub(r, l)),
            RelationKind.Equal => ProveEqual(Build.Sub(l, r)),
            _ => ProveEqual(Build.Sub(l, r)).Not(),
        };
    }

    /// <summary>The sign test on the difference, or when it does not prove it, on its triangle-inequality lower bound (which only proves).</summary>
    private static Truth Either(Func<Expr, Truth> test, Expr difference)
    {
        var direct = test(difference);
        if (direct == Truth.True) return direct;
        var bound = TriangleInequality.LowerBound(difference);
        return !ReferenceEquals(bound, difference) && test(bound) == Truth.True ? Truth.True : direct;
    }

    private Truth ProveEqual(Expr difference) =>
        difference.IsZero ? Truth.True : IsNonzero(difference) == Truth.True ? Truth.False : Truth.Unknown;

    private Range Analyze(Expr e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new RangeAnalysis(facts, memo, nestedMemo).Of(e);
    }

    /// <summary>True when every possible sign is in <paramref name="allowed"/>, False when none is.</summary>
    private static Truth Holds(SignSet signs, SignSet allowed)
    {
        if (signs == SignSet.Empty) return Truth.Unknown;
        if ((signs & ~allowed) == 0) return Truth.True;
        if ((signs & allowed) == 0) return Truth.False;
        return Truth.Unknown;
    }
}
