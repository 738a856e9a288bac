using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Render;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Grading.Documents;

/// <summary>An answer as LaTeX math (without $): every formula printed by the engine's LaTeX printer.</summary>
public static class AnswerLatex
{
    public static string Print(Answer answer, AnswerKind kind) => answer switch
    {
        PixelSetAnswer p => p.Pixels.Count == 0 ? @"\emptyset" : @"\{" + string.Join(", ", p.Pixels.Order().Select(x => $"{x.Row}{x.Column}")) + @"\}",
        ExprAnswer e => LatexPrinter.Print(e.Value),
        MatrixAnswer m => LatexPrinter.Print(m.Value),
        ExprListAnswer l when kind is AnswerKind.Point or AnswerKind.Witness => @"\left(" + string.Join(", ", l.Values.Select(LatexPrinter.Print)) + @"\right)",
        ExprListAnswer l => @"\left\{" + string.Join(", ", l.Values.Select(LatexPrinter.Print)) + @"\right\}",
        BigOAnswer b => @"O\left(" + BigOPower(b) + @"\right)",
        ChoiceAnswer c => @"\text{" + TexPlainText.Escape(c.Choice) + "}",
        BooleanAnswer b => @"\text{" + (b.Value ? "yes" : "no") + "}",
        _ => @"\text{" + TexPlainText.Escape(answer.Canonical) + "}",
    };

    /// <summary>K^{2.37} rather than K^{237/100}: a complexity exponent with a finite decimal expansion is read as a decimal.</summary>
    private static string BigOPower(BigOAnswer b)
    {
        if (b.Exponent is Number { Value: var p } && !p.IsInteger && DecimalDigits(p.Denominator) is { } digits)
        {
            var scaled = p.Numerator * System.Numerics.BigInteger.Pow(10, digits) / p.Denominator;
            var text = System.Numerics.BigInteger.Abs(scaled).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
            var sign = scaled.Sign < 0 ? "-" : "";
            return $"{b.Variable}^{{{sign}{text[..^digits]}.{text[^digits..]}}}";
        }
        return LatexPrinter.Print(Build.Pow(Symbol.Of(b.Variable), b.Exponent));
    }

    /// <summary>The number of decimals of 1/denominator when it terminates (denominator 2^a 5^b, at most 6 digits), else null.</summary>
    private static int? DecimalDigits(System.Numerics.BigInteger denominator)
    {
        for (var digits = 1; digits <= 6; digits++)
            if (System.Numerics.BigInteger.Pow(10, digits) % denominator == 0) return digits;
        return null;
    }
}
