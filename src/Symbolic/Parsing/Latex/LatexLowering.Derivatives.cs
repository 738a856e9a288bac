using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public sealed partial class LatexLowering
{
    private static Expr Differentiate(MathNode at, Expr body, Symbol x, int order) =>
        order == 1 ? Differentiation.Diff(body, x) : Differentiation.Diff(body, x, order);

    /// <summary>
    /// A derivative's value: by a vector (\frac{\partial (\mu + S z_0)}{\partial z_0}, J_{z_0}(..)) the Jacobian matrix,
    /// entry (i, j) the derivative of entry i by entry j of the vector; by a scalar variable, a scalar.
    /// </summary>
    private LatexValue DerivativeValue(DerivativeNode d)
    {
        if (d.Variable is NameNode named && DefinitionKey(named) is not null && Value(named).Matrix is { Columns: 1 } value)
            return JacobianByDefinedName(d, named, value);
        if (Value(d.Variable).Matrix is not { } variable) return LatexValue.Of(Derivative(d));
        if (variable.Columns != 1 || d.Order != 1 || d.Body is DerivativeNode)
            throw Error(d.Variable, "a scalar variable, or a vector for a first derivative (the Jacobian)");
        var entries = variable.Entries.Select(e => e as Symbol ?? throw Error(d.Variable, "a vector of free entries to differentiate by")).ToArray();
        // The derivative of a scalar by a vector is a row or a column by convention only: ask for the entries instead of guessing.
        if (Value(d.Body).Matrix is not { Columns: 1 } body)
            throw Error(d.Body, "a vector to differentiate by a vector (the Jacobian); for a scalar, differentiate by each entry");
        return LatexValue.Of(Differentiation.Jacobian(body.Entries.ToArray(), entries));
    }

    /// <summary>
    /// J_{z_0} g(z_0) after z_0 = S^{-1}(z - \mu) gave z_0 its value: the Jacobian by the vector as a name, its value put in
    /// afterwards, as <see cref="ByDefinedName"/> does for a scalar (read through its value first, z_0 has no entries to differentiate by).
    /// </summary>
    private LatexValue JacobianByDefinedName(DerivativeNode d, NameNode defined, Matrix value)
    {
        var free = WithoutDefinitionOf(defined);
        var derivative = free.DerivativeValue(d);
        if (free.Value(defined).Matrix is not { } variable || variable.Rows != value.Rows) return derivative;
        var map = new Dictionary<Expr, Expr>();
        for (var i = 0; i < value.Rows; i++) if (variable[i, 0] is Symbol entry) map[entry] = value[i, 0];
        return derivative.Matrix is { } jacobian ? LatexValue.Of(jacobian.Map(e => Substitution.Substitute(e, map)))
            : LatexValue.Of(Substitution.Substitute(derivative.Scalar!, map));
    }
}
