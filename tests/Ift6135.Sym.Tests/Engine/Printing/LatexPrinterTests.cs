using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Tests.Engine.Printing;

/// <summary>Expected strings are written by hand: what a mathematician would type for each expression.</summary>
public class LatexPrinterTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), Z = Symbol.Of("z"), N = Symbol.Of("N");
    private static readonly Symbol Alpha = Symbol.Positive("alpha"), Beta = Symbol.Of("beta");
    private static readonly Symbol I = Symbol.Of("i", Facts.Integer), J = Symbol.Of("j", Facts.Integer);

    private static void Check(string expected, Expr e) => Assert.Equal(expected, LatexPrinter.Print(e));

    [Fact] public void PolynomialInDescendingDegree() => Check("x^{2} + 2x + 1", Build.Add(1, Build.Mul(2, X), X.Pow(2)));

    [Fact] public void CubicWithNegativeTerms() => Check("x^{3} - 3x^{2} + x - 5", Build.Add(-5, X, Build.Mul(-3, X.Pow(2)), X.Pow(3)));

    // A positive constant leads rather than a minus sign, as a mathematician (and SymPy) writes it.
    [Fact] public void PositiveConstantLeadsANegativeTerm() => Check("1 - x^{2}", Build.Sub(1, X.Pow(2)));

    [Fact] public void LeadingNegativeTermWithoutPositiveConstant() => Check("-x^{2} + x", Build.Sub(X, X.Pow(2)));

    [Fact] public void ComplexRealPartFirstAndUnitLast() =>
        Check(@"1 + \alpha i", Build.Add(1, Build.Mul(Constant.I, Symbol.Of("alpha"))));

    [Fact] public void SeveralSymbolsGradedByDegreeThenName() =>
        Check("x^{2} + x y + y^{2}", Build.Add(Y.Pow(2), Build.Mul(X, Y), X.Pow(2)));

    [Fact] public void SubtractionOfSymbols() => Check("x - y", X - Y);

    /// <summary>The reader's names for \mathcal{L}, \mathbf{x} and \mathcal{F}(a) are printed with their command again (\mathrm{cal(L)} before).</summary>
    [Fact]
    public void DecoratedNamesArePrintedWithTheirCommand()
    {
        Check(@"\mathbf{x} + \mathcal{L}", Symbol.Of("cal(L)") + Symbol.Of("bold(x)"));
        Check(@"\mathcal{F}(x)", Apply.Of("cal(F)", X));
    }

    [Fact] public void NegatedSumDistributes() => Check("-x - y", -(X + Y));

    [Fact] public void HalfOfX() => Check(@"\frac{x}{2}", X / 2);

    [Fact] public void QuotientWithCoefficientBelow() => Check(@"\frac{x}{2y}", X / (Y * 2));

    [Fact] public void Reciprocal() => Check(@"\frac{1}{x}", Build.Pow(X, -1));

    [Fact] public void NegativeQuotient() => Check(@"-\frac{x}{y}", -X / Y);

    [Fact] public void RationalNumbers()
    {
        Check(@"\frac{2}{3}", Number.Of(new Symbolic.Numbers.BigRational(2, 3)));
        Check(@"-\frac{1}{2}", Number.Of(new Symbolic.Numbers.BigRational(-1, 2)));
        Check("-7", Number.Of(-7));
    }

    [Fact] public void RationalCoefficientGoesIntoTheFraction() => Check(@"-\frac{2x}{3}", Build.Mul(new Symbolic.Numbers.BigRational(-2, 3), X));

    [Fact] public void QuotientOfSums() => Check(@"\frac{x + 1}{y + 2}", (X + 1) / (Y + 2));

    [Fact] public void PowersInNumeratorAndDenominator() => Check(@"\frac{x^{2}}{y^{3}}", X.Pow(2) / Y.Pow(3));

    [Fact] public void SquaredSumIsParenthesized() => Check("(x + y)^{2}", (X + Y).Pow(2));

    [Fact] public void ProductWithSumIsJuxtaposed() => Check("x(y + z)", Build.Mul(X, Y + Z));

    [Fact] public void PowerTowerAndPowerOfPower()
    {
        Check("x^{y^{z}}", X.Pow(Y.Pow(Z)));
        Check("(-2)^{x}", Build.Pow(-2, X));
    }

    [Fact] public void NumberTimesNumberPowerUsesCdot() => Check(@"2 \cdot 3^{x}", Build.Mul(2, Build.Pow(3, X)));

    [Fact] public void ProductOfSymbolsIsSpaced() => Check(@"2\alpha \beta", Build.Mul(2, Alpha, Beta));

    [Fact] public void Roots()
    {
        Check(@"\sqrt{x}", Build.Sqrt(X));
        Check(@"\sqrt[3]{x}", X.Pow(new Symbolic.Numbers.BigRational(1, 3)));
        Check(@"\frac{1}{\sqrt{x}}", X.Pow(new Symbolic.Numbers.BigRational(-1, 2)));
        Check(@"2\sqrt{2}", Build.Sqrt(8));
        Check(@"\sqrt{x + 1}", Build.Sqrt(X + 1));
    }

    [Fact] public void FractionalExponentIsAFraction() => Check(@"x^{\frac{3}{2}}", X.Pow(new Symbolic.Numbers.BigRational(3, 2)));

    [Fact] public void ShortExponentials()
    {
        Check("e^{x}", Build.Exp(X));
        Check("e^{-x}", Build.Exp(-X));
        Check("2e^{x}", Build.Mul(2, Build.Exp(X)));
        Check("x e^{x}", Build.Mul(X, Build.Exp(X)));
        Check("e", Constant.E);
    }

    [Fact] public void ExponentWithAFractionUsesExp() =>
        Check(@"\exp\left(-\frac{x^{2}}{2}\right)", Build.Exp(-X.Pow(2) / 2));

    [Fact] public void LongExponentUsesExp() =>
        Check(@"\exp(x^{2} + y^{2} + z^{2})", Build.Exp(X.Pow(2) + Y.Pow(2) + Z.Pow(2)));

    [Fact] public void NamedFunctions()
    {
        Check(@"\sigma(x)", Build.Sigmoid(X));
        Check(@"\operatorname{logit}(x)", Build.Logit(X));
        Check(@"\max(0, x)", Build.Relu(X));
        Check(@"\lvert x \rvert", Build.Abs(X));
        Check(@"\operatorname{sign}(x)", Build.Sign(X));
        Check("H(x)", Build.Heaviside(X));
        Check(@"\sin(x) + \cos(x)", Build.Sin(X) + Build.Cos(X));
        Check(@"\operatorname{atan2}(y, x)", Build.Atan2(Y, X));
        Check(@"\log x", Build.Log(X));
        Check(@"\sigma(x)^{2}", Build.Sigmoid(X).Pow(2));
    }

    [Fact] public void TallArgumentsGetLeftRight()
    {
        Check(@"\log\left(\frac{x}{y}\right)", Build.Log(X / Y));
        Check(@"\left\lvert x + \frac{1}{2} \right\rvert", Build.Abs(X + Number.Half));
    }

    [Fact] public void GreekLettersAndSubscripts()
    {
        Check(@"\alpha", Alpha);
        Check(@"\mu_{1}", Symbol.Of("mu_1"));
        Check("z_{0}", Symbol.Of("z0"));
        Check("w_{12}", Symbol.Of("w12"));
        Check(@"\sigma_{i}", Symbol.Of("sigma_i"));
        Check(@"\Sigma", Symbol.Of("Sigma"));
        Check(@"\mathrm{loss}", Symbol.Of("loss"));
    }

    [Fact] public void IndexedSymbols()
    {
        Check(@"\mu_{i}", Symbol.Indexed("mu", Facts.Real, I));
        Check("S_{ij}", Symbol.Indexed("S", Facts.Real, I, J));
        Check("S_{i + 1,j}", Symbol.Indexed("S", Facts.Real, I + 1, J));
        Check("S_{12}", Symbol.Indexed("S", Facts.Real, 1, 2));
    }

    [Fact] public void ConstantsAndComplexNumbers()
    {
        Check(@"\pi", Constant.Pi);
        Check(@"2\pi x", Build.Mul(2, Constant.Pi, X));
        Check("1 + 2i", Build.Add(1, Build.Mul(2, Constant.I)));
        Check("e - 2", Build.Sub(Constant.E, 2));
    }

    [Fact] public void UndefinedFunctionsAndDerivatives()
    {
        var f = Apply.Of("f", X);
        Check("f(x)", f);
        Check("f'(x)", f.Differentiated(0));
        Check("f''(x)", f.Differentiated(0).Differentiated(0));
        Check("f^{(4)}(x)", f.Differentiated(0).Differentiated(0).Differentiated(0).Differentiated(0));
        var h = Apply.Of("h", Alpha, Symbol.Of("r"));
        Check(@"\frac{\partial h(\alpha, r)}{\partial \alpha}", h.Differentiated(0));
        Check(@"\frac{\partial^{3} h(\alpha, r)}{\partial \alpha \partial r^{2}}", h.Differentiated(1).Differentiated(0).Differentiated(1));
        // A slot without a variable of its own is numbered: the first slot of h(x, x) or of h(2x, y) has no name.
        Check(@"\partial_{1} h(x, x)", Apply.Of("h", X, X).Differentiated(0));
        Check(@"\partial_{1} h(2x, y)", Apply.Of("h", Build.Mul(2, X), Y).Differentiated(0));
        Check("(f'(x))^{2}", f.Differentiated(0).Pow(2));
    }

    [Fact] public void IndexedSums()
    {
        var mu = Symbol.Indexed("mu", Facts.Real, I);
        Check(@"\sum_{i=1}^{N} \mu_{i}", Build.IndexedSum(mu, I, 1, N));
        Check(@"\sum_{i=1}^{N} (\mu_{i} + x)", Build.IndexedSum(mu + X, I, 1, N));
        Check(@"x \sum_{i=1}^{N} \mu_{i}", Build.Mul(X, Build.IndexedSum(mu, I, 1, N)));
    }

    [Fact] public void MatrixIsPmatrix()
    {
        var m = Matrix.FromRows([[1, Alpha], [-Alpha, 1]]);
        Assert.Equal(@"\begin{pmatrix} 1 & \alpha \\ -\alpha & 1 \end{pmatrix}", LatexPrinter.Print(m));
    }

    [Fact] public void Relations()
    {
        Assert.Equal(@"x \le 1", LatexPrinter.Print(new Relation(RelationKind.LessOrEqual, X, 1)));
        Assert.Equal(@"x \neq 0", LatexPrinter.Print(new Relation(RelationKind.NotEqual, X, 0)));
        Assert.Equal(@"\beta \ge -\alpha", LatexPrinter.Print(new Relation(RelationKind.GreaterOrEqual, Beta, -Alpha)));
        Assert.Equal("x^{2} = 4", LatexPrinter.Print(Relation.Eq(X.Pow(2), 4)));
    }

    [Fact] public void HadamardProduct() => Assert.Equal(@"A \odot B", LatexPrinter.Hadamard("A", "B"));

    /// <summary>(2π)^q, built as such, is stored split as 2^q π^q; the reader expects the Gaussian constant whole.</summary>
    [Fact]
    public void GaussianConstantIsShownAsTwoPi()
    {
        var twoPi = Build.Mul(2, Constant.Pi);
        Check(@"\frac{1}{(2\pi)^{\frac{3}{2}}}", Build.Pow(twoPi, Number.Of(-3, 2)));
        Check(@"\frac{1}{\sqrt{2\pi}}", Build.Pow(twoPi, Number.Of(-1, 2)));
        Check(@"\sqrt{2\pi}", Build.Sqrt(twoPi));
        Check(@"(2\pi)^{-\frac{K}{2}}", Build.Pow(twoPi, Build.Div(Build.Neg(Symbol.Of("K")), 2)));
        Check(@"\frac{e^{-x}}{\sqrt{2\pi}}", Build.Div(Build.Exp(Build.Neg(X)), Build.Sqrt(twoPi)));
    }

    /// <summary>Only a matching power of 2 regroups: √π/2 and 1/(2√π) are not powers of 2π.</summary>
    [Fact]
    public void PiWithoutAMatchingPowerOfTwoStaysAsItIs()
    {
        Check(@"\frac{\sqrt{\pi}}{2}", Build.Div(Build.Sqrt(Constant.Pi), 2));
        Check(@"\frac{1}{2\sqrt{\pi}}", Build.Div(1, Build.Mul(2, Build.Sqrt(Constant.Pi))));
        Check(@"2\pi", Build.Mul(2, Constant.Pi));
    }
}
