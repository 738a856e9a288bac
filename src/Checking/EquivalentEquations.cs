using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Checking;

/// <summary>
/// E1: a = b ⇔ E2: c = d (or ⇒) between two equations: they have the same solutions when a − b = k (c − d) for a
/// nonzero number k (E2 is E1 multiplied by 1/k and rearranged). Only a constant numeric factor is recognised; a
/// factor with symbols (α + r) or equations with equal solution sets otherwise are left not checked. Never invalid:
/// no factor found does not show that the equations differ.
/// </summary>
public static class EquivalentEquations
{
    public const string NotDecidedDetail = "a logical step between statements (not shown to be a constant multiple of the other)";

    /// <summary>Valid when (a − b) / (c − d) simplifies to a nonzero number k (else k = 1) and a − b = k (c − d) is checked; else not checked.</summary>
    public static StepOutcome Decide(StepChecker checker, Expr a, Expr b, Expr c, Expr d)
    {
        var first = Build.Sub(a, b);
        var second = Build.Sub(c, d);
        if (second is Number { Value.IsZero: true }) return NotDecided();
        return ConstantFactor(checker, first, second, k => !k.IsZero) is var (k, multiple)
            ? multiple with { Detail = $"the equations differ by the nonzero factor {k}: left − right of the first = {k} × (left − right of the second)", KeepDetail = true }
            : NotDecided();
    }

    /// <summary>
    /// The number k, <paramref name="admissible"/>, with <paramref name="first"/> = k <paramref name="second"/> checked valid (the step's
    /// verdict on it), or null. k is read off the symbolic ratio; where that is no number (the two agree only through a given, c = 2 or
    /// p_\theta(z) = p(z)), k = 1, the same expression moved, is left to the checker, which compares them as a step's sides, givens applied.
    /// </summary>
    public static (Number Factor, StepOutcome Outcome)? ConstantFactor(StepChecker checker, Expr first, Expr second, Func<Number, bool> admissible)
    {
        var ratio = Simplifier.Simplify(Rewrite.Cancel(Build.Div(first, second)));
        var k = ratio is Number number ? number : Number.One;
        if (!admissible(k)) return null;
        var multiple = checker.Compare(LatexValue.Of(first), LatexRelation.Equal, LatexValue.Of(Build.Mul(k, second)));
        return multiple.Status == StepStatus.Valid ? (k, multiple) : null;
    }

    private static StepOutcome NotDecided() => new(StepStatus.NotChecked, null, null, null, null, NotDecidedDetail);
}
