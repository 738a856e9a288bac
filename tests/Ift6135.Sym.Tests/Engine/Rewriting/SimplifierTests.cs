using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Tests.Engine.Rewriting;

public class SimplifierTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y");
    private static readonly Symbol Zs = Symbol.Of("z"), Mu = Symbol.Of("mu"), Sigma = Symbol.Positive("sigma");

    [Fact]
    public void GaussianDensityWrittenTwoWaysMeets()
    {
        // exp(-(z - mu)^2 / (2 sigma^2)) / (sqrt(2 pi) sigma)
        var a = Build.Exp(-(Zs - Mu).Pow(2) / (2 * Sigma.Pow(2))) / (Build.Sqrt(2 * Constant.Pi) * Sigma);
        // (2 pi sigma^2)^(-1/2) exp(-((mu - z)/sigma)^2 / 2)
        var b = (2 * Constant.Pi * Sigma.Pow(2)).Pow(Number.Of(-1, 2)) * Build.Exp(-((Mu - Zs) / Sigma).Pow(2) / 2);
        Assert.Equal(Simplifier.Simplify(a), Simplifier.Simplify(b));
    }

    [Fact]
    public void GaussianWithExpandedExponentMeetsTheFactoredOneByCancelling()
    {
        // exp(-z^2/(2 s^2) + z mu / s^2 - mu^2/(2 s^2)) over a common denominator: exp(-(z^2 - 2 z mu + mu^2)/(2 s^2))
        var expanded = Build.Exp(-Zs.Pow(2) / (2 * Sigma.Pow(2)) + Zs * Mu / Sigma.Pow(2) - Mu.Pow(2) / (2 * Sigma.Pow(2)));
        var together = Build.Exp(-(Zs.Pow(2) - 2 * Zs * Mu + Mu.Pow(2)) / (2 * Sigma.Pow(2)));
        Assert.Equal(Simplifier.Simplify(together), Simplifier.Simplify(expanded));
    }

    [Fact]
    public void GaussianScoreSimplifiesToTheTextbookForm()
    {
        // d/dmu N(z; mu, sigma^2) = (z - mu)/sigma^2 · N(z; mu, sigma^2), by hand.
        var density = Build.Exp(-(Zs - Mu).Pow(2) / (2 * Sigma.Pow(2))) / (Build.Sqrt(2 * Constant.Pi) * Sigma);
        var derivative = Symbolic.Calculus.Differentiation.Diff(density, Mu);
        Assert.Equal(Simplifier.Simplify((Zs - Mu) / Sigma.Pow(2) * density), Simplifier.Simplify(derivative));
    }

    [Fact]
    public void RationalFunctionCancels() => Assert.Equal(X + 1, Simplifier.Simplify((X.Pow(2) - 1) / (X - 1)));

    [Fact]
    public void ProductOfSumOfFractionsShrinks() =>
        Assert.Equal(X + Y, Simplifier.Simplify((X.Pow(-1) + Y.Pow(-1)) * X * Y));

    [Fact]
    public void ExpansionThatShrinksIsTaken() =>
        Assert.Equal(Build.Mul(4, X, Y), Simplifier.Simplify((X + Y).Pow(2) - (X - Y).Pow(2)));

    [Fact]
    public void AlreadySimpleIsUnchanged()
    {
        var e = Build.Sigmoid(X) * (1 - Build.Sigmoid(X));
        Assert.Equal(e, Simplifier.Simplify(e));
        Assert.Equal(X, Simplifier.Simplify(X));
    }

    [Fact]
    public void HugePowersDoNotBlowUp()
    {
        var e = (X + Y + 1).Pow(40) - 1;
        Assert.Equal(e, Simplifier.Simplify(e));
    }
}
