using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Tests.Engine.Construction;

/// <summary>
/// Large sums and products, built at once or one operand at a time in any order, are the same canonical
/// node (the nearly-sorted merge and the reuse of unchanged terms in Add must not change the result).
/// </summary>
public class LargeConstructionTests
{
    private static Expr Term(int i) => (i % 7 - 3) * Symbol.Indexed("t", Facts.Real, i % 500) * (i % 3 == 0 ? Symbol.Of("x") : 1);

    [Fact]
    public void SumBuiltTermByTermInShuffledOrderEqualsTheSumBuiltAtOnce()
    {
        var terms = Enumerable.Range(0, 1500).Select(Term).ToList();
        var atOnce = Build.Add(terms);
        var shuffled = terms.OrderBy(_ => 0).ToList();
        new Random(5).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        Expr incremental = 0;
        foreach (var t in shuffled) incremental += t;
        Assert.Equal(atOnce, incremental);
        var sum = Assert.IsType<Sum>(atOnce);
        for (var i = 1; i < sum.Terms.Count; i++) Assert.True(ExprOrder.Compare(sum.Terms[i - 1], sum.Terms[i]) < 0);
        // Collected: t_k appears with coefficient Σ (i % 7 - 3) over i ≡ k (mod 500) and i % 3 ≠ 0, computed here directly.
        var k = 4;
        var expected = Enumerable.Range(0, 1500).Where(i => i % 500 == k && i % 3 != 0).Sum(i => i % 7 - 3);
        Assert.Equal(Build.Mul(expected, Symbol.Indexed("t", Facts.Real, k)), sum.Terms.Single(t => Build.SplitCoefficient(t).Remainder.Equals(Symbol.Indexed("t", Facts.Real, k))));
    }

    [Fact]
    public void ProductBuiltFactorByFactorEqualsTheProductBuiltAtOnce()
    {
        var factors = Enumerable.Range(0, 400).Select(i => Symbol.Indexed("s", Facts.Positive, i % 150).Pow(i % 4 + 1)).ToList();
        var atOnce = Build.Mul(factors);
        Expr incremental = 1;
        foreach (var f in Enumerable.Reverse(factors)) incremental *= f;
        Assert.Equal(atOnce, incremental);
        Assert.Equal(150, Assert.IsType<Product>(atOnce).Factors.Count);
    }

    [Fact]
    public void AddingTheNegationOfEveryTermLeavesZero()
    {
        var terms = Enumerable.Range(0, 2000).Select(Term).ToList();
        var sum = Build.Add(terms);
        foreach (var t in terms) sum -= t;
        Assert.Equal(Number.Zero, sum);
    }
}
