using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Tests.Engine.Rewriting;

/// <summary>Sums over ranges that differ by a few terms at an end are written over the longest one, where that is sound.</summary>
public sealed class IndexedRangeAlignmentTests
{
    private static readonly Symbol K = Symbol.Of("K", Facts.Integer | Facts.Positive);
    private static readonly Symbol k = Symbol.Of("k", Facts.Integer);

    private static Expr W(Expr index) => Symbol.Indexed("w", Facts.Real, index);

    private static Expr Sum(Expr body, Expr upper) => Build.IndexedSum(body, k, Number.One, upper);

    [Fact]
    public void The_first_term_peeled_off_reaches_zero()
    {
        // Σ_{k=1}^{K} w_k - w_1 - Σ_{k=1}^{K-1} w_{k+1}: the last sum is Σ_{k=2}^{K} w_k, by hand 0 for every count K >= 1.
        var difference = Build.Sub(Build.Sub(Sum(W(k), K), W(Number.One)), Sum(W(Build.Add(k, Number.One)), Build.Sub(K, Number.One)));
        Assert.True(Rewrite.AlignIndexedRanges(difference).IsZero, Rewrite.AlignIndexedRanges(difference).ToString());
    }

    [Fact]
    public void The_last_term_peeled_off_reaches_zero()
    {
        var difference = Build.Sub(Build.Add(Sum(W(k), Build.Sub(K, Number.One)), W(K)), Sum(W(k), K));
        Assert.True(Rewrite.AlignIndexedRanges(difference).IsZero);
    }

    [Fact]
    public void A_count_not_known_to_be_a_positive_integer_is_left_alone()
    {
        // For a real n, n - 1 may be negative: Σ_{k=1}^{n-1} is then not the longer sum less w_n.
        var n = Symbol.Of("n");
        var difference = Build.Sub(Build.Add(Sum(W(k), Build.Sub(n, Number.One)), W(n)), Sum(W(k), n));
        Assert.Equal(difference, Rewrite.AlignIndexedRanges(difference));
    }

    [Fact]
    public void A_shorter_count_that_may_be_negative_is_left_alone()
    {
        // Σ_{k=1}^{K-2} w_{k+2} is Σ_{k=3}^{K} w_k: at K = 1 it is empty (0), not Σ_{k=1}^{1} w_k - w_1 - w_2.
        var difference = Build.Sub(Build.Add(Sum(W(Build.Add(k, Number.Of(2))), Build.Sub(K, Number.Of(2))), W(Number.One), W(Number.Of(2))), Sum(W(k), K));
        Assert.Equal(difference, Rewrite.AlignIndexedRanges(difference));
    }

    [Fact]
    public void Sums_of_different_bodies_are_not_aligned()
    {
        var v = Sum(Symbol.Indexed("v", Facts.Real, Build.Add(k, Number.One)), Build.Sub(K, Number.One));
        var difference = Build.Sub(Sum(W(k), K), v);
        Assert.Equal(difference, Rewrite.AlignIndexedRanges(difference));
    }
}
