using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Tests.Engine.Generators;

namespace Ift6135.Sym.Tests.Engine.Rewriting;

/// <summary>Simplify(e, assumptions) uses the relational assumptions where a rule needs a sign.</summary>
public class SimplifierAssumptionTests
{
    private static readonly Symbol Alpha = Symbol.Of("alpha"), Beta = Symbol.Of("beta"), X = Symbol.Of("x");

    // beta >= -alpha, alpha > 0: so alpha + beta >= 0 and alpha > 0 (facts the symbols themselves do not carry).
    private static readonly Assumptions Radial = Assumptions.Of(
        new Relation(RelationKind.Greater, Alpha, 0),
        new Relation(RelationKind.GreaterOrEqual, Beta, -Alpha));

    [Fact]
    public void AbsoluteValueOfAProvablyNonnegativeSumIsTheSum() =>
        Assert.Equal(Alpha + Beta, Simplifier.Simplify(Build.Abs(Alpha + Beta), Radial));

    [Fact]
    public void AbsoluteValueOfAProvablyNonpositiveSumIsItsNegation() =>
        Assert.Equal(Alpha + Beta, Simplifier.Simplify(Build.Abs(-Alpha - Beta), Radial));

    [Fact]
    public void SquareRootOfASquareIsTheBaseWhenTheBaseIsNonnegative() =>
        // sqrt((alpha + beta)^2) is |alpha + beta| at construction; the assumption removes the bars.
        Assert.Equal(Alpha + Beta, Simplifier.Simplify(Build.Sqrt((Alpha + Beta).Pow(2)), Radial));

    [Fact]
    public void WithoutTheAssumptionTheBarsStay()
    {
        Assert.Equal(Build.Abs(Alpha + Beta), Simplifier.Simplify(Build.Abs(Alpha + Beta)));
        Assert.Equal(Build.Abs(Alpha + Beta), Simplifier.Simplify(Build.Abs(Alpha + Beta), Assumptions.None));
    }

    [Fact]
    public void SignHeavisideAndMaxUseTheAssumptions()
    {
        Assert.Equal(Number.One, Simplifier.Simplify(Build.Sign(Alpha), Radial));
        Assert.Equal(Number.One, Simplifier.Simplify(Build.Heaviside(Alpha), Radial));
        // max(beta, -alpha) = beta since beta - (-alpha) >= 0; min is -alpha.
        Assert.Equal(Beta, Simplifier.Simplify(Build.Max(Beta, -Alpha), Radial));
        Assert.Equal(-Alpha, Simplifier.Simplify(Build.Min(Beta, -Alpha), Radial));
        // Undecided comparisons keep both arguments.
        Assert.Equal(Build.Max(Beta, X), Simplifier.Simplify(Build.Max(Beta, X), Radial));
    }

    [Fact]
    public void LogOfAPowerComesDownWhenTheBaseIsProvablyPositive()
    {
        // log(alpha^2) - 2 log(alpha) = 0 only because alpha > 0 (for alpha < 0 the log is of |alpha|).
        var difference = Build.Log(Alpha.Pow(2)) - 2 * Build.Log(Alpha);
        Assert.Equal(Number.Zero, Simplifier.Simplify(difference, Radial));
        Assert.NotEqual(Number.Zero, Simplifier.Simplify(difference));
    }

    [Fact]
    public void LogOfAProductSplitsWhereTheFactorsAreProvablyPositiveSoTermsCancel()
    {
        // log(alpha (alpha + beta + 1)) = log alpha + log(alpha + beta + 1): both factors positive under Radial.
        var factor = Alpha + Beta + 1;
        var difference = Build.Log(Alpha * factor) - Build.Log(Alpha) - Build.Log(factor);
        Assert.Equal(Number.Zero, Simplifier.Simplify(difference, Radial));
        // log(2 e pi alpha)/2 - log(2 pi alpha)/2 = 1/2 (log e = 1), the Gaussian entropy's constant.
        var twoPiAlpha = 2 * Constant.Pi * Alpha;
        Assert.Equal(Number.Of(1, 2), Simplifier.Simplify(Build.Log(twoPiAlpha * Constant.E) / 2 - Build.Log(twoPiAlpha) / 2, Radial));
    }

    [Fact]
    public void LogOfAProductStaysWholeWhereAFactorMayBeNegative()
    {
        // beta and x of unknown sign: log(beta x) = log beta + log x fails at beta = x = -1 (0 against 2 pi i
        // on the principal branch). One positive factor would be enough: log(alpha beta) = log alpha + log beta.
        var difference = Build.Log(Beta * X) - Build.Log(Beta) - Build.Log(X);
        Assert.NotEqual(Number.Zero, Simplifier.Simplify(difference, Radial));
        // X*X = x^2 is nonnegative but not provably positive: log(x^2) - 2 log x stays.
        Assert.NotEqual(Number.Zero, Simplifier.Simplify(Build.Log(X * X) - 2 * Build.Log(X), Radial));
    }

    [Fact]
    public void SimplifyingWithAssumptionsKeepsTheValueWhereTheyHold()
    {
        // alpha in (0, 2], beta = -alpha + t with t >= 0 satisfies the assumptions.
        var e = Build.Abs(Alpha + Beta) * Build.Max(Beta, -Alpha) + Build.Sqrt((Alpha + Beta).Pow(2)) / Alpha;
        var simplified = Simplifier.Simplify(e, Radial);
        var random = new Random(11);
        for (var k = 0; k < 20; k++)
        {
            var alpha = 0.1 + 2 * random.NextDouble();
            var beta = -alpha + 3 * random.NextDouble();
            var point = new Dictionary<Symbol, double> { [Alpha] = alpha, [Beta] = beta };
            var expected = Math.Abs(alpha + beta) * Math.Max(beta, -alpha) + Math.Abs(alpha + beta) / alpha;
            Assert.True(NumericCheck.Close(expected, NumericCheck.ValueAt(simplified, point)!.Value, 1e-9), $"{simplified} at {alpha}, {beta}");
        }
    }

    [Fact]
    public void TheReasonerIsSharedPerAssumptionsSoRepeatedCallsAreCheap()
    {
        // Not a timing test: the same Assumptions object gives the same answers call after call.
        for (var k = 0; k < 50; k++)
            Assert.Equal(Alpha + Beta, Simplifier.Simplify(Build.Abs(Alpha + Beta) + k - k, Radial));
    }
}
