using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Tests.Parsing.Latex;

/// <summary>Print with the engine's LaTeX printer, read back with the LaTeX parser: the same expression comes back.</summary>
public class LatexRoundTripTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), Alpha = Symbol.Of("alpha"), Beta = Symbol.Of("beta");
    private static readonly Symbol K = Symbol.Of("k", Facts.Integer), N = Symbol.Of("n");

    public static TheoryData<string> Cases() => new()
    {
        "frac", "exp", "sqrt", "sigmoid", "logabs", "indexed", "complex", "max", "cuberoot", "sum", "power", "product", "log", "nested",
        "tilde", "hatgreek", "barsubscripted", "accentedplain", "accentedfunction",
        "logsymbol", "logtimes", "logsquared", "logproduct", "logapply", "logapplytimes", "logpi", "sumoflogs", "gaussian3", "gaussianK", "partial", "partialsquared",
    };

    private static Expr Build_(string name) => name switch
    {
        "frac" => Build.Div(Build.Add(X, 1), Build.Mul(2, Y)),
        "exp" => Build.Exp(Build.Neg(X)),
        "sqrt" => Build.Sqrt(Build.Add(X, Y)),
        "sigmoid" => Build.Sigmoid(Build.Add(Build.Mul(Alpha, X), Beta)),
        "logabs" => Build.Log(Build.Abs(X)),
        "indexed" => Build.Mul(Symbol.Indexed("mu", Facts.Real, 1), Symbol.Indexed("w", Facts.Real, 2)),
        "complex" => Build.Add(1, Build.Mul(Constant.I, Alpha)),
        "max" => Build.Max(0, X),
        "cuberoot" => Build.Pow(X, Number.Of(1, 3)),
        "sum" => Build.IndexedSum(Build.Pow(Symbol.Indexed("w", Facts.Real, K), 2), K, 1, N),
        "power" => Build.Pow(Build.Add(X, Y), Number.Of(-2)),
        "product" => Build.Mul(Build.Sub(Alpha, X), Build.Add(Beta, Y), Constant.Pi),
        "log" => Build.Sub(Build.Log(Build.Add(1, Build.Exp(X))), Build.Mul(Number.Half, Build.Log(Build.Mul(2, Constant.Pi)))),
        "tilde" => Build.Add(Symbol.Of("z"), Build.Mul(Symbol.Of("r"), Symbol.Accented(Accent.Tilde, "z"))),
        "hatgreek" => Build.Sub(Symbol.Accented(Accent.Hat, "theta"), Symbol.Of("theta")),
        "barsubscripted" => Build.Mul(Symbol.Indexed(AccentNames.Of(Accent.Bar, "x"), Facts.Real, 1), Symbol.Indexed("x", Facts.Real, 2)),
        "accentedplain" => Build.Div(Symbol.Accented(Accent.Tilde, "z"), Build.Add(X, Symbol.Indexed("z", Facts.Real, 0))),
        "accentedfunction" => Build.Log(Apply.Of("p", Symbol.Accented(Accent.Hat, "x"))),
        "logsymbol" => Build.Log(X),
        "logtimes" => Build.Mul(Y, Build.Log(X)),
        "logsquared" => Build.Pow(Build.Log(X), 2),
        "logproduct" => Build.Mul(Build.Log(X), Build.Log(Y)),
        "logapply" => Build.Log(Apply.Of("p", X)),
        "logapplytimes" => Build.Mul(Build.Log(Apply.Of("p", X)), Apply.Of("p", Y)),
        "logpi" => Build.Mul(Number.Half, Build.Log(Constant.Pi)),
        "sumoflogs" => Build.IndexedSum(Build.Log(Apply.Of("p", Symbol.Indexed("x", Facts.Real, K))), K, 1, N),
        "gaussian3" => Build.Mul(Build.Pow(Build.Mul(2, Constant.Pi), Number.Of(-3, 2)), Build.Exp(Build.Neg(Build.Pow(X, 2)))),
        "gaussianK" => Build.Pow(Build.Mul(2, Constant.Pi), Build.Div(Build.Neg(Symbol.Of("K")), 2)),
        "partial" => Build.Mul(Y, Apply.Of("p", X, Y).Differentiated(0)),
        "partialsquared" => Apply.Of("p", X, Y).Differentiated(1).Differentiated(1),
        _ => Build.Div(Build.Sqrt(Build.Add(Build.Pow(X, 2), 1)), Build.Add(Alpha, Build.Abs(Y))),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PrintThenParseGivesTheSameExpression(string name)
    {
        var e = Build_(name);
        var latex = LatexPrinter.Print(e);
        Assert.Equal(e, LatexLowering.ParseScalar(latex, LatexContext.Empty.WithFunction("p")));
    }
}

/// <summary>An accent over a letter is printed as LaTeX writes it, so that the checker reads the document's names as the engine meant them.</summary>
public class AccentedNamePrintingTests
{
    [Fact]
    public void AccentsArePrintedOverTheLetter()
    {
        Assert.Equal(@"\tilde{z}", LatexPrinter.Print(Symbol.Accented(Accent.Tilde, "z")));
        Assert.Equal(@"\hat{\theta}", LatexPrinter.Print(Symbol.Accented(Accent.Hat, "theta")));
        Assert.Equal(@"\bar{x}_{1}", LatexPrinter.Print(Symbol.Indexed(AccentNames.Of(Accent.Bar, "x"), Facts.Real, 1)));
    }

    [Fact]
    public void AnAccentedNameIsNotTheBareLetter()
    {
        var tilde = LatexLowering.ParseScalar(@"\tilde{z}", LatexContext.Empty);
        Assert.Equal(Symbol.Accented(Accent.Tilde, "z"), tilde);
        Assert.NotEqual(Symbol.Of("z"), tilde);
    }

    [Fact]
    public void ANameThatOnlyLooksAccentedIsNot()
    {
        Assert.Null(AccentNames.Split("tilde"));
        Assert.Null(AccentNames.Split("wide(z)"));
        Assert.Null(AccentNames.Split("tilde()"));
        Assert.Equal((Accent.Tilde, "z"), AccentNames.Split("tilde(z)"));
    }
}

/// <summary>Operators take a lone symbol or function value without parentheses, as mathematicians write them, and keep them where dropping them would change the reading.</summary>
public class OperatorParenthesesTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), J = Symbol.Of("J");

    [Fact]
    public void LogarithmOfASymbolOrAFunctionValueHasNoParentheses()
    {
        Assert.Equal(@"\log x", LatexPrinter.Print(Build.Log(X)));
        Assert.Equal(@"\log p(x)", LatexPrinter.Print(Build.Log(Apply.Of("p", X))));
        Assert.Equal(@"\log(x y)", LatexPrinter.Print(Build.Log(Build.Mul(X, Y))));
    }

    [Fact]
    public void ParenthesesStayWhereTheReadingWouldChange()
    {
        Assert.Equal(@"\log(x)^{2}", LatexPrinter.Print(Build.Pow(Build.Log(X), 2)));
        Assert.Equal(@"\log(x) \log y", LatexPrinter.Print(Build.Mul(Build.Log(X), Build.Log(Y))));
    }

    [Fact]
    public void DeterminantOfAMatrixSymbolHasNoParentheses() =>
        Assert.Equal(@"\lvert \det J \rvert", LatexPrinter.Print(Build.Abs(Apply.Of("det", J))));
}
