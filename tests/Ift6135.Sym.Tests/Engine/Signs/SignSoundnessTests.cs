using System.Diagnostics;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;
using Asm = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Engine.Signs;

/// <summary>
/// Soundness against numbers: for random expressions over symbols with relational assumptions,
/// every value at random points satisfying the assumptions lies inside the reasoner's bounds and
/// agrees with its sign claims. A wrong rule shows up here as a counterexample.
/// </summary>
public class SignSoundnessTests
{
    private static readonly Symbol Alpha = Symbol.Of("alpha"), Beta = Symbol.Of("beta"), R = Symbol.Of("r");
    private static readonly Symbol W = Symbol.Of("w"), X = Symbol.Of("x"), Y = Symbol.Of("y");

    private static readonly Asm Assumed = Asm.Of(
        new Relation(RelationKind.Greater, Alpha, 0),
        new Relation(RelationKind.GreaterOrEqual, Beta, -Alpha),
        new Relation(RelationKind.GreaterOrEqual, R, 0),
        new Relation(RelationKind.Greater, W, 0),
        new Relation(RelationKind.Less, W, 1));

    private static Dictionary<Symbol, double> SamplePoint(Random rng)
    {
        double Scale() => Math.Exp(rng.NextDouble() * 4 - 2);
        var alpha = Scale();
        var t = rng.Next(4) == 0 ? 0 : Scale();
        return new Dictionary<Symbol, double>
        {
            [Alpha] = alpha,
            [Beta] = -alpha + t,
            [R] = rng.Next(4) == 0 ? 0 : Scale(),
            [W] = 0.001 + 0.998 * rng.NextDouble(),
            [X] = rng.NextDouble() * 6 - 3,
            [Y] = rng.Next(5) == 0 ? 0 : rng.NextDouble() * 6 - 3,
        };
    }

    private static Expr RandomExpr(Random rng, int depth)
    {
        Expr[] atoms = [Alpha, Beta, R, W, X, Y, 1, 2, Number.Half, -1, Alpha + Beta, 1 - W];
        if (depth == 0 || rng.Next(4) == 0) return atoms[rng.Next(atoms.Length)];
        Expr Sub() => RandomExpr(rng, depth - 1);
        return rng.Next(11) switch
        {
            0 or 1 => Sub() + Sub(),
            2 or 3 => Sub() * Sub(),
            4 => Sub() - Sub(),
            5 => Sub() / Sub(),
            6 => Sub().Pow(2),
            7 => Build.Exp(Sub()),
            8 => Build.Sigmoid(Sub()),
            9 => Build.Abs(Sub()),
            _ => W * Build.Sigmoid(Sub()) + (1 - W) * Build.Sigmoid(Sub()),
        };
    }

    [Fact]
    public void BoundsHoldAtSampledPoints()
    {
        var reasoner = new SignReasoner(Assumed);
        var rng = new Random(20261123);
        var checkedValues = 0;
        for (var k = 0; k < 400; k++)
        {
            var e = RandomExpr(rng, 3);
            var bounds = reasoner.Bounds(e);
            var positive = reasoner.IsPositive(e);
            var nonnegative = reasoner.IsNonnegative(e);
            for (var p = 0; p < 20; p++)
            {
                var v = Evaluator.EvaluateReal(e, SamplePoint(rng));
                if (double.IsNaN(v) || double.IsInfinity(v) || Math.Abs(v) > 1e12) continue;
                var tol = 1e-9 * Math.Max(1, Math.Abs(v));
                checkedValues++;
                if (bounds.Lower is { } l) Assert.True(v >= l.ToDouble() - tol, $"{e} = {v} below {bounds}");
                if (bounds.Upper is { } u) Assert.True(v <= u.ToDouble() + tol, $"{e} = {v} above {bounds}");
                if (positive == Truth.True) Assert.True(v > -tol, $"{e} = {v} claimed positive");
                if (nonnegative == Truth.True) Assert.True(v >= -tol, $"{e} = {v} claimed nonnegative");
                if (nonnegative == Truth.False) Assert.True(v < tol, $"{e} = {v} claimed negative");
            }
        }
        Assert.True(checkedValues > 4000, $"only {checkedValues} values checked");
    }

    [Fact]
    public void NeverKnowsLessThanTheStructuralSigns()
    {
        var reasoner = new SignReasoner(Asm.None);
        var rng = new Random(7);
        for (var k = 0; k < 400; k++)
        {
            var e = RandomExpr(rng, 3);
            var structural = SignOf.Get(e);
            var reasoned = reasoner.Sign(e);
            Assert.True((reasoned & ~structural) == 0, $"{e}: reasoner {reasoned}, structure {structural}");
        }
    }

    [Fact]
    public void QueriesAreFast()
    {
        var w = Symbol.Of("w");
        var z = Symbol.Of("z");
        var (a1, a2) = (Symbol.Positive("a1"), Symbol.Positive("a2"));
        var weights = Asm.Of(new Relation(RelationKind.Greater, w, 0), new Relation(RelationKind.Less, w, 1));
        var s1 = Build.Sigmoid(a1 * z);
        var s2 = Build.Sigmoid(a2 * z + 1);
        var bigS = w * s1 + (1 - w) * s2;
        var derivative = (w * a1 * s1 * (1 - s1) + (1 - w) * a2 * s2 * (1 - s2)) / (bigS * (1 - bigS));
        var h = 1 + Alpha * Beta / (Alpha + R).Pow(2);
        Assert.Equal(Truth.True, new SignReasoner(weights).IsPositive(derivative));          // warm up the JIT
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            // A new reasoner each time: its cache starts empty, so every query does the full work.
            Assert.Equal(Truth.True, new SignReasoner(weights).IsPositive(derivative));
            Assert.Equal(Truth.True, new SignReasoner(Assumed).IsNonnegative(h));
        }
        // 40 cold queries, each well under a millisecond on an idle machine; the bound (100 ms each)
        // leaves room for a loaded machine and still catches a search that blows up.
        Assert.True(clock.ElapsedMilliseconds < 4000, $"40 queries took {clock.ElapsedMilliseconds} ms");
    }
}
