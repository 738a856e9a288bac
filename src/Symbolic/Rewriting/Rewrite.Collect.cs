using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Rewriting;

public static partial class Rewrite
{
    /// <summary>
    /// Expands e and groups its terms by their part that depends on x: a x^2 + b x^2 + c x = (a + b) x^2 + c x.
    /// Terms free of x form one group too.
    /// </summary>
    public static Expr Collect(Expr e, Symbol x)
    {
        var expanded = Expand(e);
        var order = new List<Expr>();
        var groups = new Dictionary<Expr, List<Expr>>();
        foreach (var term in expanded is Sum s ? s.Terms : [expanded])
        {
            var factors = term is Product p ? p.Factors : [term];
            var xPart = Build.Mul(factors.Where(f => Differentiation.DependsOn(f, x)).ToArray());
            var coefficient = Build.Mul(factors.Where(f => !Differentiation.DependsOn(f, x)).ToArray());
            if (!groups.TryGetValue(xPart, out var list)) { order.Add(xPart); groups[xPart] = list = []; }
            list.Add(coefficient);
        }
        return Build.Add(order.Select(k => Build.Mul(Build.Add(groups[k]), k)).ToArray());
    }
}
