using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Tests.Engine.Construction;

/// <summary>
/// Add and Mul find a like term or an equal base by a scan while few operands are distinct and by a table past
/// that (eight): a repeat must be found on either side of the switch, in whichever order it arrives. The expected
/// coefficients and exponents are counted here from the operand lists themselves.
/// </summary>
public class LikeOperandLookupTests
{
    private static Symbol X(int i) => Symbol.Indexed("x", Facts.Positive, i);

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(20)]
    public void A_sum_collects_every_repeated_term(int distinct)
    {
        // x_0 .. x_(n-1), then every third one again with coefficient 2, then x_0 once more: a repeat of the first term
        // arrives after the switch to the table, and the repeats of the others on both sides of it.
        var terms = Enumerable.Range(0, distinct).Select(i => (Expr)X(i))
            .Concat(Enumerable.Range(0, distinct).Where(i => i % 3 == 0).Select(i => Build.Mul(2, X(i))))
            .Append(X(0)).ToList();
        var sum = Assert.IsType<Sum>(Build.Add(terms));
        Assert.Equal(distinct, sum.Terms.Count);
        for (var i = 0; i < distinct; i++)
        {
            var expected = terms.Where(t => Build.SplitCoefficient(t).Remainder.Equals(X(i))).Sum(t => (int)Build.SplitCoefficient(t).Coefficient.Numerator);
            Assert.Contains(Build.Mul(expected, X(i)), sum.Terms);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(20)]
    public void A_product_adds_the_exponents_of_every_repeated_base(int distinct)
    {
        var factors = Enumerable.Range(0, distinct).Select(i => (Expr)X(i))
            .Concat(Enumerable.Range(0, distinct).Where(i => i % 2 == 1).Select(i => X(i).Pow(3)))
            .Append(X(0)).ToList();
        var product = Assert.IsType<Product>(Build.Mul(factors));
        Assert.Equal(distinct, product.Factors.Count);
        for (var i = 0; i < distinct; i++)
        {
            var exponent = 1 + (i % 2 == 1 ? 3 : 0) + (i == 0 ? 1 : 0);
            Assert.Contains(exponent == 1 ? X(i) : X(i).Pow(exponent), product.Factors);
        }
    }
}
