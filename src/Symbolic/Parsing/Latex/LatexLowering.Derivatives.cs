using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public sealed partial class LatexLowering
{
    private static Expr Differentiate(MathNode at, Expr body, Symbol x, int order) =>
        order == 1 ? Differentiation.Diff(body, x) : Differentiation.Diff(body, x, order);
}
