using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Symbolic.Calculus;

/// <summary>
/// Symbolic differentiation by the chain rule, one rule per node kind. Results are built with the
/// canonical constructors and are not expanded, so a derivative keeps the shape of its function
/// (d logit(u) = u'/(u(1-u)) stays a quotient of u's pieces instead of a polynomial mess).
/// Indexed symbols are independent symbols: d mu[i] / d mu[j] is 0 unless i and j are the same expression.
/// </summary>
public static class Differentiation
{
    public static Expr Diff(Expr e, Symbol x) => new Differentiator(x).Derive(e);

    public static Expr Diff(Expr e, Symbol x, int order)
    {
        if (order < 0) throw new ArgumentOutOfRangeException(nameof(order), "The order of a derivative cannot be negative.");
        for (var k = 0; k < order; k++) e = Diff(e, x);
        return e;
    }

    /// <summary>The mixed partial derivative, differentiating in the given symbols one after the other.</summary>
    public static Expr Partial(Expr e, params Symbol[] variables) => variables.Aggregate(e, Diff);

    /// <summary>The gradient as a column vector.</summary>
    public static Matrix Gradient(Expr f, IReadOnlyList<Symbol> vars) => Matrix.Of(vars.Count, 1, (r, _) => Diff(f, vars[r]));

    /// <summary>J[i, j] = d f_i / d x_j.</summary>
    public static Matrix Jacobian(IReadOnlyList<Expr> f, IReadOnlyList<Symbol> vars) =>
        Matrix.Of(f.Count, vars.Count, (r, c) => Diff(f[r], vars[c]));

    /// <summary>H[i, j] = d^2 f / (d x_i d x_j); the first derivatives are shared and the matrix is symmetric by construction.</summary>
    public static Matrix Hessian(Expr f, IReadOnlyList<Symbol> vars)
    {
        var first = vars.Select(v => Diff(f, v)).ToArray();
        var upper = new Dictionary<(int, int), Expr>();
        for (var i = 0; i < vars.Count; i++)
            for (var j = i; j < vars.Count; j++)
                upper[(i, j)] = Diff(first[i], vars[j]);
        return Matrix.Of(vars.Count, vars.Count, (r, c) => upper[r <= c ? (r, c) : (c, r)]);
    }

    /// <summary>True when <paramref name="e"/> may depend on <paramref name="x"/> (indices of other symbols do not count).</summary>
    public static bool DependsOn(Expr e, Symbol x) => e switch
    {
        Symbol s => s.Equals(x),
        Number or Constant => false,
        IndexedSum s when s.Index.Equals(x) => DependsOn(s.Lower, x) || DependsOn(s.Upper, x),
        _ => e.Args.Any(a => DependsOn(a, x)),
    };
}
