using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Tests.Engine.Matrices;

public class CharacteristicPolynomialTests
{
    private static readonly Symbol Lambda = Symbol.Of("lambda");

    private static Matrix M(params Expr[][] rows) => Matrix.FromRows(rows);

    [Fact]
    public void TwoByTwoByHand() =>
        // det(λI - [[1, 2], [3, 4]]) = (λ - 1)(λ - 4) - 6 = λ² - 5λ - 2
        Assert.Equal(Lambda.Pow(2) - 5 * Lambda - 2, CharacteristicPolynomial.Of(M([1, 2], [3, 4]), Lambda));

    [Fact]
    public void ThreeByThreeByHand() =>
        // (λ - 2)((λ - 3)(λ - 9) - 16) = λ³ - 14λ² + 35λ - 22
        Assert.Equal(Lambda.Pow(3) - 14 * Lambda.Pow(2) + 35 * Lambda - 22,
            CharacteristicPolynomial.Of(M([2, 0, 0], [0, 3, 4], [0, 4, 9]), Lambda));

    [Fact]
    public void SymbolicTwoByTwo()
    {
        // det(λI - [[1, α], [-α, 1]]) = (λ - 1)² + α² = λ² - 2λ + 1 + α²
        var alpha = Symbol.Of("alpha");
        Assert.Equal(Lambda.Pow(2) - 2 * Lambda + 1 + alpha.Pow(2), CharacteristicPolynomial.Of(M([1, alpha], [-alpha, 1]), Lambda));
    }

    [Theory]
    [InlineData(3, 11)]
    [InlineData(3, 12)]
    [InlineData(4, 13)]
    [InlineData(4, 14)]
    [InlineData(5, 15)]
    public void CayleyHamiltonOnRandomRationalMatrices(int n, int seed)
    {
        var a = Reference.RandomRational(new Random(seed), n);
        var p = CharacteristicPolynomial.Polynomial(Reference.ToMatrix(a), Lambda);
        Assert.Equal(n, p.Degree);
        var coefficients = p.Coefficients.Select(c => ((Number)c).Value).ToArray();
        Assert.Equal(BigRational.One, coefficients[n]);
        // p(A) = Σ c_k A^k, evaluated with plain rational arithmetic.
        var power = Identity(n);
        var sum = new BigRational[n, n];
        for (var k = 0; k <= n; k++)
        {
            for (var r = 0; r < n; r++)
                for (var c = 0; c < n; c++)
                    sum[r, c] += coefficients[k] * power[r, c];
            power = Reference.Multiply(power, a);
        }
        foreach (var entry in sum) Assert.Equal(BigRational.Zero, entry);
        // Also: c_{n-1} = -trace A and c_0 = (-1)^n det A.
        var trace = Enumerable.Range(0, n).Aggregate(BigRational.Zero, (s, i) => s + a[i, i]);
        Assert.Equal(-trace, coefficients[n - 1]);
        Assert.Equal(n % 2 == 0 ? Reference.Cofactor(a) : -Reference.Cofactor(a), coefficients[0]);
    }

    [Fact]
    public void SymbolicThreeByThreeConstantTermIsMinusDeterminant()
    {
        var names = "abcdefghi".Select(ch => (Expr)Symbol.Of(ch.ToString())).ToArray();
        var m = Matrix.Of(3, 3, (r, c) => names[3 * r + c]);
        var p = CharacteristicPolynomial.Polynomial(m, Lambda);
        Assert.Equal(Build.Neg(Build.Add(names[0], names[4], names[8])), p.Coefficients[2]);
        Assert.True(Symbolic.Polynomials.SparsePolynomial.From(p.Coefficients[0] + Reference.Cofactor(m)).IsZero);
    }

    [Fact]
    public void LambdaInsideTheMatrixIsRejected() =>
        Assert.Throws<ArgumentException>(() => CharacteristicPolynomial.Of(M([Lambda, 1], [0, 1]), Lambda));

    private static BigRational[,] Identity(int n)
    {
        var result = new BigRational[n, n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
                result[r, c] = r == c ? BigRational.One : BigRational.Zero;
        return result;
    }
}
