using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;
using Ift6135.Sym.Symbolic.Printing;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Symbolic.Safety;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// Runs one untrusted input through a pipeline under <see cref="Guarded"/> and classifies the end:
/// a parse error or a documented limit is a good end; any other exception, or work that ignores
/// its time budget, is a crash, reported with the input that caused it.
/// </summary>
internal static class FuzzHarness
{
    public static int Iterations(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var n) && n > 0 ? n : fallback;

    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    /// <summary>Null when the input ended well, else a description of the crash.</summary>
    public static string? Check(string input, Func<string, object?> pipeline)
    {
        try
        {
            var result = Guarded.Run(() => pipeline(input), Budget);
            // A reported time-out is a good end; work that ignored the budget and had to be abandoned is a hang.
            return result.Abandoned ? $"hang: the work did not stop within its budget of {Budget.TotalSeconds} s (+ grace)" : null;
        }
        catch (ParseException e)
        {
            return IsLocated(e.Error, input) ? null : $"badly located parse error '{e.Message}' at {e.Error.Span}";
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }
    }

    /// <summary>A parse error's place must exist in the input (line within the text, column within the line + 1).</summary>
    private static bool IsLocated(ParseError error, string input)
    {
        var lines = input.Replace("\r\n", "\n").Split('\n');
        return error.Span.Line >= 1 && error.Span.Line <= lines.Length
            && error.Span.Column >= 1 && error.Span.Column <= lines[error.Span.Line - 1].Length + 1
            && !string.IsNullOrWhiteSpace(error.Message);
    }

    /// <summary>Parse, print both ways, read the print back, differentiate, simplify, and decide print == original.</summary>
    public static object? InfixPipeline(string text)
    {
        var table = new SymbolTable();
        table.DeclareFunction("f");
        var e = InfixParser.Parse(text, table);
        var printed = InfixPrinter.Print(e);
        _ = LatexPrinter.Print(e);
        var back = Reparse(printed, table);
        var x = table.Get("x");
        _ = InfixPrinter.Print(Differentiation.Diff(e, x));
        _ = Simplifier.Simplify(e);
        var options = EquivalenceOptions.Default with { TimeBudget = TimeSpan.FromMilliseconds(300), Points = 8 };
        return EquivalenceChecker.Decide(e, back, Assumptions.None, options);
    }

    /// <summary>
    /// Reads printed text back. The engine may compute numbers longer than a user may type (a product
    /// of long numbers), so the digit limit is the printed text's length here: the round trip is what
    /// is tested, not the input limits (a parse error in our own print would not be located in the input).
    /// </summary>
    public static Expr Reparse(string printed, SymbolTable table)
    {
        using var limits = SafetyLimits.Use(SafetyLimits.Current with { MaxNumberDigits = Math.Max(SafetyLimits.Current.MaxNumberDigits, printed.Length) });
        return InfixParser.Parse(printed, table);
    }

    public static void AssertNoCrashes(IEnumerable<string> inputs, Func<string, object?> pipeline)
    {
        var crashes = new List<string>();
        foreach (var input in inputs)
            if (Check(input, pipeline) is { } crash)
                crashes.Add($"input {Show(input)}:\n{crash}");
        Assert.True(crashes.Count == 0, $"{crashes.Count} crash(es):\n\n" + string.Join("\n\n", crashes.Take(10)));
    }

    public static string Show(string input) =>
        System.Text.Json.JsonSerializer.Serialize(input.Length > 300 ? input[..300] + "..." : input);
}
