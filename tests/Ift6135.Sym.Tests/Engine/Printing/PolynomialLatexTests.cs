using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Tests.Engine.Printing;

/// <summary>A polynomial printed in descending powers of its unknown, coefficients whole and in front; strings written by hand.</summary>
public class PolynomialLatexTests
{
    private static readonly Symbol Lambda = Symbol.Of("lambda"), Alpha = Symbol.Of("alpha");

    private static Expr Expanded(Expr e) => Rewrite.Expand(e);

    [Fact]
    public void CoefficientsOfPowersAreGroupedAndPutInFront()
    {
        // det(λI − [[1, α], [−α, 1 − α²]]) = λ² + (α² − 2)λ + 1, from the expanded α²λ + λ² − 2λ + 1.
        var p = Expanded(Lambda.Pow(2) + (Alpha.Pow(2) - 2) * Lambda + 1);
        Assert.Equal(@"\lambda^{2} + (\alpha^{2} - 2)\lambda + 1", LatexPrinter.PrintInPowersOf(p, Lambda));
    }

    [Fact]
    public void ACommonFactorOfACoefficientComesOutAndSignsLeadTheTerms()
    {
        // −λ³ + (2 − 2α²)λ − α/2: the printer leads a sum with a positive term, so the coefficient reads 2(1 − α²).
        var p = Expanded(-Lambda.Pow(3) + (2 - 2 * Alpha.Pow(2)) * Lambda - Alpha / 2);
        Assert.Equal(@"-\lambda^{3} + 2(1 - \alpha^{2})\lambda - \frac{\alpha}{2}", LatexPrinter.PrintInPowersOf(p, Lambda));
        // All terms negative: the minus leads the term, −(α² + 1)λ.
        Assert.Equal(@"\lambda^{2} - (\alpha^{2} + 1)\lambda", LatexPrinter.PrintInPowersOf(Expanded(Lambda.Pow(2) - (Alpha.Pow(2) + 1) * Lambda), Lambda));
        Assert.Equal(@"\frac{1}{2} \lambda^{2} - 3 \lambda", LatexPrinter.PrintInPowersOf(Expanded(Lambda.Pow(2) / 2 - 3 * Lambda), Lambda));
    }

    [Fact]
    public void WhatIsNoPolynomialInTheVariableIsPrintedAsUsual()
    {
        var e = Build.Div(1, Lambda) + Alpha;
        Assert.Equal(LatexPrinter.Print(e), LatexPrinter.PrintInPowersOf(e, Lambda));
        Assert.Equal(LatexPrinter.Print(Alpha + 1), LatexPrinter.PrintInPowersOf(Alpha + 1, Lambda));
    }

    [Fact]
    public void ThePrintedPolynomialReadsBackAsTheSameExpression()
    {
        var p = Expanded(Lambda.Pow(2) + 2 * (Alpha.Pow(2) - 1) * Lambda + Alpha.Pow(4) - Alpha.Pow(2) + 1);
        var read = LatexLowering.ParseScalar(LatexPrinter.PrintInPowersOf(p, Lambda), LatexContext.Empty);
        Assert.Equal(Number.Zero, Rewrite.Expand(read - p));
    }
}
