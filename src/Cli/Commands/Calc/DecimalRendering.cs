using System.Numerics;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Solving;

namespace Ift6135.Sym.Cli.Commands.Calc;

/// <summary>
/// An approximate number (a + b i with rational parts of a floating-point computation) written as decimals:
/// 452870089761/500000000000 says more than the computation knows; -0.905740179522 says what it knows.
/// </summary>
internal static class DecimalRendering
{
    public static Rendered Of(Expr value, int decimals)
    {
        var (re, im) = ComplexParts.Split(value);
        if (!re.IsNumber(out var a) || !im.IsNumber(out var b)) return Rendered.Of(value);
        if (b.IsZero) return new(Text(a, decimals), Text(a, decimals));
        var sign = b.IsNegative ? "-" : "+";
        var (real, imaginary) = (a.IsZero ? "" : $"{Text(a, decimals)} {sign} ", Text(a.IsZero ? b : b.Abs(), decimals));
        return new($"{real}{imaginary}*i", $"{real}{imaginary} i");
    }

    /// <summary>The value rounded to <paramref name="decimals"/> places, trailing zeros dropped.</summary>
    private static string Text(BigRational x, int decimals)
    {
        var scale = BigInteger.Pow(10, decimals);
        var scaled = BigInteger.Divide(BigInteger.Abs(x.Numerator) * scale * 2 + x.Denominator, x.Denominator * 2);
        var whole = BigInteger.DivRem(scaled, scale, out var fraction);
        var digits = fraction.IsZero ? "" : "." + fraction.ToString().PadLeft(decimals, '0').TrimEnd('0');
        return (x.IsNegative && !scaled.IsZero ? "-" : "") + whole + digits;
    }
}
