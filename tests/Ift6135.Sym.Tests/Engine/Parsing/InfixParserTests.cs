using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;

namespace Ift6135.Sym.Tests.Engine.Parsing;

public class InfixParserTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y");

    private static Expr P(string text, SymbolTable? table = null) => InfixParser.Parse(text, table ?? new SymbolTable());

    [Fact] public void Polynomial() => Assert.Equal(Build.Add(X.Pow(2), Build.Mul(2, X), 1), P("x^2 + 2*x + 1"));

    [Fact] public void UnaryMinusBindsLooserThanPower() => Assert.Equal(Build.Neg(X.Pow(2)), P("-x^2"));

    [Fact] public void PowerIsRightAssociative() => Assert.Equal(Number.Of(512), P("2^3^2"));

    [Fact] public void NegativeExponent() => Assert.Equal(Number.Half, P("2^-1"));

    [Fact] public void DoubleStarIsPower() => Assert.Equal(X.Pow(3), P("x**3"));

    [Fact] public void DivisionIsLeftAssociative() => Assert.Equal(Build.Mul(X, Y) / 2, P("x/2*y"));

    [Fact] public void DecimalsAreExact()
    {
        Assert.Equal(Number.Half, P("0.5"));
        Assert.Equal(Number.Of(new BigRational(1, 1000)), P("1e-3"));
        Assert.Equal(Number.Of(250), P("2.5e2"));
    }

    [Fact] public void ConstantsUnlessDeclared()
    {
        Assert.Equal(Build.Add(Constant.E, Constant.Pi, Constant.I), P("e + pi + i"));
        var table = new SymbolTable();
        table.Declare("e", Facts.Real);
        Assert.Equal(Symbol.Of("e"), P("e", table));
    }

    [Fact] public void GreekNamesAndSubscriptedNamesAreSymbols()
    {
        Assert.Equal(Symbol.Of("alpha") * Symbol.Of("beta"), P("alpha*beta"));
        Assert.Equal(Symbol.Of("mu_1"), P("mu_1"));
    }

    [Fact] public void IndexedSymbols()
    {
        Assert.Equal(Symbol.Indexed("mu", Facts.Real, Symbol.Of("i", Facts.Integer)), P("mu[i]"));
        Assert.Equal(Symbol.Indexed("S", Facts.Real, 1, 2), P("S[1,2]"));
    }

    [Fact] public void IndexedSymbolTakesTheFactsOfItsName()
    {
        var table = new SymbolTable();
        table.Declare("w", Facts.Positive);
        Assert.Equal(Symbol.Indexed("w", Facts.Positive, 1), P("w[1]", table));
    }

    [Fact] public void Functions()
    {
        Assert.Equal(Build.Exp(X), P("exp(x)"));
        Assert.Equal(Build.Log(X), P("ln(x)"));
        Assert.Equal(Build.Log(X), P("log(x)"));
        Assert.Equal(Build.Sqrt(X), P("sqrt(x)"));
        Assert.Equal(Build.Max(Number.Zero, X), P("relu(x)"));
        Assert.Equal(Build.Atan2(Y, X), P("atan2(y, x)"));
        Assert.Equal(Build.Add(Build.Sigmoid(X), Build.Heaviside(X), Build.Abs(X), Build.Sign(X)), P("sigmoid(x) + heaviside(x) + abs(x) + sign(x)"));
    }

    [Fact] public void UndefinedFunctionsAndPrimes()
    {
        var table = new SymbolTable();
        table.DeclareFunction("f");
        Assert.Equal(Apply.Of("f", X), P("f(x)", table));
        Assert.Equal(Apply.Of("f", X).Differentiated(0).Differentiated(0), P("f''(x)", table));
        Assert.Equal(Apply.Of("f", X, Y), P("f(x, y)", table));
    }

    [Fact] public void SumBindsItsIndex()
    {
        var i = Symbol.Of("i", Facts.Integer);
        var n = Symbol.Of("N");
        Assert.Equal(Build.IndexedSum(Symbol.Indexed("mu", Facts.Real, i) * i, i, 1, n),
            P("sum(mu[i]*i, i, 1, N)"));
    }

    [Fact] public void SumWithNumericBoundsUnrolls() => Assert.Equal(Build.Add(1, 4, 9), P("sum(k^2, k, 1, 3)"));

    [Fact] public void Matrix() =>
        Assert.Equal(Symbolic.Matrices.Matrix.FromRows([[1, Symbol.Of("alpha")], [-Symbol.Of("alpha"), 1]]),
            InfixParser.ParseMatrix("[[1, alpha], [-alpha, 1]]", new SymbolTable()));

    [Fact] public void Relations()
    {
        var t = new SymbolTable();
        Assert.Equal(new Relation(RelationKind.LessOrEqual, X, 1), InfixParser.ParseRelation("x <= 1", t));
        Assert.Equal(new Relation(RelationKind.NotEqual, X, 0), InfixParser.ParseRelation("x != 0", t));
        Assert.Equal(new Relation(RelationKind.Equal, X + Y, 1), InfixParser.ParseRelation("x + y = 1", t));
        Assert.Equal(new Relation(RelationKind.Greater, X, Y), InfixParser.ParseRelation("x > y", t));
    }

    [Fact]
    public void AssumptionsSetFactsBeforeExpressionsAreRead()
    {
        var table = new SymbolTable();
        var assumptions = InfixParser.ParseAssumptions("alpha>0, beta>=-alpha, r>=0, 0<w<1", table);
        var alpha = Symbol.Positive("alpha");
        var w = Symbol.Positive("w");
        Assert.Equal(
            [
                new Relation(RelationKind.Greater, alpha, 0),
                new Relation(RelationKind.GreaterOrEqual, Symbol.Of("beta"), -alpha),
                new Relation(RelationKind.GreaterOrEqual, Symbol.Of("r", Facts.Nonnegative), 0),
                new Relation(RelationKind.Less, 0, w),
                new Relation(RelationKind.Less, w, 1),
            ],
            assumptions.Relations);
        Assert.Equal(Facts.Real, table.Get("beta").Facts);
        // |alpha| folds to alpha only because alpha is now known to be positive.
        Assert.Equal(alpha, P("abs(alpha)", table));
        Assert.Equal(Symbol.Of("r", Facts.Nonnegative), P("abs(r)", table));
    }

    [Fact]
    public void NegativeBoundGivesNegativeFact()
    {
        var table = new SymbolTable();
        InfixParser.ParseAssumptions("t <= -1, 2 > u, v != 0", table);
        Assert.Equal(Symbol.Of("t", Facts.Negative), table.Get("t"));
        Assert.Equal(Facts.Real, table.Get("u").Facts);
        Assert.Equal(Symbol.Of("v", Facts.Nonzero | Facts.Real), table.Get("v"));
    }
}
