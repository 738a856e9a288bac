using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// The triangle inequality |a + b + ..| ≤ |a| + |b| + .. as a lower bound: in a sum, a term -c |a + b| (c &gt; 0) is at
/// least -c (|a| + |b|). An expression whose bound is nonnegative is nonnegative, so |x + y| ≤ |x| + |y| follows from
/// |x| + |y| - (|x| + |y|) = 0. The bound only proves: that it is negative somewhere says nothing of the expression.
/// </summary>
public static class TriangleInequality
{
    /// <summary>The expression with each subtracted absolute value of a sum split over its terms; itself when there is none.</summary>
    public static Expr LowerBound(Expr e)
    {
        var terms = e is Sum s ? s.Terms : [e];
        var changed = false;
        var bounded = terms.Select(t =>
        {
            var (c, rest) = Build.SplitCoefficient(t);
            if (!c.IsNegative || rest is not Function { Which: FunctionKind.Abs, Argument: Sum inside }) return t;
            changed = true;
            return Build.Mul(Number.Of(c), Build.Add(inside.Terms.Select(Build.Abs).ToArray()));
        }).ToArray();
        return changed ? Build.Add(bounded) : e;
    }
}
