using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Asm = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Engine.Signs;

/// <summary>
/// The sigmoid flow g(z) = logit(Σ w_i σ(a_i z + b_i)) with w_i &gt; 0, Σ w_i = 1, a_i &gt; 0 (question 5.2).
/// g'(z) = Σ w_i a_i s_i (1 - s_i) / (S (1 - S)), s_i = σ(a_i z + b_i), S = Σ w_i s_i: derived by hand
/// (logit'(S) = 1/(S(1 - S)), σ' = σ(1 - σ)), and written out here.
/// </summary>
public class ConvexCombinationTests
{
    private static readonly Symbol Z = Symbol.Of("z");
    private static readonly Symbol U = Symbol.Of("u"), V = Symbol.Of("v");
    private static Relation Gt(Expr a, Expr b) => new(RelationKind.Greater, a, b);
    private static Relation Lt(Expr a, Expr b) => new(RelationKind.Less, a, b);

    private static Symbol Positive(string name) => Symbol.Positive(name);

    [Fact]
    public void StructuralWeightsWAndOneMinusW()
    {
        var w = Symbol.Of("w");
        var r = new SignReasoner(Asm.Of(Gt(w, 0), Lt(w, 1)));
        var s = w * Build.Sigmoid(U) + (1 - w) * Build.Sigmoid(V);
        Assert.Equal(Interval.UnitOpen, r.Bounds(s));
        Assert.Equal(Truth.True, r.IsPositive(1 - s));
        Assert.Equal(Truth.True, r.IsPositive(s * (1 - s)));
    }

    [Fact]
    public void NumericWeights()
    {
        var s = Number.Of(1, 3) * Build.Sigmoid(U) + Number.Of(2, 3) * Build.Sigmoid(V);
        Assert.Equal(Interval.UnitOpen, new SignReasoner(Asm.None).Bounds(s));
    }

    [Fact]
    public void WithoutTheWeightBoundsItIsUnknown()
    {
        var w = Symbol.Of("w");
        var s = w * Build.Sigmoid(U) + (1 - w) * Build.Sigmoid(V);
        var r = new SignReasoner(Asm.None);
        Assert.Equal(Truth.Unknown, r.IsPositive(1 - s));
        Assert.Equal(Truth.Unknown, r.IsPositive(s));
    }

    [Fact]
    public void WeightsThatDoNotSumToOneGiveNoConvexBound()
    {
        var w = Symbol.Of("w");
        var r = new SignReasoner(Asm.Of(Gt(w, 0), Lt(w, 1)));
        var s = w * Build.Sigmoid(U) + w * Build.Sigmoid(V);     // weights sum to 2w, up to 2
        Assert.Equal(Truth.True, r.IsPositive(s));
        Assert.Equal(Truth.Unknown, r.IsPositive(1 - s));
    }

    [Fact]
    public void ThreeWeightsSummingToOneByAssumption()
    {
        var (w1, w2, w3) = (Symbol.Of("w1"), Symbol.Of("w2"), Symbol.Of("w3"));
        var r = new SignReasoner(Asm.Of(Gt(w1, 0), Gt(w2, 0), Gt(w3, 0), Relation.Eq(w1 + w2 + w3, 1)));
        var s = w1 * Build.Sigmoid(U) + w2 * Build.Sigmoid(V) + w3 * Build.Sigmoid(Z);
        Assert.Equal(Interval.UnitOpen, r.Bounds(s));
        Assert.Equal(Truth.True, r.IsPositive(1 - s));
    }

    [Fact]
    public void SigmoidFlowDerivativeTwoComponents()
    {
        var w = Symbol.Of("w");
        var (a1, a2, b1, b2) = (Positive("a1"), Positive("a2"), Symbol.Of("b1"), Symbol.Of("b2"));
        var r = new SignReasoner(Asm.Of(Gt(w, 0), Lt(w, 1)));
        var s1 = Build.Sigmoid(a1 * Z + b1);
        var s2 = Build.Sigmoid(a2 * Z + b2);
        var bigS = w * s1 + (1 - w) * s2;
        var numerator = w * a1 * s1 * (1 - s1) + (1 - w) * a2 * s2 * (1 - s2);
        var derivative = numerator / (bigS * (1 - bigS));
        Assert.Equal(Truth.True, r.IsPositive(numerator));
        Assert.Equal(Truth.True, r.IsPositive(bigS * (1 - bigS)));
        Assert.Equal(Truth.True, r.IsPositive(derivative));
        Assert.Equal(Truth.True, r.Prove(Gt(derivative, 0)));
    }

    [Fact]
    public void SigmoidFlowDerivativeThreeComponents()
    {
        var (w1, w2, w3) = (Symbol.Of("w1"), Symbol.Of("w2"), Symbol.Of("w3"));
        var (a1, a2, a3) = (Symbol.Of("a1"), Symbol.Of("a2"), Symbol.Of("a3"));
        var (b1, b2, b3) = (Symbol.Of("b1"), Symbol.Of("b2"), Symbol.Of("b3"));
        var r = new SignReasoner(Asm.Of(
            Gt(w1, 0), Gt(w2, 0), Gt(w3, 0), Relation.Eq(w1 + w2 + w3, 1),
            Gt(a1, 0), Gt(a2, 0), Gt(a3, 0)));
        var s = new[] { Build.Sigmoid(a1 * Z + b1), Build.Sigmoid(a2 * Z + b2), Build.Sigmoid(a3 * Z + b3) };
        var w = new Expr[] { w1, w2, w3 };
        var a = new Expr[] { a1, a2, a3 };
        var bigS = Build.Add(Enumerable.Range(0, 3).Select(i => w[i] * s[i]).ToArray());
        var numerator = Build.Add(Enumerable.Range(0, 3).Select(i => w[i] * a[i] * s[i] * (1 - s[i])).ToArray());
        var derivative = numerator / (bigS * (1 - bigS));
        Assert.Equal(Truth.True, r.IsPositive(derivative));
    }

