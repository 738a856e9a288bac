using CsCheck;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing.Infix;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Tests.Engine.Printing;

/// <summary>Printing then parsing gives back the same canonical expression.</summary>
public class RoundTripTests
{
    /// <summary>A fixed generator state, so that every run checks the same expressions.</summary>
    private static IEnumerable<Expr> Samples(int count)
    {
        var table = PrintingExprGen.NewTable();
        var gen = PrintingExprGen.Expressions(table);
        var pcg = new PCG(7, 20261123);
        for (var k = 0; k < count; k++) yield return gen.Generate(pcg, null, out _);
    }

    [Fact]
    public void InfixPrintThenParseIsIdentity()
    {
        foreach (var e in Samples(2000))
        {
            if (e.Contains(Constant.Undefined)) continue;
            var text = InfixPrinter.Print(e);
            var back = InfixParser.Parse(text, PrintingExprGen.NewTable());
            Assert.True(e.Equals(back), $"{text} read back as {InfixPrinter.Print(back)}");
        }
    }

    /// <summary>Found by the round trip: sqrt(-x/3) for positive x kept (-1/3)^(1/2) unfolded.</summary>
    [Fact]
    public void NegativeNumberLeftUnderARootIsFolded()
    {
        var alpha = Symbol.Positive("alpha");
        var expected = Symbolic.Construction.Build.Mul(Constant.I, Symbolic.Construction.Build.Sqrt(3), Symbolic.Construction.Build.Sqrt(alpha)) / 3;
        Assert.Equal(expected, Symbolic.Construction.Build.Sqrt(-alpha / 3));
    }

    /// <summary>Found by the round trip: sqrt(-4 alpha (x - 1)) left the non-canonical product -4(x - 1) under the root.</summary>
    [Fact]
    public void NumberAndSumLeftUnderARootAreMultipliedOut()
    {
        var alpha = Symbol.Positive("alpha");
        var x = Symbol.Of("x");
        var expected = Symbolic.Construction.Build.Mul(Symbolic.Construction.Build.Sqrt(alpha), Symbolic.Construction.Build.Sqrt(4 - 4 * x));
        Assert.Equal(expected, Symbolic.Construction.Build.Sqrt(Symbolic.Construction.Build.Mul(-4, alpha, x - 1)));
    }

    [Fact]
    public void LatexIsBalanced()
    {
        foreach (var e in Samples(2000))
        {
            var latex = LatexPrinter.Print(e);
            Assert.True(Balanced(latex), latex);
            Assert.DoesNotContain("/", latex);
        }
    }

    private static bool Balanced(string latex)
    {
        var depth = 0;
        foreach (var c in latex)
        {
            if (c == '{') depth++;
            else if (c == '}' && --depth < 0) return false;
        }
        var lefts = latex.Split(@"\left").Length;
        var rights = latex.Split(@"\right").Length;
        return depth == 0 && lefts == rights;
    }
}
