using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Tests.Parsing.Latex;

/// <summary>Each formula is compared with the expression built by hand with the engine's constructors.</summary>
public class LatexLoweringTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), Z = Symbol.Of("z");
    private static readonly Symbol Alpha = Symbol.Of("alpha"), Beta = Symbol.Of("beta"), Sigma = Symbol.Of("sigma");

    private static Expr L(string latex, LatexContext? context = null) => LatexLowering.ParseScalar(latex, context ?? LatexContext.Empty);

    [Fact] public void ImplicitProductOfNumberAndLetter() => Assert.Equal(Build.Mul(2, X), L("2x"));
    [Fact] public void LettersMultiply() => Assert.Equal(Build.Mul(X, Y), L("xy"));
    [Fact] public void ParenthesesAfterUndeclaredNameAreAProduct() => Assert.Equal(Build.Mul(X, Build.Sub(Y, Z)), L("x(y-z)"));

    [Fact]
    public void ParenthesesAfterDeclaredFunctionAreACall() =>
        Assert.Equal(Apply.Of("x", Build.Sub(Y, Z)), L("x(y-z)", LatexContext.Empty.WithFunction("x")));

    [Fact] public void SigmaBeforeParenthesesIsTheSigmoid() => Assert.Equal(Build.Sigmoid(X), L(@"\sigma(x)"));

    [Fact]
    public void DeclaredSigmaIsASymbol() =>
        Assert.Equal(Build.Mul(Sigma, X), L(@"\sigma(x)", LatexContext.Empty.WithSymbol("sigma")));

    [Fact] public void SigmaSquaredIsASymbolPower() => Assert.Equal(Build.Pow(Sigma, 2), L(@"\sigma^2"));
    [Fact] public void InverseSigmoidIsLogit() => Assert.Equal(Build.Logit(X), L(@"\sigma^{-1}(x)"));
    [Fact] public void EToTheXIsExp() => Assert.Equal(Build.Exp(X), L("e^{x}"));
    [Fact] public void ExpCommand() => Assert.Equal(Build.Exp(Build.Neg(X)), L(@"\exp(-x)"));
    [Fact] public void DeclaredEIsASymbol() => Assert.Equal(Build.Pow(Symbol.Of("e"), X), L("e^{x}", LatexContext.Empty.WithSymbol("e")));
    [Fact] public void IIsImaginary() => Assert.Equal(Build.Add(1, Build.Mul(Constant.I, Alpha)), L(@"1 + i\alpha"));

    [Fact]
    public void IAsSummationIndexIsNotImaginary()
    {
        var i = Symbol.Of("i", Facts.Integer);
        var n = Symbol.Of("n");
        var expected = Build.IndexedSum(Build.Mul(i, Symbol.Indexed("x", Facts.Real, i)), i, 1, n);
        Assert.Equal(expected, L(@"\sum_{i=1}^{n} i x_i"));
    }

    [Fact]
    public void SumWithNumericBoundsUnrolls() =>
        Assert.Equal(Build.Add(Symbol.Indexed("w", Facts.Real, 1), Symbol.Indexed("w", Facts.Real, 2)), L(@"\sum_{k=1}^{2} w_k"));

    [Fact] public void FractionVariants() => Assert.Equal(Build.Div(X, Y), L(@"\dfrac{x}{y}"));
    [Fact] public void FracWithSingleDigits() => Assert.Equal(Number.Half, L(@"\frac12"));
    [Fact] public void SquareRoot() => Assert.Equal(Build.Sqrt(X), L(@"\sqrt{x}"));
    [Fact] public void CubeRoot() => Assert.Equal(Build.Pow(X, Number.Of(1, 3)), L(@"\sqrt[3]{x}"));
    [Fact] public void LogWithoutParenthesesTakesTheProduct() => Assert.Equal(Build.Log(Build.Mul(2, X)), L(@"\log 2x"));
    [Fact] public void LogStopsAtNextLog() => Assert.Equal(Build.Mul(Build.Log(X), Build.Log(Y)), L(@"\log x \log y"));
    [Fact] public void LnIsLog() => Assert.Equal(Build.Log(Build.Add(X, Y)), L(@"\ln\left(x+y\right)"));
    [Fact] public void LogSquared() => Assert.Equal(Build.Pow(Build.Log(X), 2), L(@"\log^2 x"));
    [Fact] public void MaxOfTwo() => Assert.Equal(Build.Max(0, X), L(@"\max(0, x)"));
    [Fact] public void AbsoluteValue() => Assert.Equal(Build.Abs(Build.Sub(X, Y)), L(@"|x - y|"));
    [Fact] public void AbsoluteValuesMultiplied() => Assert.Equal(Build.Mul(2, Build.Abs(X), Build.Abs(Y)), L(@"2|x||y|"));
    [Fact] public void LeftRightAbs() => Assert.Equal(Build.Abs(X), L(@"\left| x \right|"));
    [Fact] public void CdotAndTimes() => Assert.Equal(Build.Mul(X, Y, Z), L(@"x \cdot y \times z"));
    [Fact] public void PiIsTheConstant() => Assert.Equal(Build.Mul(2, Constant.Pi), L(@"2\pi"));
    [Fact] public void TextIsIgnored() => Assert.Equal(Build.Add(X, 1), L(@"x + 1 \quad \text{(by definition)}"));
    [Fact] public void GreekSubscripted() => Assert.Equal(Symbol.Indexed("mu", Facts.Real, Symbol.Of("i")), L(@"\mu_{i}"));
    [Fact] public void SubscriptBracesDoNotMatter() => Assert.Equal(L("x_{1}"), L("x_1"));
    [Fact] public void DecoratedNamesDiffer() => Assert.NotEqual(L(@"\hat{\theta}"), L(@"\theta"));
    [Fact] public void BoldIsPartOfTheName() => Assert.Equal(Symbol.Of("bold(x)"), L(@"\mathbf{x}"));
    [Fact] public void UprightLetterIsTheLetter() => Assert.Equal(X, L(@"\mathrm{x}"));
    [Fact] public void StarredNameIsAName() => Assert.Equal(Symbol.Of("theta^*"), L(@"\theta^*"));
    [Fact] public void Negatives() => Assert.Equal(Build.Sub(Build.Neg(X), Build.Pow(Y, 2)), L("-x - y^2"));
    [Fact] public void PowerOfGroup() => Assert.Equal(Build.Pow(Build.Add(X, Y), 2), L("(x+y)^2"));
    [Fact] public void DigitExponentIsOneDigit() => Assert.Equal(Build.Mul(Build.Pow(X, 2), 3), L("x^23"));
    [Fact] public void ConditionalDensityIsAFunction() => Assert.Equal(Apply.Of("p|1", Z, X), L("p(z|x)"));
    [Fact] public void JointDensityIsAFunction() => Assert.Equal(Apply.Of("p", X, Z), L("p(x, z)"));

    [Fact]
    public void KlIsOpaqueOfItsTwoArguments()
    {
        // Densities of different variables (z, and x): no expectation over one of them is the divergence. (Of the same
        // variable, q(z|x) and p(z), it is its definition, an expectation over q(z|x): DensityNotationTests.)
        var q = Apply.Of("q|1", Z, X);
        var p = Apply.Of("p", X);
        var context = LatexContext.Empty.WithFunction("p");
        Assert.Equal(Apply.Of("KL", q, p), L(@"D_{\mathrm{KL}}(q(z|x) \| p(x))", context));
        Assert.Equal(Apply.Of("KL", q, p), L(@"\mathrm{KL}(q(z|x) \| p(x))", context));
    }

    [Fact]
    public void ExpectationIsLinearOverSumsAndNumbers()
    {
        var e = (Expr t) => Apply.Of("E_q", t);
        Assert.Equal(Build.Add(Build.Mul(2, e(X)), e(Build.Log(Y)), 3), L(@"\mathbb{E}_{q}[2x + \log y + 3]"));
    }

    [Fact]
    public void PrimeOnDeclaredFunction() =>
        Assert.Equal(Apply.Of("f", X).Differentiated(0).Differentiated(0), L("f''(x)", LatexContext.Empty.WithFunction("f")));

    [Fact]
    public void FunctionWithSubscriptUsesBaseDeclaration() =>
        Assert.Equal(Apply.Of("q_phi", X), L(@"q_{\phi}(x)", LatexContext.Empty.WithFunction("q")));

    [Fact]
    public void LogBaseTwo() => Assert.Equal(Build.Div(Build.Log(X), Build.Log(2)), L(@"\log_2 x"));
}
