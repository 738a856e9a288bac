using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Numeric;
using Assume = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Engine.Equivalence;

/// <summary>
/// Steps whose counterexamples are complex on one side: log x² = 2 log x at x = -1 is 0 against 2πi
/// (principal branch, log(-1) = iπ, worked out by hand). They used to stay unknown because the
/// re-check only knew real values; now the values at the point are written with i and compared by parts.
/// </summary>
public class PrincipalBranchTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y");
    private static readonly Dictionary<Symbol, BigRational> AtMinusOne = new() { [X] = new BigRational(-1) };

    [Fact]
    public void LogarithmOfANegativeConstantIsWrittenWithIPi()
    {
        var value = PrincipalBranch.AtPoint(Build.Mul(2, Build.Log(X)), AtMinusOne);
        Assert.Equal(Build.Mul(2, Constant.I, Constant.Pi), value);
    }

    [Fact]
    public void SquareRootOfANegativeConstantIsWrittenWithI()
    {
        var value = PrincipalBranch.AtPoint(Build.Sqrt(X), new Dictionary<Symbol, BigRational> { [X] = new BigRational(-4) });
        Assert.Equal(Build.Mul(2, Constant.I), value);
    }

    [Fact]
    public void RealValuesAreLeftAlone() =>
        Assert.Equal(Build.Log(2), PrincipalBranch.AtPoint(Build.Log(Build.Mul(-2, X)), AtMinusOne));

    [Fact]
    public void LogOfASquareIsNotTwiceTheLog()
    {
        var v = EquivalenceChecker.Decide(Build.Log(X.Pow(2)), Build.Mul(2, Build.Log(X)), Assume.None);
        Assert.Equal(Outcome.Invalid, v.Outcome);
        Assert.NotNull(v.Counterexample);
        Assert.True(v.Counterexample!.Point[X] < 0, "the counterexample must be at a negative x");
    }

    [Fact]
    public void LogOfASquareIsTwiceTheLogOfTheAbsoluteValue() =>
        Assert.NotEqual(Outcome.Invalid, EquivalenceChecker.Decide(Build.Log(X.Pow(2)), Build.Mul(2, Build.Log(Build.Abs(X))), Assume.None).Outcome);

    [Fact]
    public void ProductOfRootsIsNotTheRootOfTheProductForNegatives() =>
        // √x √y = √(xy) fails at x = y = -1: i·i = -1 against √1 = 1.
        Assert.Equal(Outcome.Invalid, EquivalenceChecker.Decide(Build.Mul(Build.Sqrt(X), Build.Sqrt(Y)), Build.Sqrt(Build.Mul(X, Y)), Assume.None).Outcome);
}
