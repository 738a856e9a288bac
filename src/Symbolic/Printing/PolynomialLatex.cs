using System.Text;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Polynomials;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Symbolic.Printing;

/// <summary>
/// A polynomial in one variable as one writes it when that variable is the unknown: descending powers,
/// each coefficient whole and in front (λ² + (α² − 2)λ + 1), where the general printer orders terms by
/// total degree and puts a sum factor last (α²λ + λ² − 2λ + 1).
/// </summary>
internal static class PolynomialLatex
{
    public static string InPowersOf(Expr e, Symbol x)
    {
        var p = UnivariatePolynomial.From(e, x);
        if (p is null || p.Degree < 1) return LatexPrinter.Print(e);
        var text = new StringBuilder();
        for (var k = p.Degree; k >= 0; k--)
        {
            var c = p.Coefficients[k];
            if (c.IsZero) continue;
            var (negative, term) = Term(c, k == 0 ? null : Build.Pow(x, Number.Of(k)));
            text.Append(text.Length == 0 ? (negative ? "-" : "") : negative ? " - " : " + ").Append(term);
        }
        return text.ToString();
    }

    /// <summary>The term c·power without its sign, and whether that sign is minus (the constant term when power is null).</summary>
    private static (bool Negative, string Text) Term(Expr c, Expr? power)
    {
        var printed = LatexPrinter.Print(c);
        var negative = printed.StartsWith('-');
        var magnitude = negative ? printed[1..].TrimStart() : printed;
        if (power is null) return (negative, magnitude);
        var variable = LatexPrinter.Print(power);
        if (c is Sum)
        {
            // The sum's common factor in front: 2(α² − 1)λ, not (2α² − 2)λ.
            var (content, primitive) = Rewrite.ContentAndPrimitive(negative ? Build.Neg(c) : c);
            var factor = content == BigRational.One ? "" : LatexPrinter.Print(Number.Of(content));
            return (negative, factor + Parenthesized(LatexPrinter.Print(primitive)) + variable);
        }
        return (negative, magnitude == "1" ? variable : magnitude + " " + variable);
    }

    private static string Parenthesized(string s) => s.Contains(@"\frac", StringComparison.Ordinal) ? @"\left(" + s + @"\right)" : "(" + s + ")";
}
