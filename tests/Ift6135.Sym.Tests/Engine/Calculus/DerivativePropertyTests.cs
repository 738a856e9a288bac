using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Tests.Engine.Generators;

namespace Ift6135.Sym.Tests.Engine.Calculus;

public class DerivativePropertyTests
{
    /// <summary>The symbolic derivative agrees with a central finite difference at random points.</summary>
    [Theory]
    [InlineData("x")]
    [InlineData("p")]
    public void AgreesWithCentralDifferences(string variable)
    {
        var v = ExprGen.Symbols.Single(s => s.Name == variable);
        var points = ExprGen.Samples(ExprGen.Point, 20261123, 400).ToList();
        var compared = 0;
        var k = 0;
        foreach (var e in ExprGen.Samples(ExprGen.Expression, 42, 400))
        {
            var d = Differentiation.Diff(e, v);
            for (var j = 0; j < 2; j++)
                if (CompareAt(e, d, v, points[(k + j) % points.Count])) compared++;
            k += 2;
        }
        Assert.True(compared > 300, $"only {compared} points were comparable");
    }

    private static bool CompareAt(Expr e, Expr d, Symbol v, Dictionary<Symbol, double> point)
    {
        var x0 = point[v];
        var h = 1e-5 * Math.Max(1, Math.Abs(x0));
        double? At(double t) { var q = new Dictionary<Symbol, double>(point) { [v] = t }; return NumericCheck.ValueAt(e, q); }
        if (At(x0) is not { } f0 || At(x0 + h) is not { } fp || At(x0 - h) is not { } fm) return false;
        if (v.Facts.HasFlag(Symbolic.Assumptions.Facts.Positive) && x0 - h <= 0) return false;
        if (NumericCheck.ValueAt(d, point) is not { } exact) return false;
        var scale = Math.Max(1, Math.Max(Math.Abs(f0), Math.Abs(exact)));
        if (scale > 1e4) return false;           // steep or huge: the difference quotient itself is unreliable
        var fd = (fp - fm) / (2 * h);
        // Near a pole or a kink the second difference is large; there the quotient says nothing.
        var curvature = Math.Abs(fp - 2 * f0 + fm) / (h * h);
        if (curvature > 1e4) return false;
        Assert.True(Math.Abs(fd - exact) <= 1e-4 * scale, $"d/d{v} of {e} is {d} = {exact} but the difference quotient is {fd} at {NumericCheck.Describe(point)}");
        return true;
    }

    /// <summary>
    /// The derivative of the logit of a two-sigmoid mixture (the assignment's model) stays a short quotient:
    /// u'/(u(1 - u)) with u' = w a1 s1(1 - s1) + (1 - w) a2 s2(1 - s2), not an expanded polynomial in sigmoids.
    /// </summary>
    [Fact]
    public void LogitOfSigmoidMixtureIsShort()
    {
        Symbol z = Symbol.Of("z"), w = Symbol.Of("w"), a1 = Symbol.Of("a1"), b1 = Symbol.Of("b1"), a2 = Symbol.Of("a2"), b2 = Symbol.Of("b2");
        var s1 = Build.Sigmoid(a1 * z + b1);
        var s2 = Build.Sigmoid(a2 * z + b2);
        var u = w * s1 + (1 - w) * s2;
        var du = w * a1 * s1 * (1 - s1) + (1 - w) * a2 * s2 * (1 - s2);
        var expected = du * u.Pow(-1) * (1 - u).Pow(-1);
        var d = Differentiation.Diff(Build.Logit(u), z);
        Assert.Equal(expected, d);
        Assert.True(Size.Of(d) <= Size.Of(expected), d.ToString());
    }
}
