using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using static Ift6135.Sym.Symbolic.Calculus.Differentiation;

namespace Ift6135.Sym.Tests.Engine.Calculus;

/// <summary>One test per rule; the expected derivatives are written by hand with the constructors.</summary>
public class DifferentiationRuleTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), P = Symbol.Positive("p");

    [Fact]
    public void SymbolIsOneInItselfAndZeroInOthers()
    {
        Assert.Equal(Number.One, Diff(X, X));
        Assert.Equal(Number.Zero, Diff(Y, X));
        Assert.Equal(Number.Zero, Diff(Constant.Pi, X));
    }

    [Fact]
    public void SumIsTermByTerm() => Assert.Equal(Build.Add(Build.Mul(2, X), Y), Diff(X.Pow(2) + X * Y + Y, X));

    [Fact]
    public void ProductRuleOverThreeFactors() =>
        // d(x y sin x) = y sin x + x y cos x
        Assert.Equal(Y * Build.Sin(X) + X * Y * Build.Cos(X), Diff(X * Y * Build.Sin(X), X));

    [Fact]
    public void PowerWithConstantExponent()
    {
        Assert.Equal(Build.Mul(3, X.Pow(2)), Diff(X.Pow(3), X));
        Assert.Equal(Build.Mul(-2, X.Pow(-3)), Diff(X.Pow(-2), X));
        Assert.Equal(Build.Mul(Number.Half, X.Pow(Number.Of(-1, 2))), Diff(Build.Sqrt(X), X));
        // d (x^2 + 1)^y = y (x^2 + 1)^(y - 1) 2x
        var u = X.Pow(2) + 1;
        Assert.Equal(Build.Mul(2, X, Y, u.Pow(Y - 1)), Diff(u.Pow(Y), X));
    }

    [Fact]
    public void PowerWithVariableExponent()
    {
        // d p^p = p^p (log p + 1)
        Assert.Equal(P.Pow(P) * (Build.Log(P) + 1), Diff(P.Pow(P), P));
        // d 2^x = 2^x log 2
        Assert.Equal(Number.Two.Pow(X) * Build.Log(2), Diff(Number.Two.Pow(X), X));
    }

    [Fact]
    public void ExponentialChainRule() => Assert.Equal(Build.Mul(2, X, Build.Exp(X.Pow(2))), Diff(Build.Exp(X.Pow(2)), X));

    [Fact]
    public void LogIsDerivativeOverArgument() =>
        Assert.Equal(Build.Mul(2, X, (X.Pow(2) + 1).Pow(-1)), Diff(Build.Log(X.Pow(2) + 1), X));

    [Fact]
    public void AbsIsSignTimesDerivative()
    {
        Assert.Equal(Build.Sign(X), Diff(Build.Abs(X), X));
        Assert.Equal(Build.Mul(3, Build.Sign(3 * X + Y)), Diff(Build.Abs(3 * X + Y), X));
    }

    [Fact]
    public void SignAndStepAreFlatAwayFromZero()
    {
        Assert.Equal(Number.Zero, Diff(Build.Sign(X), X));
        Assert.Equal(Number.Zero, Diff(Build.Heaviside(X - Y), X));
    }

    [Fact]
    public void ReluDerivativeIsTheStep()
    {
        Assert.Equal(Build.Heaviside(X), Diff(Build.Relu(X), X));
        Assert.Equal(Build.Mul(2, Build.Heaviside(2 * X + 1)), Diff(Build.Relu(2 * X + 1), X));
    }

    [Fact]
    public void MaxAndMinOfTwoVariables()
    {
        Assert.Equal(Build.Heaviside(X - Y), Diff(Build.Max(X, Y), X));
        Assert.Equal(Build.Heaviside(Y - X), Diff(Build.Min(X, Y), X));
        Assert.Equal(Build.Heaviside(X - Y), Diff(Build.Min(X, Y), Y));
    }

    [Fact]
    public void MaxOfThreeFollowsTheLargest()
    {
        var z = Symbol.Of("z");
        var d = Diff(Build.Max(X, Y, z), X);
        var at = new Dictionary<Symbol, double> { [X] = 3, [Y] = 1, [z] = 2 };
        Assert.Equal(1.0, Symbolic.Numeric.Evaluator.EvaluateReal(d, at));
        at[X] = 0;
        Assert.Equal(0.0, Symbolic.Numeric.Evaluator.EvaluateReal(d, at));
    }

    [Fact]
    public void SigmoidDerivative()
    {
        var s = Build.Sigmoid(X);
        Assert.Equal(s * (1 - s), Diff(s, X));
        var s3 = Build.Sigmoid(3 * X);
        Assert.Equal(Build.Mul(3, s3, 1 - s3), Diff(s3, X));
    }

    [Fact]
    public void LogitDerivative() => Assert.Equal(X.Pow(-1) * (1 - X).Pow(-1), Diff(Build.Logit(X), X));

    [Fact]
    public void TrigonometricDerivatives()
    {
        Assert.Equal(Build.Mul(2, Build.Cos(2 * X)), Diff(Build.Sin(2 * X), X));
        Assert.Equal(-Build.Sin(X), Diff(Build.Cos(X), X));
    }

    [Fact]
    public void Atan2Derivatives()
    {
        var r2 = (X.Pow(2) + Y.Pow(2)).Pow(-1);
        Assert.Equal(-Y * r2, Diff(Build.Atan2(Y, X), X));
        Assert.Equal(X * r2, Diff(Build.Atan2(Y, X), Y));
    }

    [Fact]
    public void UndefinedFunctionChainRule()
    {
        var f = Apply.Of("f", X.Pow(2));
        Assert.Equal(Build.Mul(2, X, f.Differentiated(0)), Diff(f, X));
        var h = Apply.Of("h", X, X * Y);
        Assert.Equal(h.Differentiated(0) + Y * h.Differentiated(1), Diff(h, X));
        Assert.Equal(Number.Zero, Diff(Apply.Of("g", Y), X));
    }

    [Fact]
    public void IndexedSumDifferentiatesItsBody()
    {
        var i = Symbol.Of("i", Symbolic.Assumptions.Facts.Integer);
        var n = Symbol.Of("N", Symbolic.Assumptions.Facts.Positive | Symbolic.Assumptions.Facts.Integer);
        var mu = Symbol.Of("mu");
        var xi = Symbol.Indexed("x", Symbolic.Assumptions.Facts.Real, i);
        var loss = Build.IndexedSum((xi - mu).Pow(2), i, 1, n);
        Assert.Equal(Build.IndexedSum(Build.Mul(-2, xi - mu), i, 1, n), Diff(loss, mu));
        // The bound index is not a variable of the sum, and x_i is a different symbol from x.
        Assert.Equal(Number.Zero, Diff(loss, i));
        Assert.Equal(Number.Zero, Diff(loss, Symbol.Of("x")));
    }

    [Fact]
    public void SumWhoseBoundsDependOnTheVariableIsRejected()
    {
        var i = Symbol.Of("i", Symbolic.Assumptions.Facts.Integer);
        var ex = Assert.Throws<NotSupportedException>(() => Diff(Build.IndexedSum(i * X, i, 1, X), X));
        Assert.Contains("bounds", ex.Message);
    }

    [Fact]
    public void HigherOrder()
    {
        Assert.Equal(Build.Mul(60, X.Pow(2)), Diff(X.Pow(5), X, 3));
        Assert.Equal(X.Pow(5), Diff(X.Pow(5), X, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Diff(X, X, -1));
    }

    [Fact]
    public void MixedPartialsCommute()
    {
        var f = Build.Exp(X * Y) + X.Pow(3) * Y.Pow(2);
        Assert.Equal(Partial(f, X, Y), Partial(f, Y, X));
    }
}
