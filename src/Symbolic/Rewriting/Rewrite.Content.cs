using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Rewriting;

public static partial class Rewrite
{
    /// <summary>
    /// A sum split as its terms' common numeric factor (negative when every term is) and the rest, so that a
    /// display can show −2(ab + cd) rather than −2ab − 2cd; anything else is its own rest, with content 1.
    /// The two are returned apart: multiplied back by Build.Mul, a lone number is distributed over the sum again.
    /// </summary>
    public static (BigRational Content, Expr Primitive) ContentAndPrimitive(Expr e)
    {
        if (e is not Sum sum) return (BigRational.One, e);
        var coefficients = sum.Terms.Select(t => Build.SplitCoefficient(t).Coefficient).ToList();
        var content = RationalContent.Of(coefficients);
        if (coefficients.All(c => c.Sign < 0)) content = -content;
        if (content.IsZero || content == BigRational.One) return (BigRational.One, e);
        var inverse = Number.Of(BigRational.One / content);
        return (content, Build.Add(sum.Terms.Select(t => Build.Mul(inverse, t)).ToArray()));
    }
}