    [Fact]
    public void SigmoidFlowDerivativeNeedsPositiveSlopes()
    {
        // With a2 of unknown sign the numerator's sign is open: Unknown, not True.
        var w = Symbol.Of("w");
        var (a1, a2) = (Positive("a1"), Symbol.Of("a2"));
        var r = new SignReasoner(Asm.Of(Gt(w, 0), Lt(w, 1)));
        var s1 = Build.Sigmoid(a1 * Z);
        var s2 = Build.Sigmoid(a2 * Z);
        var bigS = w * s1 + (1 - w) * s2;
        var derivative = (w * a1 * s1 * (1 - s1) + (1 - w) * a2 * s2 * (1 - s2)) / (bigS * (1 - bigS));
        Assert.Equal(Truth.Unknown, r.IsPositive(derivative));
    }

    [Fact]
    public void SigmoidFlowByChainRuleOnCanonicalConstructors()
    {
        // g = logit(S); dg/dz = S'(z) · logit'(S) with logit'(p) = 1/(p(1 - p)) and
        // d/dz σ(a z + b) = a σ(a z + b)(1 - σ(a z + b)): each step built with Build.*.
        var w = Symbol.Of("w");
        var (a1, a2, b1, b2) = (Positive("a1"), Positive("a2"), Symbol.Of("b1"), Symbol.Of("b2"));
        var r = new SignReasoner(Asm.Of(Gt(w, 0), Lt(w, 1)));
        Expr inner1 = Build.Add(Build.Mul(a1, Z), b1), inner2 = Build.Add(Build.Mul(a2, Z), b2);
        Expr SigmoidPrime(Expr x) => Build.Mul(Build.Sigmoid(x), Build.Sub(Number.One, Build.Sigmoid(x)));
        var bigS = Build.Add(Build.Mul(w, Build.Sigmoid(inner1)), Build.Mul(Build.Sub(1, w), Build.Sigmoid(inner2)));
        var dS = Build.Add(
            Build.Mul(w, SigmoidPrime(inner1), a1),
            Build.Mul(Build.Sub(1, w), SigmoidPrime(inner2), a2));
        var logitPrime = Build.Pow(Build.Mul(bigS, Build.Sub(Number.One, bigS)), Number.MinusOne);
        var derivative = Build.Mul(dS, logitPrime);
        Assert.Equal(Truth.True, r.IsPositive(derivative));
        // The same through e^-x: σ'(x) = e^-x / (1 + e^-x)^2.
        Expr SigmoidPrimeExp(Expr x) => Build.Div(Build.Exp(Build.Neg(x)), Build.Pow(Build.Add(1, Build.Exp(Build.Neg(x))), 2));
        var dSExp = Build.Add(Build.Mul(w, a1, SigmoidPrimeExp(inner1)), Build.Mul(Build.Sub(1, w), a2, SigmoidPrimeExp(inner2)));
        Assert.Equal(Truth.True, r.IsPositive(Build.Mul(dSExp, logitPrime)));
    }

    [Fact]
    public void IndexedWeightsSummingToOne()
    {
        var i = Symbol.Of("i", Facts.Integer);
        var n = Symbol.Of("N", Facts.Integer | Facts.Positive);
        var wi = Symbol.Indexed("w", Facts.Real, i);
        var ai = Symbol.Indexed("a", Facts.Real, i);
        var bi = Symbol.Indexed("b", Facts.Real, i);
        var r = new SignReasoner(Asm.Of(
            Gt(wi, 0), Gt(ai, 0),
            Relation.Eq(Build.IndexedSum(wi, i, 1, n), 1)));
        var si = Build.Sigmoid(ai * Z + bi);
        var bigS = Build.IndexedSum(wi * si, i, 1, n);
        Assert.Equal(Interval.UnitOpen, r.Bounds(bigS));
        var numerator = Build.IndexedSum(wi * ai * si * (1 - si), i, 1, n);
        Assert.Equal(Truth.True, r.IsPositive(numerator));
        Assert.Equal(Truth.True, r.IsPositive(numerator / (bigS * (1 - bigS))));
    }

    [Fact]
    public void IndexedSumWithoutTheUnitConstraintIsOnlyPositive()
    {
        var i = Symbol.Of("i", Facts.Integer);
        var n = Symbol.Of("N", Facts.Integer | Facts.Positive);
        var wi = Symbol.Indexed("w", Facts.Positive, i);
        var bigS = Build.IndexedSum(wi * Build.Sigmoid(Symbol.Indexed("x", Facts.Real, i)), i, 1, n);
        var r = new SignReasoner(Asm.None);
        Assert.Equal(Truth.True, r.IsPositive(bigS));
        Assert.Equal(Truth.Unknown, r.IsPositive(1 - bigS));
        Assert.Equal(new BigRational(0), r.Bounds(bigS).Lower);
    }
}
