using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Tests.Engine.Construction;

/// <summary>Sums and products over a bound index: equal up to the index's name, printed as written, substituted without capture.</summary>
public class IndexedOperatorTests
{
    private static readonly Symbol I = Symbol.Of("i", Facts.Integer), J = Symbol.Of("j", Facts.Integer), K = Symbol.Of("k", Facts.Integer);
    private static readonly Symbol N = Symbol.Of("n"), M = Symbol.Of("m"), Y = Symbol.Of("y");

    private static Symbol X(Expr index) => Symbol.Indexed("x", Facts.Real, index);
    private static Symbol W(Expr index) => Symbol.Indexed("w", Facts.Real, index);

    [Fact]
    public void SumsDifferingOnlyInTheIndexNameAreEqualAndHashAlike()
    {
        var byK = Build.IndexedSum(X(K), K, 1, N);
        var byJ = Build.IndexedSum(X(J), J, 1, N);
        Assert.Equal(byK, byJ);
        Assert.Equal(byK.GetHashCode(), byJ.GetHashCode());
        Assert.Equal(0, ExprOrder.Compare(byK, byJ));
        Assert.Equal(Number.Zero, byK - byJ);
    }

    [Fact]
    public void EachSumKeepsTheNameItWasWrittenWith() =>
        Assert.Equal(@"\sum_{j=1}^{n} x_{j}", LatexPrinter.Print(Build.IndexedSum(X(J), J, 1, N)));

    [Fact]
    public void DifferentBodiesBoundsOrOperatorsStayDifferent()
    {
        var sum = Build.IndexedSum(X(K), K, 1, N);
        Assert.NotEqual(sum, Build.IndexedSum(W(K), K, 1, N));
        Assert.NotEqual(sum, Build.IndexedSum(X(K), K, 0, N));
        Assert.NotEqual(sum, Build.IndexedSum(X(K), K, 1, M));
        Assert.NotEqual(sum, Build.IndexedProduct(X(K), K, 1, N));
        // x_k with k bound is not x_j with j free: sum_k x_k y_j differs from sum_k x_k y_k.
        Assert.NotEqual(Build.IndexedSum(X(K) * W(J), K, 1, N), Build.IndexedSum(X(K) * W(K), K, 1, N));
    }

    [Fact]
    public void NestedSumsAreEqualUnderAConsistentRenaming()
    {
        // sum_i sum_j x_i w_j = sum_j sum_i x_j w_i (the two indices swapped consistently), but not sum_i sum_j x_j w_i.
        var a = Build.IndexedSum(Build.IndexedSum(X(I) * W(J), J, 1, M), I, 1, N);
        var b = Build.IndexedSum(Build.IndexedSum(X(J) * W(I), I, 1, M), J, 1, N);
        var swapped = Build.IndexedSum(Build.IndexedSum(X(J) * W(I), J, 1, M), I, 1, N);
        Assert.Equal(a, b);
        Assert.NotEqual(a, swapped);
    }

    [Fact]
    public void SubstitutionNeverCapturesAFreeSymbolByTheIndex()
    {
        // Putting k for the free j in sum_k x_k w_j must not give sum_k x_k w_k: the index is renamed.
        var sum = Build.IndexedSum(X(K) * W(J), K, 1, N);
        var substituted = Substitution.Substitute(sum, J, K);
        Assert.Equal(Build.IndexedSum(X(I) * W(K), I, 1, N), substituted);
        Assert.NotEqual(Build.IndexedSum(X(K) * W(K), K, 1, N), substituted);
    }

    [Fact]
    public void TheBoundIndexIsNotSubstitutedButTheBoundsAre()
    {
        var sum = Build.IndexedSum(X(K), K, 1, N);
        Assert.Equal(sum, Substitution.Substitute(sum, K, Number.Of(2)));
        // n = 3 writes the sum out: x_1 + x_2 + x_3.
        Assert.Equal(X(1) + X(2) + X(3), Substitution.Substitute(sum, N, Number.Of(3)));
    }

    [Fact]
    public void ProductsWithNumberBoundsUnroll()
    {
        Assert.Equal(X(1) * X(2) * X(3), Build.IndexedProduct(X(K), K, 1, 3));
        Assert.Equal(Number.One, Build.IndexedProduct(X(K), K, 1, 0));       // empty product
        Assert.Equal(Number.Of(8), Build.IndexedProduct(Number.Two, K, 1, 3));
    }

    [Fact]
    public void AProductOfABodyFreeOfTheIndexIsAPower() =>
        Assert.Equal(Y.Pow(N), Build.IndexedProduct(Y, K, 1, N));

    [Fact]
    public void ProductsPrintAsWritten()
    {
        Assert.Equal(@"\prod_{i=1}^{n} x_{i}", LatexPrinter.Print(Build.IndexedProduct(X(I), I, 1, N)));
        Assert.Equal("prod(x[i], i, 1, n)", Build.IndexedProduct(X(I), I, 1, N).ToString());
    }

    [Fact]
    public void APositiveBodyMakesAPositiveProduct() =>
        Assert.True(SignOf.Get(Build.IndexedProduct(Symbol.Indexed("p", Facts.Positive, I), I, 1, N)).IsPositive());
}
