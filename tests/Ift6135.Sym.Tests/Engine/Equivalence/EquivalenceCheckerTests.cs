using System.Numerics;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using Assume = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Engine.Equivalence;

public class EquivalenceCheckerTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y");
    private static readonly Symbol A = Symbol.Positive("a"), B = Symbol.Positive("b");
    private static readonly EquivalenceOptions NumericOnly = new() { UseSymbolic = false };

    private static Verdict Decide(Expr a, Expr b, Assume? assumptions = null, EquivalenceOptions? options = null) =>
        EquivalenceChecker.Decide(a, b, assumptions ?? Assume.None, options);

    [Fact]
    public void An_inequality_between_constants_is_searched_without_a_symbol_to_move()
    {
        // No symbol to perturb: the search used to index an empty coordinate list (IndexOutOfRangeException, which
        // check printed as "the checker failed on this step" for a student's \sqrt{91} < 10).
        // By hand: 9.5^2 = 90.25 < 91, so sqrt(91) > 9.5 is true and sqrt(91) < 9.5 false; 10^2 = 100 > 91.
        var root = Build.Sqrt(Number.Of(91));
        var options = EquivalenceOptions.Default with { UseSymbolic = false };
        Assert.Equal(Outcome.Invalid, EquivalenceChecker.Decide(new Relation(RelationKind.Less, root, Number.Of(19) / 2), Assume.None, options).Outcome);
        Assert.NotEqual(Outcome.Invalid, EquivalenceChecker.Decide(new Relation(RelationKind.Less, root, Number.Of(10)), Assume.None, options).Outcome);
    }

    [Fact]
    public void An_inequality_between_constants_is_decided_by_the_sign_of_their_difference()
    {
        // A constant has one value, not a sample: sqrt(91) < 10 (91 < 100), sqrt(91) > 19/2 (90.25 < 91) and sqrt(2) != 1 hold,
        // decided by a sign certain at 256 bits (the modulus of a numeric-rate variant of Q6 was 'unknown' for a correct student).
        var root = Build.Sqrt(Number.Of(91));
        var options = EquivalenceOptions.Default with { UseSymbolic = false };
        foreach (var relation in new[] { new Relation(RelationKind.Less, root, Number.Of(10)), new Relation(RelationKind.Greater, root, Number.Of(19) / 2),
                     new Relation(RelationKind.NotEqual, Build.Sqrt(Number.Of(2)), Number.One) })
        {
            var v = EquivalenceChecker.Decide(relation, Assume.None, options);
            Assert.Equal((Outcome.Valid, VerdictMethod.SignReasoning), (v.Outcome, v.Method));
        }
        // e^(pi sqrt 163) is within 7.5e-13 of an integer: still decided, on the right side.
        var ramanujan = Build.Exp(Build.Mul(Constant.Pi, Build.Sqrt(Number.Of(163))));
        var integer = Number.Of(new Ift6135.Sym.Symbolic.Numbers.BigRational(System.Numerics.BigInteger.Pow(640320, 3) + 744, System.Numerics.BigInteger.One));
        Assert.Equal(Outcome.Valid, EquivalenceChecker.Decide(new Relation(RelationKind.Less, ramanujan, integer), Assume.None, options).Outcome);
        Assert.Equal(Outcome.Invalid, EquivalenceChecker.Decide(new Relation(RelationKind.Greater, ramanujan, integer), Assume.None, options).Outcome);
    }

    [Fact]
    public void ProvingBeforeScreeningGivesTheSameVerdicts()
    {
        // solve proves its own steps before sampling them (ScreenFirst off); the verdicts must not depend on the order.
        var proveFirst = EquivalenceOptions.Default with { ScreenFirst = false };
        // Proved: symbolic either way.
        Assert.Equal(VerdictMethod.Symbolic, Decide((X + Y).Pow(2), X.Pow(2) + 2 * X * Y + Y.Pow(2), options: proveFirst).Method);
        // False: still refuted with a counterexample, (x + y)^2 = x^2 + y^2 fails wherever x y != 0.
        var wrong = Decide((X + Y).Pow(2), X.Pow(2) + Y.Pow(2), options: proveFirst);
        Assert.Equal(Outcome.Invalid, wrong.Outcome);
        Assert.NotNull(wrong.Counterexample);
        // True but beyond a pass that proves nothing: still sampled, and valid numerically.
        var noPass = proveFirst with { SymbolicPass = (_, _) => Symbol.Of("unproved") };
        var sampled = Decide(Build.Sin(X).Pow(2) + Build.Cos(X).Pow(2), 1, options: noPass);
        Assert.Equal(Outcome.Valid, sampled.Outcome);
        Assert.Equal(VerdictMethod.Numeric, sampled.Method);
    }

    /// <summary>Two different numbers: refuted at the one point there is, the empty one, and said so.</summary>
    [Fact]
    public void DifferentNumbersAreRefutedAsNumbers()
    {
        var v = Decide(Number.Of(2), Number.Of(7) / 2);
        Assert.Equal(Outcome.Invalid, v.Outcome);
        Assert.StartsWith("the sides are different numbers", v.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpandedSquareIsSymbolicallyValid()
    {
        var v = Decide((X + Y).Pow(2), X.Pow(2) + 2 * X * Y + Y.Pow(2));
        Assert.Equal(Outcome.Valid, v.Outcome);
        Assert.Equal(VerdictMethod.Symbolic, v.Method);
    }

    [Fact]
    public void SigmoidSymmetryIsNumericallyValid()
    {
        var v = Decide(Build.Sigmoid(-X), 1 - Build.Sigmoid(X));
        Assert.Equal(Outcome.Valid, v.Outcome);
        Assert.Equal(VerdictMethod.Numeric, v.Method);
        Assert.Equal(24, v.Points);
    }

    [Fact]
    public void LogOfProductForPositiveFactors()
    {
        var v = Decide(Build.Log(A * B), Build.Log(A) + Build.Log(B));
        Assert.Equal(Outcome.Valid, v.Outcome);
        Assert.Equal(VerdictMethod.Symbolic, v.Method);
    }

    [Fact]
    public void LogOfAQuotientOfPositiveFactorsUnderAssumptionsIsProvedSymbolically()
    {
        // s > 0 by assumption (the symbol itself is only real): log(2 pi s^2 / (s^2 + w^2)) splits into
        // log 2 + log pi + 2 log s - log(s^2 + w^2), the step Q3's closed form needs.
        Symbol s = Symbol.Of("s"), w = Symbol.Of("w");
        var positive = Assume.Of(new Relation(RelationKind.Greater, s, 0));
        var left = Build.Log(2 * (Expr)Constant.Pi * s.Pow(2) / (s.Pow(2) + w.Pow(2)));
        var right = Build.Log(2) + Build.Log(Constant.Pi) + 2 * Build.Log(s) - Build.Log(s.Pow(2) + w.Pow(2));
        var v = Decide(left, right, positive);
        Assert.Equal(Outcome.Valid, v.Outcome);
        Assert.Equal(VerdictMethod.Symbolic, v.Method);
    }

    [Fact]
    public void AnInequalityOfWeightedLogsIsProvedThroughTheProducts()
    {
        // Jensen for two points: log((a + b)/2) >= (log a + log b)/2 because (a + b)^2 - 4ab = (a - b)^2 >= 0.
        var jensen = new Relation(RelationKind.GreaterOrEqual, Build.Log((A + B) / 2), (Build.Log(A) + Build.Log(B)) / 2);
        var v = EquivalenceChecker.Decide(jensen, Assume.None);
        Assert.Equal((Outcome.Valid, VerdictMethod.SignReasoning), (v.Outcome, v.Method));
        // Reversed it fails (a = 1, b = 4: log 2.5 against log 2), and the products' comparison must not prove it.
        var reversed = new Relation(RelationKind.LessOrEqual, jensen.Left, jensen.Right);
        Assert.Equal(Outcome.Invalid, EquivalenceChecker.Decide(reversed, Assume.None).Outcome);
        // x of unknown sign: log x is not the log of a positive number, so nothing is proved through products.
        var unsigned = new Relation(RelationKind.GreaterOrEqual, Build.Log((A + X.Pow(2)) / 2), (Build.Log(A) + Build.Log(X.Pow(2))) / 2);
        Assert.NotEqual(VerdictMethod.SignReasoning, EquivalenceChecker.Decide(unsigned, Assume.None).Method);
    }

    [Fact]
    public void LogOfAProductOfRealFactorsIsNeverValid()
    {
        // x = y = -1: log(1) = 0 but log(-1) + log(-1) = 2 pi i.
        var v = Decide(Build.Log(X * Y), Build.Log(X) + Build.Log(Y));
        Assert.NotEqual(Outcome.Valid, v.Outcome);
    }

    [Fact]
    public void LogOfSumIsInvalidWithARealCounterexample()
    {
        var v = Decide(Build.Log(A + B), Build.Log(A) + Build.Log(B));
        Assert.Equal(Outcome.Invalid, v.Outcome);
        var p = v.Counterexample!.Point;
        double a = p[A], b = p[B];
        Assert.True(a > 0 && b > 0);
        // Independent evaluation at the reported point.
        Assert.Equal(Math.Log(a + b), v.Counterexample.Left, 9);
        Assert.Equal(Math.Log(a) + Math.Log(b), v.Counterexample.Right, 9);
        Assert.True(Math.Abs(Math.Log(a + b) - Math.Log(a) - Math.Log(b)) > 1e-6);
    }

    [Fact]
    public void SquareRootOfSquareIsNotTheIdentityForRealX()
    {
        var v = Decide(Build.Sqrt(X.Pow(2)), X);
        Assert.Equal(Outcome.Invalid, v.Outcome);
        var x = v.Counterexample!.Point[X];
        Assert.True(x < 0, $"a counterexample to sqrt(x^2) = x needs x < 0, got {x}");
        Assert.Equal(-x, v.Counterexample.Left);
        Assert.Equal(x, v.Counterexample.Right);
    }

    [Fact]
    public void SquareOfSumIsNotSumOfSquares()
    {
        Symbol p = Symbol.Of("p"), q = Symbol.Of("q");
        var v = Decide((p + q).Pow(2), p.Pow(2) + q.Pow(2));
        Assert.Equal(Outcome.Invalid, v.Outcome);
        double pv = v.Counterexample!.Point[p], qv = v.Counterexample.Point[q];
        Assert.NotEqual(0, pv * qv);
        Assert.Equal((pv + qv) * (pv + qv), v.Counterexample.Left, 12);
        Assert.Equal(pv * pv + qv * qv, v.Counterexample.Right, 12);
    }

    [Fact]
    public void SquareRootOfSquareUnderNonnegativeFacts()
    {
        var x = Symbol.Of("x", Facts.Nonnegative);
        Assert.Equal(Outcome.Valid, Decide(Build.Sqrt(x.Pow(2)), x).Outcome);
    }

    [Fact]
    public void SquareRootOfSquareUnderARelationalAssumption()
    {
        var v = Decide(Build.Sqrt(X.Pow(2)), X, Assume.Of(new Relation(RelationKind.GreaterOrEqual, X, 0)));
        Assert.Equal(Outcome.Valid, v.Outcome);
        // The simplifier asks the sign reasoner: |x| = x under x >= 0, so the symbolic pass decides it.
        Assert.Equal(VerdictMethod.Symbolic, v.Method);
    }

    [Fact]
    public void RelationBetweenSymbolsIsRespected()
    {
        Symbol alpha = Symbol.Of("alpha"), beta = Symbol.Of("beta");
        var lhs = Build.Abs(alpha + beta);
        Assert.Equal(Outcome.Valid, Decide(lhs, alpha + beta, Assume.Of(new Relation(RelationKind.GreaterOrEqual, beta, -alpha))).Outcome);
        Assert.Equal(Outcome.Invalid, Decide(lhs, alpha + beta).Outcome);
    }

    [Fact]
    public void OpenIntervalAssumption()
    {
        var w = Symbol.Of("w");
        var inInterval = Assume.Of(new Relation(RelationKind.Greater, w, 0), new Relation(RelationKind.Less, w, 1));
        var v = Decide(Build.Logit(w), Build.Log(w) - Build.Log(1 - w), inInterval, NumericOnly);
        Assert.Equal(Outcome.Valid, v.Outcome);
        // Without the interval, points outside (0, 1) make both logs complex: still equal? log(w) - log(1-w) differs from
        // log(w/(1-w)) by 2 pi i for w < 0, so the identity must not be declared valid there.
        Assert.NotEqual(Outcome.Valid, Decide(Build.Logit(w), Build.Log(w) - Build.Log(1 - w), Assume.None, NumericOnly).Outcome);
    }

    [Fact]
    public void EqualityAssumptionIsSolvedAndSubstituted()
    {
        Symbol w1 = Symbol.Positive("w1"), w2 = Symbol.Positive("w2"), w3 = Symbol.Positive("w3");
        var simplex = Assume.Of(Relation.Eq(w1 + w2 + w3, 1));
        // True only on the simplex: w1 x + w2 x + w3 x = x.
        var v = Decide(w1 * X + w2 * X + w3 * X, X, simplex);
        Assert.Equal(Outcome.Valid, v.Outcome);
        Assert.Equal(Outcome.Invalid, Decide(w1 * X + w2 * X + w3 * X, X).Outcome);
        // w3 = 1 - w1 - w2 must stay positive: every sampled point has w1 + w2 < 1, so w1 + w2 < 1 has no counterexample.
        var r = EquivalenceChecker.Decide(new Relation(RelationKind.Less, w1 + w2, 1), simplex);
        Assert.NotEqual(Outcome.Invalid, r.Outcome);
    }

    [Fact]
    public void CounterexampleOnTheSimplexReportsTheSolvedSymbol()
    {
        Symbol w1 = Symbol.Positive("w1"), w2 = Symbol.Positive("w2"), w3 = Symbol.Positive("w3");
        var simplex = Assume.Of(Relation.Eq(w1 + w2 + w3, 1));
        var v = Decide(w1 * w2 * w3, Number.Zero, simplex);
        Assert.Equal(Outcome.Invalid, v.Outcome);
        var p = v.Counterexample!.Point;
        Assert.Equal(1, p[w1] + p[w2] + p[w3], 12);
        Assert.True(p[w3] > 0);
        Assert.Equal(p[w1] * p[w2] * p[w3], v.Counterexample.Left, 12);
    }

    [Fact]
    public void PositiveQuadraticIsNeverInvalid()
    {
        var v = EquivalenceChecker.Decide(new Relation(RelationKind.Greater, X.Pow(2) + 1, 0), Assume.None);
        Assert.NotEqual(Outcome.Invalid, v.Outcome);
        if (v.Outcome == Outcome.Valid) Assert.Equal(VerdictMethod.SignReasoning, v.Method);
    }

    [Fact]
    public void TrueInequalityWithoutProofIsUnknownNotValid()
    {
        // x^4 + y^4 >= 2x^2y^2 is (x^2 - y^2)^2 >= 0: true, but beyond the sign reasoner (it completes
        // squares of degree 2 only), so sampling alone must leave it unknown, never valid.
        var v = EquivalenceChecker.Decide(new Relation(RelationKind.GreaterOrEqual, X.Pow(4) + Y.Pow(4), 2 * X.Pow(2) * Y.Pow(2)), Assume.None);
        Assert.Equal(Outcome.Unknown, v.Outcome);
        Assert.Contains("no counterexample", v.Detail);
    }

    [Fact]
    public void TwoSquaresAreAtLeastTwiceTheirProduct()
    {
        // x^2 + y^2 - 2xy = (x - y)^2: the quadratic form [[1, -1], [-1, 1]] is positive semidefinite.
        var v = EquivalenceChecker.Decide(new Relation(RelationKind.GreaterOrEqual, X.Pow(2) + Y.Pow(2), 2 * X * Y), Assume.None);
        Assert.Equal(Outcome.Valid, v.Outcome);
        Assert.Equal(VerdictMethod.SignReasoning, v.Method);
    }

    [Fact]
    public void CompletedSquareInequalityIsProvedBySignReasoning()
    {
        // x^2 + 1 >= 2x is (x - 1)^2 >= 0, which the sign reasoner proves by completing the square.
        var v = EquivalenceChecker.Decide(new Relation(RelationKind.GreaterOrEqual, X.Pow(2) + 1, 2 * X), Assume.None);
        Assert.Equal(Outcome.Valid, v.Outcome);
        Assert.Equal(VerdictMethod.SignReasoning, v.Method);
    }

    [Fact]
    public void StrictInequalityFailingOnlyAtOnePointIsFound()
    {
        // x^2 + 1 > 2x fails exactly at x = 1.
        var v = EquivalenceChecker.Decide(new Relation(RelationKind.Greater, X.Pow(2) + 1, 2 * X), Assume.None);
        Assert.Equal(Outcome.Invalid, v.Outcome);
        Assert.Equal(1, v.Counterexample!.Point[X]);
    }

    [Fact]
    public void XPositiveIsInvalidForRealX()
    {
        var v = EquivalenceChecker.Decide(new Relation(RelationKind.Greater, X, 0), Assume.None);
        Assert.Equal(Outcome.Invalid, v.Outcome);
        Assert.True(v.Counterexample!.Point[X] <= 0);
    }

    [Fact]
    public void ProverSeamIsUsed()
    {
        var options = new EquivalenceOptions { RelationProver = new AlwaysProves() };
        var v = EquivalenceChecker.Decide(new Relation(RelationKind.Greater, X, 0), Assume.None, options);
        Assert.Equal(VerdictMethod.SignReasoning, v.Method);
    }

    private sealed class AlwaysProves : IRelationProver
    {
        public Truth Prove(Relation relation, Assume assumptions) => Truth.True;
    }

    [Fact]
    public void SymbolicPassSeamIsUsed()
    {
        // A true identity the numeric screen cannot refute: the verdict then comes from the pass given.
        var calls = 0;
        var options = new EquivalenceOptions { SymbolicPass = (_, _) => { calls++; return Number.Zero; } };
        var v = Decide(Build.Log(A * B), Build.Log(A) + Build.Log(B), null, options);
        Assert.Equal(Outcome.Valid, v.Outcome);
        Assert.Equal(VerdictMethod.Symbolic, v.Method);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void ReCheckedCounterexampleFoundBeforeTheSymbolicPassWins()
    {
        // log(a + b) = log a + log b fails at a = b = 1 (log 2 against 0); the screen tried before the
        // symbolic pass finds such a point, so even a pass that (wrongly) claims 0 is never consulted.
        var calls = 0;
        var options = new EquivalenceOptions { SymbolicPass = (_, _) => { calls++; return Number.Zero; } };
        var v = Decide(Build.Log(A + B), Build.Log(A) + Build.Log(B), null, options);
        Assert.Equal(Outcome.Invalid, v.Outcome);
        Assert.Equal(VerdictMethod.Numeric, v.Method);
        Assert.NotNull(v.Counterexample);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void SameCallGivesSameVerdict()
    {
        var first = Decide(Build.Log(A + B), Build.Log(A) + Build.Log(B));
        var second = Decide(Build.Log(A + B), Build.Log(A) + Build.Log(B));
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(first.Seed, second.Seed);
        Assert.Equal(first.Counterexample!.Point.ToArray(), second.Counterexample!.Point.ToArray());
    }

    [Fact]
    public void CancellationInDoublesIsNotACounterexample()
    {
        // (y + 10^10)^2 - 10^20 = y^2 + 2*10^10*y exactly; in doubles the left side loses about 6 digits.
        var big = Number.Of(BigInteger.Pow(10, 10));
        var v = Decide((Y + big).Pow(2) - big.Pow(2), Y.Pow(2) + 2 * big * Y, null, NumericOnly);
        Assert.Equal(Outcome.Valid, v.Outcome);
        Assert.Contains("high precision", v.Detail);
    }

    [Fact]
    public void TranscendentalCancellationIsNotACounterexample()
    {
        // (e^t - 1)(e^t + 1) = e^(2t) - 1 with t = y / 10^10: doubles keep ~6 digits of e^t - 1; 256-bit re-checks agree.
        var t = Y / Number.Of(BigInteger.Pow(10, 10));
        var v = Decide((Build.Exp(t) - 1) * (Build.Exp(t) + 1), Build.Exp(2 * t) - 1, null, NumericOnly);
        Assert.Equal(Outcome.Valid, v.Outcome);
    }

    [Fact]
    public void LargeExponentialsCancel()
    {
        var v = Decide(Build.Exp(X + 40) * Build.Exp(-40 - X), Number.One, null, NumericOnly);
        Assert.Equal(Outcome.Valid, v.Outcome);
        Assert.Equal(Outcome.Valid, Decide(Build.Exp(Build.Mul(40, X)) * Build.Exp(Build.Mul(-40, X)), Number.One).Outcome);
    }

    [Fact]
    public void UndefinedFunctionsMakeNumericTestingImpossible()
    {
        Assert.Equal(Outcome.Valid, Decide(Apply.Of("f", X) * 2, Apply.Of("f", X) + Apply.Of("f", X)).Outcome);
        var v = Decide(Apply.Of("f", X), Apply.Of("g", X));
        Assert.Equal(Outcome.Unknown, v.Outcome);
        Assert.Contains("undefined function", v.Detail);
    }

    [Fact]
    public void ContradictoryAssumptionsGiveUnknown()
    {
        var v = Decide(X, Y, Assume.Of(new Relation(RelationKind.Greater, X, 1), new Relation(RelationKind.Less, X, 0)));
        Assert.Equal(Outcome.Unknown, v.Outcome);
        Assert.Contains("could not draw", v.Detail);
    }

    [Fact]
    public void TimeBudgetIsHonoured()
    {
        var v = Decide(Build.Sigmoid(-X), 1 - Build.Sigmoid(X), null, new EquivalenceOptions { TimeBudget = TimeSpan.Zero });
        Assert.Equal(Outcome.Unknown, v.Outcome);
        Assert.Contains("time budget", v.Detail);
    }

    [Fact]
    public void ComplexValuedSidesAreComparedAsComplex()
    {
        var z = Symbol.Of("z", Facts.None);
        // e^(i z) = cos z + i sin z for complex z; e^(i z) = cos z does not hold.
        var euler = Build.Exp(Constant.I * z);
        Assert.Equal(Outcome.Valid, Decide(euler, Build.Cos(z) + Constant.I * Build.Sin(z), null, NumericOnly).Outcome);
        var wrong = Decide(euler, Build.Cos(z), null, NumericOnly);
        Assert.True(wrong.Outcome != Outcome.Valid, $"{euler} = {Build.Cos(z)}: {wrong}");
    }
}
