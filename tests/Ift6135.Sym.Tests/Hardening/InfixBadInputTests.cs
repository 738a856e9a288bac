using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;
using Ift6135.Sym.Symbolic.Safety;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// Bad infix input (the syntax of parameter files and the calc command): each case names the
/// expected message fragment and the line:column the caret must point at. Every case runs under
/// a time budget, so a hang fails the test instead of stalling the suite.
/// </summary>
public sealed class InfixBadInputTests
{
    public static TheoryData<string, string, int, int> Cases() => new()
    {
        // text, expected fragment, line, column
        { "", "expected a number, a name or '('", 1, 1 },
        { "   ", "expected a number, a name or '('", 1, 4 },
        { "x +", "expected a number, a name or '('", 1, 4 },
        { "(x + 1", "expected ')' to close the '(' at column 1", 1, 7 },
        { "((x + 1)", "expected ')' to close the '(' at column 1", 1, 9 },
        // An operand read from a file (@path) may span lines: the '(' is then named with its line.
        { "(x\n + 1", "expected ')' to close the '(' at line 1, column 1", 2, 5 },
        { "x + 1)", "unexpected ')'", 1, 6 },
        { "sin(x", "')'", 1, 6 },
        { "sin x", "expected '(' after the function name 'sin'", 1, 5 },
        { "2x", "implicit multiplication is not allowed", 1, 2 },
        { "x y", "write x*y", 1, 3 },
        { "x ^", "expected a number, a name or '('", 1, 4 },
        { "x $ y", "unexpected character '$'", 1, 3 },
        { "x \\cdot y", "unexpected character '\\'", 1, 3 },
        { "x \u2013 y", "U+2013 EN DASH looks like '-'", 1, 3 },
        { "x \u00d7 y", "U+00D7 MULTIPLICATION SIGN looks like '*'", 1, 3 },
        { "x +\u200b y", "U+200B ZERO WIDTH SPACE", 1, 4 },
        { "\u0445 + 1", "CYRILLIC SMALL LETTER HA looks like 'x'", 1, 1 },
        { "x \uff0b y", "FULLWIDTH PLUS SIGN", 1, 3 },
        { "x\0", "U+0000", 1, 2 },
        { "x / 0", "division by zero", 1, 3 },
        { "0^(-1)", "0 to a negative power", 1, 2 },
        { "1e999999", "is not a number", 1, 1 },
        { "1/0", "division by zero", 1, 2 },
        { "sin(x, y)", "sin takes 1 argument, got 2", 1, 1 },
        { "atan2(x)", "atan2 takes 2 arguments, got 1", 1, 1 },
        { "max()", "expected an argument, found ')'", 1, 5 },
        { "mu[", "expected a number, a name or '('", 1, 4 },
        { "mu[i", "expected ']' to close the '['", 1, 5 },
        { "x,", "unexpected ','", 1, 2 },
        { "x = 1", "unexpected '='", 1, 3 },
        { "sin'(x)", "'sin' is a known function", 1, 1 },
        { "f'x", "'(' after f'", 1, 3 },
        { "x +\n\n  * y", "expected a number, a name or '('", 3, 3 },
        { "x\r\n+ )", "expected a number, a name or '('", 2, 3 },
        { "sum(x, k, 1)", "expected ',' then the upper bound of the sum, found ')'", 1, 12 },
        { new string('9', 20_001), "digits is longer than the limit of 10000 (MaxNumberDigits; raise it with --max-digits DIGITS)", 1, 1 },
        // The whole text is level 1; the 200th bracket opens level 201, reported at what follows it.
        { new string('(', 5_000) + "x" + new string(')', 5_000), "nesting deeper than 200 levels", 1, 201 },
        { string.Concat(Enumerable.Repeat("-", 100_000)) + "x", "nesting deeper than 200 levels", 1, 201 },
        { string.Join("^", Enumerable.Repeat("x", 50_000)), "nesting deeper than 200 levels", 1, 401 },
        { string.Concat(Enumerable.Repeat("sin(", 3_000)) + "x" + new string(')', 3_000), "nesting deeper than 200 levels", 1, 801 },
        { "x + )" + new string(' ', 300_000), "expected a number, a name or '('", 1, 5 },
    };

    [Theory]
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Bad_infix_input_is_refused_with_a_located_message(string text, string expected, int line, int column)
    {
        var error = ParseUnderBudget(text);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
        var formatted = error.Format("params.txt");
        Assert.StartsWith($"params.txt:{line}:{column}: ", formatted, StringComparison.Ordinal);
        Assert.Contains("^", formatted.Split('\n')[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x\u00a0+ y")]
    [InlineData("x\u2009+\ty")]
    [InlineData("x \u2212 (-y)")]
    public void Harmless_unicode_spaces_and_the_minus_sign_are_read_as_their_ascii_meaning(string text) =>
        Assert.Equal("x + y", InfixParser.Parse(text, new SymbolTable()).ToString());

    [Fact]
    public void The_nesting_limit_is_configurable_and_its_value_is_reported()
    {
        var text = new string('(', 30) + "x" + new string(')', 30);
        using (SafetyLimits.Use(SafetyLimits.Default with { MaxNestingDepth = 10 }))
            Assert.Contains("nesting deeper than 10 levels", ParseUnderBudget(text).Message, StringComparison.Ordinal);
        Assert.Equal("x", InfixParser.Parse(text, new SymbolTable()).ToString());
    }

    private static ParseError ParseUnderBudget(string text)
    {
        try
        {
            var result = Guarded.Run(() => InfixParser.Parse(text, new SymbolTable()), TimeSpan.FromSeconds(10));
            Assert.Fail($"expected a parse error, got {result.Outcome} {result.Value} {result.Detail}");
            return null!;
        }
        catch (ParseException e) { return e.Error; }
    }
}
