using System.Globalization;
using System.Numerics;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Grading.Documents;

/// <summary>
/// A complexity class as a reader writes it: O(1), O(K), O(K^2), O(K^2.37), O(K log K), O(log K), never
/// O(K^1) or O(K^0). <see cref="Plain"/> is for text feedback, <see cref="Latex"/> for the documents.
/// </summary>
public static class BigOClass
{
    public static string Plain(BigOAnswer b)
    {
        var power = b.Exponent switch
        {
            Number { Value.IsZero: true } => "",
            Number { Value.IsOne: true } => b.Variable,
            Number { Value: var p } => $"{b.Variable}^{Decimal(p) ?? (p.IsInteger ? p.ToString() : $"({p})")}",
            var e => $"{b.Variable}^({e})",
        };
        return $"O({Join(power, LogPlain(b))})";
    }

    public static string Latex(BigOAnswer b)
    {
        var power = b.Exponent switch
        {
            Number { Value.IsZero: true } => "",
            Number { Value: var p } when !p.IsInteger && Decimal(p) is { } d => $"{b.Variable}^{{{d}}}",
            var e => LatexPrinter.Print(Build.Pow(Symbol.Of(b.Variable), e)),
        };
        var log = b.LogPower switch { 0 => "", 1 => $@"\log {b.Variable}", var q => $@"\log^{{{q}}} {b.Variable}" };
        return $@"O\left({Join(power, log)}\right)";
    }

    private static string LogPlain(BigOAnswer b) => b.LogPower switch { 0 => "", 1 => $"log {b.Variable}", var q => $"log^{q} {b.Variable}" };

    /// <summary>The factors side by side; no factor at all is the constant class, 1.</summary>
    private static string Join(string power, string log) => (power, log) switch
    {
        ("", "") => "1",
        ("", _) => log,
        (_, "") => power,
        _ => $"{power} {log}",
    };

    /// <summary>2.37 rather than 237/100: an exponent with a finite decimal expansion (at most 6 digits), else null.</summary>
    private static string? Decimal(Symbolic.Numbers.BigRational p)
    {
        if (p.IsInteger) return null;
        for (var digits = 1; digits <= 6; digits++)
        {
            if (BigInteger.Pow(10, digits) % p.Denominator != 0) continue;
            var scaled = p.Numerator * BigInteger.Pow(10, digits) / p.Denominator;
            var text = BigInteger.Abs(scaled).ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
            return $"{(scaled.Sign < 0 ? "-" : "")}{text[..^digits]}.{text[^digits..]}";
        }
        return null;
    }
}
