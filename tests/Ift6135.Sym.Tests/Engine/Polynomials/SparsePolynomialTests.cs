using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Polynomials;
using static Ift6135.Sym.Tests.Engine.Generators.ExprGen;

namespace Ift6135.Sym.Tests.Engine.Polynomials;

/// <summary>The expanded polynomial form: a sum's terms are added into one table, plain products skip normalization.</summary>
public class SparsePolynomialTests
{
    [Fact]
    public void ASumIsItsTermsAddedOneByOneWithCancellations()
    {
        // x(y + z) + y(x - z) + z(y - x) - 2xy = 0 after cancellation; with 3z^2 added, 3z^2 is what is left.
        var terms = new Expr[] { X * (Y + Z), Y * (X - Z), Z * (Y - X), Build.Mul(-2, X, Y) };
        Assert.True(SparsePolynomial.From(Build.Add(terms)).IsZero);
        var left = SparsePolynomial.From(Build.Add([.. terms, Build.Mul(3, Z.Pow(2))]));
        var oneByOne = terms.Select(SparsePolynomial.From).Aggregate(SparsePolynomial.From(Build.Mul(3, Z.Pow(2))), (a, b) => a.Add(b));
        Assert.Equal(Build.Mul(3, Z.Pow(2)), left.ToExpr());
        Assert.Equal(oneByOne.ToExpr(), left.ToExpr());
        Assert.Equal(1, left.TermCount);
    }

    [Fact]
    public void ProductsStillNormalizeIAndNumberRoots()
    {
        // Plain monomials multiply without normalizing; i^2 = -1 and sqrt(2)^2 = 2 must still be applied.
        var i = SparsePolynomial.From(Build.Mul(Constant.I, X));
        Assert.Equal(Build.Neg(X.Pow(2)), i.Multiply(i).ToExpr());
        var root = SparsePolynomial.From(Build.Mul(Build.Sqrt(2), Y));
        Assert.Equal(Build.Mul(2, Y.Pow(2)), root.Multiply(root).ToExpr());
        var plain = SparsePolynomial.From(X + Y).Multiply(SparsePolynomial.From(X - Y));
        Assert.Equal(X.Pow(2) - Y.Pow(2), plain.ToExpr());
        Assert.True(plain.IsConstant(out _) is false && plain.TermCount == 2);
        Assert.True(SparsePolynomial.From(Number.Of(new BigRational(3, 4))).IsConstant(out var c) && c == new BigRational(3, 4));
    }
}
