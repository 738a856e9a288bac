using System.Numerics;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;
using Ift6135.Sym.Tests.Engine.Generators;

namespace Ift6135.Sym.Tests.Engine.Construction;

/// <summary>
/// Construction canonicalizes as it builds (collects, folds numbers, merges powers, rewrites |x|, sqrt(x²),
/// roots of negative numbers, exp(log x)); none of that may change a value. Each random operation tree is
/// evaluated naively as written and, after building, by the engine's evaluator, at fixed random points.
/// </summary>
public class ConstructionSoundnessTests
{
    private static readonly IReadOnlyList<IReadOnlyDictionary<Symbol, double>> Points =
        ExprGen.Samples(ExprGen.Point, seed: 20261124, count: 6).Select(p => (IReadOnlyDictionary<Symbol, double>)p).ToList();

    [Theory]
    [InlineData(1UL, 2)]
    [InlineData(2UL, 3)]
    [InlineData(3UL, 3)]
    [InlineData(4UL, 4)]
    public void ConstructionNeverChangesTheValue(ulong seed, int depth)
    {
        var compared = ExprGen.Samples(RawGen.OfDepth(depth), seed, count: 400).Sum(AssertSameValue);
        Assert.True(compared >= 1000, $"only {compared} values were finite and compared");   // the property must have teeth
    }

    /// <summary>Asserts equal values at every point where the naive value is usable; returns how many were compared.</summary>
    private static int AssertSameValue(Raw raw)
    {
        var compared = 0;
        var built = raw.Build();
        foreach (var point in Points)
        {
            var expected = raw.Evaluate(point);
            if (!Moderate(expected) || NearBranchCut(expected)) continue;
            var actual = Evaluator.Evaluate(built, point.ToDictionary(kv => kv.Key, kv => new Complex(kv.Value, 0)));
            Assert.True(Complex.Abs(actual - expected) <= 1e-7 * (1 + Complex.Abs(expected)),
                $"{raw} built as {built}: {expected} naively but {actual} at {NumericCheck.Describe(point)}");
            compared++;
        }
        return compared;
    }

    [Fact]
    public void TheNaiveEvaluationDisagreesWithAWrongRewrite()
    {
        // Guards the harness itself: sqrt(x^2) is |x|, not x, and the naive evaluation must see the difference at x < 0.
        var raw = new RawApply(RawOp.Sqrt, new RawApply(RawOp.Pow, new RawSymbol(ExprGen.X), new RawNumber(2)));
        var point = new Dictionary<Symbol, double> { [ExprGen.X] = -1.5, [ExprGen.Y] = 0, [ExprGen.Z] = 0, [ExprGen.P] = 1 };
        Assert.Equal(1.5, raw.Evaluate(point).Real, 12);
        Assert.Equal(-1.5, Evaluator.Evaluate(ExprGen.X, point.ToDictionary(kv => kv.Key, kv => new Complex(kv.Value, 0))).Real, 12);
        Assert.Equal(Symbolic.Construction.Build.Abs(ExprGen.X), raw.Build());
    }

    private static bool Moderate(Complex z) =>
        double.IsFinite(z.Real) && double.IsFinite(z.Imaginary) && Complex.Abs(z) < 1e6;

    /// <summary>
    /// A tiny nonzero imaginary part means a value on a branch cut up to rounding, where the naive and the
    /// engine's evaluation may legitimately land on opposite sides; such points decide nothing.
    /// </summary>
    private static bool NearBranchCut(Complex z) => z.Imaginary != 0 && Math.Abs(z.Imaginary) < 1e-9 * (1 + Math.Abs(z.Real));
}
