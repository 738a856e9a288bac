using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public sealed partial class LatexLowering
{
    // Placeholder until the calculus lane is merged: derivatives are parsed but not yet lowered.
    private Expr Differentiate(MathNode at, Expr body, Symbol x, int order) =>
        throw Error(at, $"a formula without derivatives (differentiation of {body} by {x}, order {order}, arrives with the calculus engine)");
}
