using System.Diagnostics;
using System.Numerics;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;

namespace Ift6135.Sym.Tests.Engine.Numeric;

public class CompiledFunctionTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), N = Symbol.Of("n", Facts.Integer), K = Symbol.Of("k", Facts.Integer);

    [Fact]
    public void PolynomialValue()
    {
        var f = CompiledFunction.Compile(X.Pow(2) + 3 * X - Y, [X, Y]);
        Assert.Equal(4 + 6 - 5, f.Evaluate([2.0, 5.0]));
        Assert.Equal(4 + 6 - 5, f.Evaluate(new ReadOnlySpan<double>([2.0, 5.0])));
    }

    [Fact]
    public void ElementaryFunctionsMatchHandValues()
    {
        var f = CompiledFunction.Compile(Build.Sigmoid(X) + Build.Log(Y) + Build.Exp(X) + Build.Sqrt(Y) + Build.Relu(X - 3), [X, Y]);
        var expected = 1 / (1 + Math.Exp(-0.5)) + Math.Log(4) + Math.Exp(0.5) + 2 + 0;
        Assert.Equal(expected, f.Evaluate([0.5, 4.0]), 12);
    }

    [Fact]
    public void RepeatedSubtreeIsComputedCorrectly()
    {
        var s = Build.Sin(X * Y);
        var f = CompiledFunction.Compile(s.Pow(2) + Build.Mul(3, s) + Build.Cos(s), [X, Y]);
        var v = Math.Sin(1.5 * 2);
        Assert.Equal(v * v + 3 * v + Math.Cos(v), f.Evaluate([1.5, 2.0]), 12);
    }

    [Fact]
    public void SymbolicRangeSumIsLooped()
    {
        // sum_{k=1}^{n} k^2 = n(n+1)(2n+1)/6 = 385 for n = 10.
        var f = CompiledFunction.Compile(Build.IndexedSum(K.Pow(2), K, 1, N), [N]);
        Assert.Equal(385, f.Evaluate([10.0]));
        Assert.Equal(385, f.EvaluateComplex([new Complex(10, 0)]).Real);
    }

    [Fact]
    public void LongNumericSumOfIndexedSymbolsIsUnrolled()
    {
        var mu = Enumerable.Range(1, 100).Select(i => Symbol.Indexed("mu", Facts.Real, Number.Of(i))).ToArray();
        var f = CompiledFunction.Compile(Build.IndexedSum(Symbol.Indexed("mu", Facts.Real, K), K, 1, 100), mu);
        Assert.Equal(5050, f.Evaluate(Enumerable.Range(1, 100).Select(i => (double)i).ToArray()));
    }

    [Fact]
    public void NonRealValueIsNaNInRealAndComplexInComplexVersion()
    {
        var f = CompiledFunction.Compile(Build.Sqrt(X), [X]);
        Assert.True(double.IsNaN(f.Evaluate([-4.0])));
        var z = f.EvaluateComplex([new Complex(-4, 0)]);
        Assert.Equal(0, z.Real, 12);
        Assert.Equal(2, z.Imaginary, 12);
    }

    [Fact]
    public void UndefinedFunctionIsNotCompilable()
    {
        var e = Assert.Throws<NotCompilableException>(() => CompiledFunction.Compile(Apply.Of("f", X) + 1, [X]));
        Assert.Contains("f", e.Message);
    }

    [Fact]
    public void MissingParameterIsNotCompilable() =>
        Assert.Throws<NotCompilableException>(() => CompiledFunction.Compile(X + Y, [X]));

    [Fact]
    public void WrongNumberOfValuesIsRejected() =>
        Assert.Throws<ArgumentException>(() => CompiledFunction.Compile(X + Y, [X, Y]).Evaluate([1.0]));

    [Fact]
    public void EvaluatesManyPointsPerSecond()
    {
        var e = Build.Sigmoid(X * Y + Build.Sin(X)) * Build.Log(1 + X.Pow(2)) + Build.Exp(Build.Neg(Y.Pow(2)));
        var f = CompiledFunction.Compile(e, [X, Y]);
        var args = new double[2];
        var clock = Stopwatch.StartNew();
        var total = 0.0;
        for (var i = 0; i < 200_000; i++) { args[0] = i * 1e-5; args[1] = 1 - i * 1e-5; total += f.Evaluate(args); }
        clock.Stop();
        Assert.True(double.IsFinite(total));
        // The floor is thousands of points per second; 200k points in under 5 s is 40k/s even on a loaded machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"200k evaluations took {clock.Elapsed}");
    }

    [Fact]
    public void CompiledAgreesWithTreeWalkerOnRandomExpressions()
    {
        var gen = new NumericExprGen(7, [X, Y]);
        var compared = 0;
        for (var n = 0; n < 400; n++)
        {
            var e = gen.Next(4);
            var f = CompiledFunction.Compile(e, [X, Y]);
            for (var p = 0; p < 4; p++)
            {
                double x = gen.NextValue(), y = gen.NextValue();
                var reference = Evaluator.Evaluate(e, new Dictionary<Symbol, Complex> { [X] = x, [Y] = y });
                if (!double.IsFinite(reference.Real) || !double.IsFinite(reference.Imaginary)) continue;
                var complex = f.EvaluateComplex([x, y]);
                Assert.True(Close(reference, complex), $"{e} at x={x}, y={y}: tree {reference}, compiled {complex}");
                if (Math.Abs(reference.Imaginary) <= 1e-12 * Math.Max(1, Math.Abs(reference.Real)))
                {
                    var real = f.Evaluate([x, y]);
                    if (!double.IsNaN(real)) Assert.True(Close(reference.Real, real), $"{e} at x={x}, y={y}: tree {reference}, compiled real {real}");
                }
                compared++;
            }
        }
        Assert.True(compared > 800, $"only {compared} finite comparisons");
    }

    [Fact]
    public void TapeTierAndCompiledTierGiveTheSameDoubles()
    {
        // The first calls run on the stack-machine tape, later ones on the compiled lambda: the same
        // operations in the same order, so the same bits (NaN where either is NaN).
        var gen = new NumericExprGen(11, [X, Y]);
        var points = Enumerable.Range(0, 200).Select(_ => new[] { gen.NextValue(), gen.NextValue() }).ToArray();
        var extra = new[] { Build.Max(X, Y, 1) + Build.Min(X, Y), Build.Atan2(Y, X) * Build.Heaviside(X) + Build.Sign(Y), Build.Logit(Build.Sigmoid(X)),
            X.Pow(Number.Of(3, 2)) + Y.Pow(Number.Of(-1, 2)) + X.Pow(Y), Build.Exp(X) * Constant.Pi + Constant.E };
        foreach (var e in Enumerable.Range(0, 150).Select(_ => gen.Next(4)).Concat(extra))
        {
            var f = CompiledFunction.Compile(e, [X, Y]);
            var first = points.Select(p => f.Evaluate(p)).ToArray();
            var later = points.Select(p => f.Evaluate(p)).ToArray();
            for (var i = 0; i < points.Length; i++)
                Assert.True(first[i].Equals(later[i]), $"{e} at ({points[i][0]}, {points[i][1]}): tape {first[i]:R}, compiled {later[i]:R}");
        }
    }

    private static bool Close(Complex a, Complex b) => Complex.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Complex.Abs(a), Complex.Abs(b)));
}
