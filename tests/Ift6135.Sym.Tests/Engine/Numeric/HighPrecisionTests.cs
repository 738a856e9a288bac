using System.Numerics;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Numeric;

namespace Ift6135.Sym.Tests.Engine.Numeric;

public class HighPrecisionTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y");

    // Reference digits of the constants (published expansions), 60 digits each.
    private const string EDigits = "2.71828182845904523536028747135266249775724709369995957496697";
    private const string PiDigits = "3.14159265358979323846264338327950288419716939937510582097494";
    private const string Ln2Digits = "0.693147180559945309417232121458176568075500134360255254120680";

    private static BigFloat Parse(string digits) => BigFloat.From(BigRational.TryParse(digits, out var r) ? r : throw new FormatException(digits));

    private static void AssertClose(BigFloat expected, BigFloat? actual, int bits)
    {
        Assert.NotNull(actual);
        var error = (expected - actual.Value).Abs();
        Assert.True(error.IsZero || error.Magnitude < expected.Magnitude - bits, $"error 2^{error.Magnitude} relative to 2^{expected.Magnitude}");
    }

    [Fact]
    public void ConstantsToSixtyDigits()
    {
        // 60 decimal digits are about 196 bits; the reference strings are truncated, so compare to 190 bits.
        AssertClose(Parse(EDigits), BigFloatMath.Exp(BigFloat.One), 190);
        AssertClose(Parse(PiDigits), BigFloatMath.Pi, 190);
        AssertClose(Parse(Ln2Digits), BigFloatMath.Ln2, 190);
    }

    [Fact]
    public void FunctionsInvertEachOther()
    {
        var x = BigFloat.From(new BigRational(40));
        AssertClose(x, BigFloatMath.Log(BigFloatMath.Exp(x)!.Value), 230);
        var two = BigFloat.From(2);
        AssertClose(two, BigFloatMath.Sqrt(two)!.Value * BigFloatMath.Sqrt(two)!.Value, 250);
        // sin(pi/6) = 1/2, cos(pi/3) = 1/2, atan(1) = pi/4.
        AssertClose(BigFloat.One.ScaleB(-1), BigFloatMath.Sin(BigFloatMath.Pi / BigFloat.From(6)), 230);
        AssertClose(BigFloat.One.ScaleB(-1), BigFloatMath.Cos(BigFloatMath.Pi / BigFloat.From(3)), 230);
        AssertClose(BigFloatMath.Pi.ScaleB(-2), BigFloatMath.Atan(BigFloat.One), 230);
    }

    [Fact]
    public void RationalExpressionsAreExact()
    {
        var e = (X + Y) / (X - Y) + X.Pow(3);
        var v = HighPrecision.TryExact(e, new Dictionary<Symbol, BigRational> { [X] = new(1, 3), [Y] = new(1, 6) });
        // (1/2)/(1/6) + 1/27 = 3 + 1/27 = 82/27
        Assert.Equal(new BigRational(82, 27), v);
    }

    [Fact]
    public void DivisionByZeroIsUndefinedNotAnError() =>
        Assert.Null(HighPrecision.TryExact(1 / X, new Dictionary<Symbol, BigRational> { [X] = BigRational.Zero }));

    [Fact]
    public void TranscendentalIsNotExactButEvaluates()
    {
        var point = new Dictionary<Symbol, BigRational> { [X] = 2 };
        Assert.Null(HighPrecision.TryExact(Build.Log(X), point));
        AssertClose(Parse(Ln2Digits), HighPrecision.TryEvaluate(Build.Log(X), point), 190);
        Assert.Null(HighPrecision.TryEvaluate(Build.Log(X - 3), point));   // log(-1) is not real
    }

    [Fact]
    public void CancellationThatDefeatsDoublesIsResolved()
    {
        // (e^t - 1)(e^t + 1) - (e^(2t) - 1) = 0 exactly; at t = 10^-10 doubles keep only about 6 digits of e^t - 1.
        var t = X / Number.Of(BigInteger.Pow(10, 10));
        var e = (Build.Exp(t) - 1) * (Build.Exp(t) + 1) - (Build.Exp(2 * t) - 1);
        var v = HighPrecision.TryEvaluate(e, new Dictionary<Symbol, BigRational> { [X] = 3 });
        Assert.NotNull(v);
        Assert.True(v.Value.IsZero || v.Value.Magnitude < -200);
    }

    [Fact]
    public void DoublesConvertExactly()
    {
        Assert.Equal(new BigRational(3602879701896397, 36028797018963968), ExactDouble.ToRational(0.1));
        Assert.Equal(new BigRational(-3, 4), ExactDouble.ToRational(-0.75));
    }
}
