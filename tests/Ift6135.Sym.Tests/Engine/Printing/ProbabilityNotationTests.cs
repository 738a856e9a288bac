using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Tests.Engine.Printing;

/// <summary>Expectations, divergences and conditional densities print as a probabilist writes them.</summary>
public sealed class ProbabilityNotationTests
{
    private static readonly Symbol X = Symbol.Of("x"), Z = Symbol.Of("z"), J = Symbol.Of("J");

    [Fact]
    public void ConditionalDensityHasABar() => Assert.Equal(@"p(z \mid x)", LatexPrinter.Print(Apply.Of("p|x", Z)));

    [Fact]
    public void DecoratedNameIsNotAnOperatorName() =>
        Assert.Equal(@"\tilde{q}(z \mid x, z_{2:K})", LatexPrinter.Print(Apply.Of(@"\tilde{q}|x, z_{2:K}", Z)));

    [Fact]
    public void ConditionOnAnIndexedNameIsSubscripted() => Assert.Equal(@"q_{\phi}(z \mid x_{i})", LatexPrinter.Print(Apply.Of("q_phi|x_i", Z)));

    [Fact]
    public void ExpectationUsesBlackboardEAndBrackets() =>
        Assert.Equal(@"\mathbb{E}_{q}[\log p(x, z)]", LatexPrinter.Print(Apply.Of("E_q", Build.Log(Apply.Of("p", X, Z)))));

    [Fact]
    public void TallExpectationGrowsItsBrackets() =>
        Assert.Equal(@"\mathbb{E}_{z_{1:K}}\left[\frac{x}{z}\right]", LatexPrinter.Print(Apply.Of("E_z_{1:K}", Build.Div(X, Z))));

    [Fact]
    public void DivergenceSeparatesItsArgumentsByDoubleBar() =>
        Assert.Equal(@"D_{\mathrm{KL}}(q(z) \| p(z \mid x))", LatexPrinter.Print(Apply.Of("D_KL", Apply.Of("q", Z), Apply.Of("p|x", Z))));

    [Fact]
    public void DeterminantIsTheNamedOperator() => Assert.Equal(@"\det J", LatexPrinter.Print(Apply.Of("det", J)));

    [Theory]
    [InlineData("p|x", "p")]
    [InlineData(@"\tilde{q}|x, z_{2:K}", @"\tilde{q}")]
    [InlineData("q_K|x", "q_{K}")]
    [InlineData("f", "f")]
    public void DeclaredNameIsTheHead(string name, string declared) => Assert.Equal(declared, LatexPrinter.DeclaredFunctionName(name));

    [Theory]
    [InlineData("E_q")]
    [InlineData("D_KL")]
    [InlineData("det")]
    public void OperatorsAreNotDeclaredAsFunctions(string name) => Assert.Null(LatexPrinter.DeclaredFunctionName(name));
}
