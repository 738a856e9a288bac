using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Checking;

/// <summary>
/// Linearity of the expectations of a step (E[a + 2b] = E[a] + 2E[b], E[3] = 3), applied again after a rewriting
/// has changed what is inside them: the reader makes each expectation linear as it lowers it, but a log of densities
/// split later (<see cref="DensityAtoms"/>) leaves E[log s1 - log s2], a sum the reader never saw. Only sums and
/// number coefficients are taken out: which factors are random is no longer known once densities are symbols.
/// An expectation is an application named E or E_subscript, as the reader names \mathbb{E} and \mathbb{E}_{q}.
/// </summary>
public static class ExpectationLinearity
{
    public static Expr Apply(Expr e) => e.Transform(node => node is Symbolic.Expressions.Apply a && IsExpectation(a) ? Split(a) : node);

    public static bool IsExpectation(Symbolic.Expressions.Apply a) =>
        a.Arguments.Count == 1 && !a.IsDifferentiated && (a.Name == "E" || a.Name.StartsWith("E_", StringComparison.Ordinal));

    private static Expr Split(Symbolic.Expressions.Apply expectation)
    {
        var body = expectation.Arguments[0];
        if (body is not Sum && Build.SplitCoefficient(body).Coefficient == BigRational.One) return expectation;
        var terms = body is Sum sum ? sum.Terms : [body];
        return Build.Add(terms.Select(t =>
        {
            var (coefficient, rest) = Build.SplitCoefficient(t);
            return rest.IsOne ? Number.Of(coefficient) : Build.Mul(Number.Of(coefficient), Symbolic.Expressions.Apply.Of(expectation.Name, rest));
        }).ToArray());
    }
}
