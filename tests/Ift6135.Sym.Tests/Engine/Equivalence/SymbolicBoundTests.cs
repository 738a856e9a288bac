using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using Assume = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Engine.Equivalence;

/// <summary>Deciding steps over sums with a symbolic count n: proved by the normal form, refuted at a small n, else unknown.</summary>
public class SymbolicBoundTests
{
    private static readonly Symbol K = Symbol.Of("k", Facts.Integer), J = Symbol.Of("j", Facts.Integer), N = Symbol.Of("n");

    private static Symbol A(Expr index) => Symbol.Indexed("a", Facts.Real, index);
    private static Symbol B(Expr index) => Symbol.Indexed("b", Facts.Real, index);
    private static Expr Sum(Expr body, Symbol index) => Build.IndexedSum(body, index, 1, N);

    private static Verdict Decide(Expr a, Expr b) => EquivalenceChecker.Decide(a, b, Assume.None);

    [Fact]
    public void LinearityIsProvedSymbolically()
    {
        var v = Decide(Sum(A(K) + B(K), K), Sum(A(J), J) + Sum(B(K), K));
        Assert.Equal(Outcome.Valid, v.Outcome);
        Assert.Equal(VerdictMethod.Symbolic, v.Method);
    }

    [Fact]
    public void SumOfProductsAgainstProductOfSumsIsRefutedWithACount()
    {
        // At n = 1 the two agree (a_1 b_1); n = 2 is the first count that can refute: a_1 b_1 + a_2 b_2 vs (a_1 + a_2)(b_1 + b_2).
        var v = Decide(Sum(A(K) * B(K), K), Sum(A(K), K) * Sum(B(J), J));
        Assert.Equal(Outcome.Invalid, v.Outcome);
        var point = v.Counterexample!.Point;
        Assert.Equal(2, point[N]);
        var (a1, a2, b1, b2) = (point[A(1)], point[A(2)], point[B(1)], point[B(2)]);
        Assert.Equal(a1 * b1 + a2 * b2, v.Counterexample.Left, 9);
        Assert.Equal((a1 + a2) * (b1 + b2), v.Counterexample.Right, 9);
    }

    [Fact]
    public void AnOffByOneBoundIsRefutedAtNEqualsOne()
    {
        // sum_{k=1}^{n} a_k vs sum_{k=0}^{n} a_k: at n = 1, a_1 vs a_0 + a_1.
        var v = Decide(Sum(A(K), K), Build.IndexedSum(A(K), K, 0, N));
        Assert.Equal(Outcome.Invalid, v.Outcome);
        Assert.Equal(1, v.Counterexample!.Point[N]);
    }

    [Fact]
    public void ACountIsNeverSampledAsAReal()
    {
        // sum_{k=1}^{n} k = n^2/2 + n/2 holds for every count n (it was refuted at n = -0.94 before).
        var v = Decide(Sum(K, K), N.Pow(2) / 2 + N / 2);
        Assert.Equal(Outcome.Valid, v.Outcome);
        // n^2/2 is refuted at n = 1 (1 vs 1/2), never at a negative or fractional n.
        var w = Decide(Sum(K, K), N.Pow(2) / 2);
        Assert.Equal(Outcome.Invalid, w.Outcome);
        Assert.Equal(1, w.Counterexample!.Point[N]);
    }

    [Fact]
    public void HoldingForSmallCountsOnlyIsUnknown()
    {
        // sum_{k=1}^{n} a_k = a_1 + sum_{k=2}^{n} a_k is true, but peeling a term is not in the normal form.
        var v = Decide(Sum(A(K), K), A(1) + Build.IndexedSum(A(K), K, 2, N));
        Assert.Equal(Outcome.Unknown, v.Outcome);
        Assert.Contains("holds with the sums written out for n = 1; n = 2; n = 3; n = 4, but was not proved for every n", v.Detail);
    }

    [Fact]
    public void AnIdentityBetweenSumsTakenAsUnknownsIsValid()
    {
        // log(S) - log(n) = log(S/n) for the positive sum S = sum_k p_k and a count n >= 1.
        var p = Symbol.Indexed("p", Facts.Positive, K);
        var s = Sum(p, K);
        var v = Decide(Build.Log(s) - Build.Log(N), Build.Log(s / N));
        Assert.Equal(Outcome.Valid, v.Outcome);
        Assert.Contains("taken as an unknown", v.Detail);
    }
}
