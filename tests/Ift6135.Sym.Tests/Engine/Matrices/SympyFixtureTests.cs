using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Tests.Engine.Matrices;

/// <summary>Expected values computed by SymPy 1.x (expand(M.det()), simplify(M.inv()), M.charpoly()), transcribed by hand.</summary>
public class SympyFixtureTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), A = Symbol.Of("a"), B = Symbol.Of("b"), C = Symbol.Of("c");

    private static Matrix M(params Expr[][] rows) => Matrix.FromRows(rows);

    [Fact]
    public void PolynomialFourByFourDeterminant() =>
        // 6x²y - 2x² + 2xy² + 2xy + 2y + 2
        Assert.Equal(
            6 * X.Pow(2) * Y - 2 * X.Pow(2) + 2 * X * Y.Pow(2) + 2 * X * Y + 2 * Y + 2,
            Determinant.Of(M([X, 1, 0, 2], [0, Y, 3, 1], [1, X + Y, 2, 0], [X * Y, 0, 1, 1])));

    [Fact]
    public void SymbolicThreeByThreeInverse()
    {
        var d = A * B * C + 1;
        var expected = M(
            [1 / d, -A / d, A * B / d],
            [B * C / d, 1 / d, -B / d],
            [-C / d, A * C / d, 1 / d]);
        Assert.Equal(expected, Inverse.Of(M([1, A, 0], [0, 1, B], [C, 0, 1])));
    }

    [Fact]
    public void SymbolicThreeByThreeCharacteristicPolynomial()
    {
        var lambda = Symbol.Of("lam");
        // λ³ - 2λ² - aλ² + 2a² - a + 1
        Assert.Equal(
            lambda.Pow(3) - 2 * lambda.Pow(2) - A * lambda.Pow(2) + 2 * A.Pow(2) - A + 1,
            CharacteristicPolynomial.Of(M([1, 2, 0], [A, 1, 1], [0, 1, A]), lambda));
    }
}
