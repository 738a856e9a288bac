using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Tests.Engine.Rewriting;

/// <summary>The equivalence-time normal form of sums and products over an index, and the closed forms of power sums (by hand).</summary>
public class IndexedNormalFormTests
{
    private static readonly Symbol K = Symbol.Of("k", Facts.Integer), N = Symbol.Of("n"), C = Symbol.Of("c");

    private static Symbol X(Expr index) => Symbol.Indexed("x", Facts.Real, index);
    private static Symbol Y(Expr index) => Symbol.Indexed("y", Facts.Real, index);
    private static Symbol P(Expr index) => Symbol.Indexed("p", Facts.Positive, index);

    private static Expr Normal(Expr e) => Rewrite.SplitIndexed(e, 2_000);
    private static Expr Sum(Expr body) => Build.IndexedSum(body, K, 1, N);

    [Fact]
    public void LinearityTakesOutCoefficientsAndSplitsTerms() =>
        // sum_k (3 c x_k - y_k) = 3c sum_k x_k - sum_k y_k
        Assert.Equal(3 * C * Sum(X(K)) - Sum(Y(K)), Normal(Sum(3 * C * X(K) - Y(K))));

    [Fact]
    public void ASquareIsExpandedBeforeSplitting() =>
        // sum_k (x_k + c)^2 = sum_k x_k^2 + 2c sum_k x_k + n c^2
        Assert.Equal(Sum(X(K).Pow(2)) + 2 * C * Sum(X(K)) + N * C.Pow(2), Normal(Sum((X(K) + C).Pow(2))));

    [Fact]
    public void IndicesAreShiftedToStartAtOne() =>
        // sum_{k=0}^{n-1} x_{k+1} = sum_{k=1}^{n} x_k
        Assert.Equal(Sum(X(K)), Normal(Build.IndexedSum(X(K + 1), K, 0, N - 1)));

    [Fact]
    public void ProductsSplitOverFactorsAndRaiseConstants() =>
        // prod_k 2 c x_k = 2^n c^n prod_k x_k
        Assert.Equal(Number.Two.Pow(N) * C.Pow(N) * Build.IndexedProduct(X(K), K, 1, N), Normal(Build.IndexedProduct(2 * C * X(K), K, 1, N)));

    [Fact]
    public void TheLogOfAProductOfPositiveFactorsIsASumOfLogs() =>
        Assert.Equal(Sum(Build.Log(P(K))), Normal(Build.Log(Build.IndexedProduct(P(K), K, 1, N))));

    [Fact]
    public void TheLogOfAProductOfFactorsOfAnySignStays()
    {
        var log = Build.Log(Build.IndexedProduct(X(K), K, 1, N));
        Assert.Equal(log, Normal(log));
    }

    [Fact]
    public void ASumOfPowersOfTheIndexHasItsClosedForm()
    {
        // sum_{k=1}^{n} k = n(n+1)/2; sum_{k=1}^{n} k^2 = n(n+1)(2n+1)/6; sum_{k=1}^{n} k^3 = (n(n+1)/2)^2.
        Assert.Equal(Rewrite.Expand(N * (N + 1) / 2), Normal(Sum(K)));
        Assert.Equal(Rewrite.Expand(N * (N + 1) * (2 * N + 1) / 6), Normal(Sum(K.Pow(2))));
        Assert.Equal(Rewrite.Expand((N * (N + 1) / 2).Pow(2)), Normal(Sum(K.Pow(3))));
    }

    [Fact]
    public void PowerSumsAgreeWithTheSumsAtSmallCounts()
    {
        // S_4(3) = 1 + 16 + 81 = 98, S_5(2) = 1 + 32 = 33, S_12(1) = 1.
        Assert.Equal(Number.Of(98), PowerSums.Sum(4, Number.Of(3), 2_000));
        Assert.Equal(Number.Of(33), PowerSums.Sum(5, Number.Of(2), 2_000));
        Assert.Equal(Number.One, PowerSums.Sum(12, Number.One, 2_000));
    }

    [Fact]
    public void AnExpressionWithoutSumsIsReturnedAsItIs()
    {
        var e = Build.Log(C * C);
        Assert.Same(e, Normal(e));
    }
}
