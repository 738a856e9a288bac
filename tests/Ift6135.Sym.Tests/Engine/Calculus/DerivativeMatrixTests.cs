using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using static Ift6135.Sym.Symbolic.Calculus.Differentiation;

namespace Ift6135.Sym.Tests.Engine.Calculus;

public class DerivativeMatrixTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y");

    [Fact]
    public void GradientIsAColumn()
    {
        // f = x^2 y + y^3: grad = (2xy, x^2 + 3y^2)
        var g = Gradient(X.Pow(2) * Y + Y.Pow(3), [X, Y]);
        Assert.Equal(Matrix.Column(Build.Mul(2, X, Y), X.Pow(2) + Build.Mul(3, Y.Pow(2))), g);
    }

    [Fact]
    public void HessianIsSymmetric()
    {
        var h = Hessian(X.Pow(2) * Y + Y.Pow(3), [X, Y]);
        var expected = Matrix.FromRows([[Build.Mul(2, Y), Build.Mul(2, X)], [Build.Mul(2, X), Build.Mul(6, Y)]]);
        Assert.Equal(expected, h);
    }

    [Fact]
    public void JacobianRowsAreFunctions()
    {
        var j = Jacobian([X * Y, X + Y, Build.Sin(X)], [X, Y]);
        var expected = Matrix.FromRows([[Y, X], [Number.One, Number.One], [Build.Cos(X), Number.Zero]]);
        Assert.Equal(expected, j);
    }
}
