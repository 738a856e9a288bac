using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Checking;

/// <summary>
/// A side of a step as the checker read it, printed back by the engine's LaTeX printer: what the tex
/// report shows, so that a misreading is visible and no source text reaches TeX as mathematics.
/// </summary>
public static class SidePrinter
{
    /// <summary>Past this length a side is not printed (the report says so): TeX would choke on a 10,000-digit line.</summary>
    public const int MaxLength = 4000;

    /// <summary>The value in LaTeX, or null when it cannot be printed (too deep, too long).</summary>
    public static string? Print(LatexValue value)
    {
        try
        {
            var printed = value.Set is { } set ? @"\left\{" + string.Join(@",\ ", set.Select(LatexPrinter.Print)) + @"\right\}"
                : value.Matrix is { } m ? LatexPrinter.Print(m)
                : LatexPrinter.Print(value.Scalar!);
            return printed.Length <= MaxLength ? printed : null;
        }
        catch (Exception e) when (e is Symbolic.Safety.LimitExceededException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>An expression in LaTeX for a report's prose, or as the engine writes it when it cannot be printed so.</summary>
    public static string Print(Expr e) => Print(LatexValue.Of(e)) ?? e.ToString();

    /// <summary>The two branches of a side written with ±, printed as "a \text{ or } b".</summary>
    public static string? Branches(string? plus, string? minus) =>
        plus is null || minus is null ? null : plus == minus ? plus : $@"{plus} \quad\text{{or}}\quad {minus}";
}
