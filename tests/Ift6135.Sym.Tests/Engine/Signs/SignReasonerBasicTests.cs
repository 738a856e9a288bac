using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Asm = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Engine.Signs;

public class SignReasonerBasicTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y");
    private static readonly Symbol Alpha = Symbol.Positive("alpha");
    private static readonly Symbol Z = Symbol.Of("z", Facts.None);
    private static readonly SignReasoner Plain = new(Asm.None);

    private static Relation Gt(Expr a, Expr b) => new(RelationKind.Greater, a, b);
    private static Relation Ge(Expr a, Expr b) => new(RelationKind.GreaterOrEqual, a, b);
    private static Relation Lt(Expr a, Expr b) => new(RelationKind.Less, a, b);

    [Fact]
    public void PositiveSymbolNegatedIsNegative()
    {
        Assert.Equal(Truth.True, Plain.Prove(Lt(-Alpha, 0)));
        Assert.Equal(Truth.False, Plain.Prove(Gt(-Alpha, 0)));
        Assert.Equal(Truth.True, Plain.IsNegative(-Alpha));
        Assert.Equal(Truth.False, Plain.IsNonnegative(-Alpha));
    }

    [Fact]
    public void RelationOnPlainSymbolActsLikeAFact()
    {
        var a = Symbol.Of("a");
        var r = new SignReasoner(Asm.Of(Gt(a, 0)));
        Assert.Equal(Truth.True, r.IsPositive(a));
        Assert.Equal(Truth.False, r.IsPositive(-a));
        Assert.Equal(Truth.True, r.Prove(Lt(-a, 0)));
        Assert.Equal(Truth.Unknown, Plain.IsPositive(a));
    }

    [Fact]
    public void SumOfUnknownRealsIsUnknown()
    {
        Assert.Equal(Truth.Unknown, Plain.IsPositive(X + Y));
        Assert.Equal(Truth.Unknown, Plain.IsNonnegative(X + Y));
        Assert.Equal(SignSet.RealAny, Plain.Sign(X + Y));
    }

    [Fact]
    public void SquaresAndExponentials()
    {
        Assert.Equal(Truth.True, Plain.IsNonnegative(X.Pow(2)));
        Assert.Equal(Truth.Unknown, Plain.IsPositive(X.Pow(2)));          // x may be 0
        Assert.Equal(Truth.True, Plain.IsPositive(X.Pow(2) + 1));
        Assert.Equal(Truth.True, Plain.IsPositive(Build.Exp(X)));
        Assert.Equal(Truth.True, Plain.IsPositive(Build.Exp(X) * Build.Sigmoid(Y)));
        Assert.Equal(Truth.Unknown, Plain.IsPositive(Build.Exp(Z)));       // complex exponent
    }

    [Fact]
    public void SigmoidIsInsideTheOpenUnitInterval()
    {
        Assert.Equal(Interval.UnitOpen, Plain.Bounds(Build.Sigmoid(X)));
        Assert.Equal(Truth.True, Plain.IsPositive(1 - Build.Sigmoid(X)));
        Assert.Equal(Truth.True, Plain.IsPositive(Build.Sigmoid(X) * (1 - Build.Sigmoid(X))));
        Assert.Equal(Truth.True, Plain.Prove(Lt(Build.Sigmoid(X), 1)));
        Assert.Equal(Truth.True, Plain.IsNonnegative(Build.Sigmoid(Alpha) - Number.Half));
    }

    [Fact]
    public void AbsSqrtAndQuotients()
    {
        Assert.Equal(Truth.True, Plain.IsNonnegative(Build.Abs(X)));
        Assert.Equal(Truth.True, Plain.IsNonnegative(Build.Sqrt(Build.Abs(X) + 1)));
        Assert.Equal(Truth.True, Plain.IsPositive(Build.Sqrt(X.Pow(2) + 1)));
        Assert.Equal(Truth.Unknown, Plain.IsNonnegative(Build.Sqrt(X)));   // may be imaginary
        Assert.Equal(Truth.True, Plain.IsPositive(Alpha / (Alpha + 1)));
        // 1 - alpha/(alpha + 1) = 1/(alpha + 1): needs the common-denominator rule.
        Assert.Equal(Truth.True, Plain.Prove(Lt(Alpha / (Alpha + 1), 1)));
    }

    [Fact]
    public void MaxAndMin()
    {
        Assert.Equal(Truth.True, Plain.IsNonnegative(Build.Relu(X)));
        Assert.Equal(Truth.True, Plain.IsPositive(Build.Max(X, Alpha)));
        Assert.Equal(Truth.True, Plain.IsNegative(Build.Min(X, -Alpha)));
        Assert.Equal(Truth.Unknown, Plain.IsPositive(Build.Min(X, Alpha)));
    }

    [Fact]
    public void LogitLogAndStep()
    {
        // (1 + sigma(x))/2 lies in (1/2, 1), so its logit is positive; sigma(x)/2 lies in (0, 1/2).
        Assert.Equal(Truth.True, Plain.IsPositive(Build.Logit((1 + Build.Sigmoid(X)) / 2)));
        Assert.Equal(Truth.True, Plain.IsNegative(Build.Logit(Build.Sigmoid(X) / 2)));
        Assert.Equal(Truth.Unknown, Plain.IsPositive(Build.Logit(Build.Sigmoid(X) * Build.Sigmoid(Y) + Number.Of(1, 4))));
        Assert.Equal(Truth.True, Plain.IsNonnegative(Build.Log(X.Pow(2) + 1)));      // x^2 + 1 >= 1
        Assert.Equal(Truth.Unknown, Plain.IsNonnegative(Build.Log(Alpha)));
        Assert.Equal(Truth.True, Plain.IsNonnegative(Build.Heaviside(X)));
        Assert.Equal(Interval.Closed(0, 1), Plain.Bounds(Build.Heaviside(X)));
    }

    [Fact]
    public void ProductsAndQuotientsOfSignedFactors()
    {
        var n = Symbol.Of("n", Facts.Negative);
        Assert.Equal(Truth.True, Plain.IsNegative(Alpha * n));
        Assert.Equal(Truth.True, Plain.IsPositive(n * n * Alpha));
        Assert.Equal(Truth.True, Plain.IsNegative(Alpha / n));
        Assert.Equal(Truth.True, Plain.IsPositive(n.Pow(-2)));
        Assert.Equal(Truth.True, Plain.IsNegative(n.Pow(3)));
        Assert.Equal(Truth.Unknown, Plain.IsPositive(Alpha * X));
        Assert.Equal(Truth.True, Plain.IsNonnegative(Alpha * X.Pow(2)));
    }

    [Fact]
    public void ComplexValuesAreNeitherPositiveNorNegative()
    {
        Assert.Equal(Truth.False, Plain.IsPositive(Constant.I));
        Assert.Equal(Truth.False, Plain.IsNegative(Constant.I));
        Assert.Equal(Truth.True, Plain.IsNonzero(Constant.I));
        Assert.Equal(Truth.Unknown, Plain.IsPositive(Z));
        Assert.Equal(Interval.All, Plain.Bounds(Z));
    }

    [Fact]
    public void EqualityIsProvedOnlyStructurally()
    {
        Assert.Equal(Truth.True, Plain.Prove(Relation.Eq(X + Y, Y + X)));
        Assert.Equal(Truth.False, Plain.Prove(Relation.Eq(Alpha + 1, 0)));
        Assert.Equal(Truth.Unknown, Plain.Prove(Relation.Eq(X, Y)));
        Assert.Equal(Truth.True, Plain.Prove(new Relation(RelationKind.NotEqual, Alpha + 1, 0)));
        Assert.Equal(Truth.Unknown, Plain.Prove(new Relation(RelationKind.NotEqual, X, Y)));
    }

    [Fact]
    public void BoundsOfAffineExpressions()
    {
        var w = Symbol.Of("w");
        var r = new SignReasoner(Asm.Of(Gt(w, 0), Lt(w, 1)));
        Assert.Equal(Interval.UnitOpen, r.Bounds(w));
        Assert.Equal(Interval.UnitOpen, r.Bounds(1 - w));
        Assert.Equal(Interval.Open(new BigRational(1), new BigRational(3)), r.Bounds(2 * w + 1));
    }

    [Fact]
    public void NonstrictRelationsGiveNonstrictAnswers()
    {
        var s = Symbol.Of("s");
        var r = new SignReasoner(Asm.Of(Ge(s, 0)));
        Assert.Equal(Truth.True, r.IsNonnegative(s));
        Assert.Equal(Truth.Unknown, r.IsPositive(s));
        Assert.Equal(Truth.True, r.IsPositive(s + 1));
        Assert.Equal(Truth.False, r.IsNegative(s));
    }

    [Fact]
    public void ExpandedQuadraticsByCompletingTheSquare()
    {
        // x^2 - 2x + 1 = (x - 1)^2 >= 0 with equality at 1; x^2 - 2x + 2 = (x - 1)^2 + 1 > 0.
        Assert.Equal(Truth.True, Plain.IsNonnegative(X.Pow(2) - 2 * X + 1));
        Assert.Equal(Truth.Unknown, Plain.IsPositive(X.Pow(2) - 2 * X + 1));
        Assert.Equal(Truth.True, Plain.IsPositive(X.Pow(2) - 2 * X + 2));
        Assert.Equal(Truth.True, Plain.IsNegative(-3 * X.Pow(2) + X - 1));       // discriminant 1 - 12 < 0
        // x^2 - 2x has roots 0 and 2: its sign is open, and must not be claimed either way.
        Assert.Equal(Truth.Unknown, Plain.IsNonnegative(X.Pow(2) - 2 * X));
        Assert.Equal(Truth.Unknown, Plain.IsNegative(X.Pow(2) - 2 * X));
        // A complex variable is not ordered: no claim.
        var z = Symbol.Of("z", Facts.None);
        Assert.Equal(Truth.Unknown, Plain.IsNonnegative(z.Pow(2) - 2 * z + 1));
        Assert.Equal(Truth.True, Plain.IsNonnegative((X - 1).Pow(2)));
    }

    [Fact]
    public void QuadraticFormsInSeveralSymbols()
    {
        var a = Symbol.Of("a"); var b = Symbol.Of("b"); var c = Symbol.Of("c");
        // a^2 + b^2 - 2ab = (a - b)^2: nonnegative, zero on a = b (AM-GM for two squares).
        Assert.Equal(Truth.True, Plain.IsNonnegative(a.Pow(2) + b.Pow(2) - 2 * a * b));
        Assert.Equal(Truth.Unknown, Plain.IsPositive(a.Pow(2) + b.Pow(2) - 2 * a * b));
        // (a^2 + b^2)/2 - ab + 1 = (a - b)^2/2 + 1 > 0.
        Assert.Equal(Truth.True, Plain.IsPositive((a.Pow(2) + b.Pow(2)) / 2 - a * b + 1));
        // a^2 + ab + b^2 = (a + b/2)^2 + 3b^2/4: its matrix [[1, 1/2], [1/2, 1]] has pivots 1 and 3/4.
        Assert.Equal(Truth.True, Plain.IsNonnegative(a.Pow(2) + a * b + b.Pow(2)));
        // a^2 + 3ab + b^2 is -1 at (1, -1): indefinite, no claim either way.
        Assert.Equal(Truth.Unknown, Plain.IsNonnegative(a.Pow(2) + 3 * a * b + b.Pow(2)));
        Assert.Equal(Truth.Unknown, Plain.IsNonpositive(a.Pow(2) + 3 * a * b + b.Pow(2)));
        // a^2 + b^2 + c^2 - ab - bc - ca = ((a - b)^2 + (b - c)^2 + (c - a)^2)/2 >= 0.
        Assert.Equal(Truth.True, Plain.IsNonnegative(a.Pow(2) + b.Pow(2) + c.Pow(2) - a * b - b * c - c * a));
        // x^2 + y^2 - 2x + 4y + 5 = (x - 1)^2 + (y + 2)^2 >= 0 with equality at (1, -2); + 6 makes it > 0.
        Assert.Equal(Truth.True, Plain.IsNonnegative(X.Pow(2) + Y.Pow(2) - 2 * X + 4 * Y + 5));
        Assert.Equal(Truth.Unknown, Plain.IsPositive(X.Pow(2) + Y.Pow(2) - 2 * X + 4 * Y + 5));
        Assert.Equal(Truth.True, Plain.IsPositive(X.Pow(2) + Y.Pow(2) - 2 * X + 4 * Y + 6));
        // 2xy - x^2 - 2y^2 = -(x - y)^2 - y^2 <= 0.
        Assert.Equal(Truth.True, Plain.IsNonpositive(2 * X * Y - X.Pow(2) - 2 * Y.Pow(2)));
        // A zero pivot with a nonzero row: x y + 1 is indefinite (2 at (1, 1), -1 at (1, -2)).
        Assert.Equal(Truth.Unknown, Plain.IsNonnegative(X * Y + 1));
    }

    [Fact]
    public void ContradictoryAssumptionsAreReported()
    {
        var a = Symbol.Of("a");
        var r = new SignReasoner(Asm.Of(Gt(a, 1), Lt(a, 0)));
        Assert.True(r.Inconsistent);
        Assert.False(new SignReasoner(Asm.Of(Gt(a, 1))).Inconsistent);
    }
}
