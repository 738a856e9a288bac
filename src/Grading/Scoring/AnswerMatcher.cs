using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Checking.Deciding;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using SymAssumptions = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Grading.Scoring;

public enum MatchOutcome { Equal, Different, Undecided }

/// <summary>
/// Compares a student's answer with a target (the expected answer or a mistake's): pixels, words and
/// big-O exponents exactly; expressions with the checker's decider; sets as multisets in any order,
/// matrices and points entry by entry. The student's symbols are first rebound by name to the
/// target's, so that facts such as alpha &gt; 0 hold whatever the student declared.
/// </summary>
public sealed class AnswerMatcher(IStepDecider decider)
{
    /// <summary>Lists are compared in order for a point, as multisets otherwise.</summary>
    public MatchOutcome Compare(Answer student, Answer target, bool ordered = false) => (student, target) switch
    {
        (PixelSetAnswer s, PixelSetAnswer t) => Exact(s.Canonical == t.Canonical),
        (ChoiceAnswer s, ChoiceAnswer t) => Exact(s.Choice == t.Choice),
        (BigOAnswer s, BigOAnswer t) => Exact(s.Exponent.Equals(t.Exponent) && s.LogPower == t.LogPower),
        (ExprAnswer s, ExprAnswer t) => Expressions(s.Value, t.Value),
        (MatrixAnswer s, MatrixAnswer t) => Matrices(s.Value, t.Value),
        (ExprListAnswer s, ExprListAnswer t) => CompareList(s, t, ordered),
        _ => MatchOutcome.Different,
    };

    public MatchOutcome CompareList(ExprListAnswer student, ExprListAnswer target, bool ordered)
    {
        if (student.Values.Count != target.Values.Count) return MatchOutcome.Different;
        if (ordered) return All(student.Values.Zip(target.Values, Expressions));
        // A multiset: each target value takes the first unused student value equal to it.
        var used = new bool[student.Values.Count];
        var undecided = false;
        foreach (var t in target.Values)
        {
            var found = false;
            for (var k = 0; k < student.Values.Count && !found; k++)
            {
                if (used[k]) continue;
                var o = Expressions(student.Values[k], t);
                if (o == MatchOutcome.Equal) used[k] = found = true;
                else if (o == MatchOutcome.Undecided) undecided = true;
            }
            if (!found) return undecided ? MatchOutcome.Undecided : MatchOutcome.Different;
        }
        return MatchOutcome.Equal;
    }

    private MatchOutcome Matrices(Matrix s, Matrix t) =>
        s.Rows != t.Rows || s.Columns != t.Columns
            ? MatchOutcome.Different
            : All(Enumerable.Range(0, t.Rows).SelectMany(r => Enumerable.Range(0, t.Columns).Select(c => Expressions(s[r, c], t[r, c]))));

    private MatchOutcome Expressions(Expr student, Expr target)
    {
        var rebound = Rebind(student, target);
        if (rebound.Equals(target)) return MatchOutcome.Equal;
        // A difference that construction already reduces to a nonzero number (f'(z) against 1 + f'(z)) is settled
        // here: sampling cannot evaluate an unknown function, so the decider would leave it undecided.
        if (Build.Sub(rebound, target) is Number { IsZero: false }) return MatchOutcome.Different;
        var decision = decider.Decide(Relation.Eq(rebound, target), SymAssumptions.None);
        return decision.Outcome switch
        {
            DecisionOutcome.Valid => MatchOutcome.Equal,
            DecisionOutcome.Invalid => MatchOutcome.Different,
            _ => MatchOutcome.Undecided,
        };
    }

    /// <summary>Replaces each symbol of the student's expression by the target's symbol of the same name and indices.</summary>
    public static Expr Rebind(Expr student, Expr target)
    {
        var byName = Substitution.FreeSymbols(target).GroupBy(Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var map = new Dictionary<Expr, Expr>();
        foreach (var s in Substitution.FreeSymbols(student))
            if (byName.TryGetValue(Key(s), out var t) && !t.Equals(s)) map[s] = t;
        return map.Count == 0 ? student : Substitution.Substitute(student, map);
    }

    private static string Key(Symbol s) => s.Indices.Count == 0 ? s.Name : $"{s.Name}[{string.Join(",", s.Indices)}]";

    private static MatchOutcome Exact(bool equal) => equal ? MatchOutcome.Equal : MatchOutcome.Different;

    private static MatchOutcome All(IEnumerable<MatchOutcome> outcomes)
    {
        var undecided = false;
        foreach (var o in outcomes)
        {
            if (o == MatchOutcome.Different) return MatchOutcome.Different;
            undecided |= o == MatchOutcome.Undecided;
        }
        return undecided ? MatchOutcome.Undecided : MatchOutcome.Equal;
    }
}
