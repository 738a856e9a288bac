using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Tests.Engine.Printing;

public class InfixPrinterTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), N = Symbol.Of("N");
    private static readonly Symbol I = Symbol.Of("i", Facts.Integer), J = Symbol.Of("j", Facts.Integer);

    private static void Check(string expected, Expr e) => Assert.Equal(expected, InfixPrinter.Print(e));

    [Fact] public void Polynomial() => Check("x^2 + 2*x + 1", Build.Add(1, Build.Mul(2, X), X.Pow(2)));

    // A positive term of the leading degree leads rather than a minus sign.
    [Fact] public void Subtraction() => Check("3*x*y - x^2 - 1", Build.Add(-1, Build.Mul(3, X, Y), -X.Pow(2)));

    [Fact] public void DifferenceOfSymbolsLeadsWithThePositiveOne() => Check("z - mu", Build.Sub(Symbol.Of("z"), Symbol.Of("mu")));

    [Fact] public void Quotients()
    {
        Check("x/(2*y)", X / (Y * 2));
        Check("2*x/3", Build.Mul(new BigRational(2, 3), X));
        Check("-1/2", Number.Of(new BigRational(-1, 2)));
        Check("(x + 1)/(y + 2)", (X + 1) / (Y + 2));
        Check("1/x^2", X.Pow(-2));
    }

    [Fact] public void PowersAndRoots()
    {
        Check("(x + y)^2", (X + Y).Pow(2));
        Check("sqrt(x)", Build.Sqrt(X));
        Check("x^(1/3)", X.Pow(new BigRational(1, 3)));
        Check("x^(3/2)", X.Pow(new BigRational(3, 2)));
        Check("1/sqrt(x)", X.Pow(new BigRational(-1, 2)));
        Check("2*3^x", Build.Mul(2, Build.Pow(3, X)));
        Check("2^(-x)", Build.Pow(2, -X));
    }

    [Fact] public void Exponentials() => Check("x + exp(-x)", Build.Exp(-X) + X);

    [Fact] public void NamesIndicesAndCalls()
    {
        Check("mu[i]", Symbol.Indexed("mu", Facts.Real, I));
        Check("S[i,j]", Symbol.Indexed("S", Facts.Real, I, J));
        Check("f'(x)", Apply.Of("f", X).Differentiated(0));
        Check("max(0, x)", Build.Relu(X));
        Check("atan2(y, x)", Build.Atan2(Y, X));
        Check("sum(mu[i], i, 1, N)", Build.IndexedSum(Symbol.Indexed("mu", Facts.Real, I), I, 1, N));
    }

    [Fact] public void Relation() => Assert.Equal("x <= 1", InfixPrinter.Print(new Relation(RelationKind.LessOrEqual, X, 1)));
}
