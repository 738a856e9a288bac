using Ift6135.Sym.Checking;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using Ift6135.Sym.Symbolic.Safety;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// Hostile LaTeX math: each case names the message fragment saying what was expected and the
/// place of the caret. Every case runs under a time budget so that a hang fails instead of stalling.
/// </summary>
public sealed class LatexBadInputTests
{
    public static TheoryData<string, string, int, int> MathCases() => new()
    {
        { "", "expected an expression", 1, 1 },
        { "x + ", "expected an expression", 1, 5 },
        { @"\frac{1}{", "expected an expression", 1, 10 },
        { @"\frac{1}{2", "'}'", 1, 11 },
        // Found by hand: the argument's brace was not named, unlike a bare group's, so an unclosed \frac pointed at the end only.
        { @"\frac{1}{2", "expected '}' closing the '{' at column 9", 1, 11 },
        { @"\sqrt{x + 1", "expected '}' closing the '{' at column 6", 1, 12 },
        { @"\frac{1}", "expected a superscript or argument (a digit, a letter, a command or a {group}), found the end", 1, 9 },
        { "{x + 1", "expected '}' closing the '{' at column 1", 1, 7 },
        { "x + 1}", "'}'", 1, 6 },
        { "(x + 1", "')'", 1, 7 },
        { "x + 1)", "')'", 1, 6 },
        { @"\left( x + 1", "expected ')' closing the '(' at column 6", 1, 13 },
        // A formula over several lines reports the error where it ends: the opening brace then needs its line too.
        { "y\n + \\frac{a}{b + 1\n", "expected '}' closing the '{' at line 2, column 12", 3, 1 },
        { "\\sqrt{y\n + 1", "expected '}' closing the '{' at line 1, column 6", 2, 5 },
        { "(y\n + 1", "expected ')' closing the '(' at line 1, column 1", 2, 5 },
        { "\\left( y\n + 1", "expected ')' closing the '(' at line 1, column 6", 2, 5 },
        { @"\left( x + 1 \right]", "']'", 1, 20 },
        { @"\begin{pmatrix} 1 & 2", @"\end{pmatrix}", 1, 22 },
        { @"\begin{pmatrix} 1 \end{bmatrix}", "pmatrix", 1, 1 },
        { @"\begin{cases} x \end{cases}", "cases", 1, 1 },
        { @"\foo x", @"\foo", 1, 1 },
        { @"\input{/etc/passwd}", @"\input", 1, 1 },
        { @"\include{secret}", @"\include", 1, 1 },
        { @"\write18{rm -rf ~}", @"\write", 1, 1 },
        { @"\immediate\write18{ls}", @"\immediate", 1, 1 },
        { @"\def\x{1} \x", @"\def", 1, 1 },
        { @"\newcommand{\x}{1}", @"\newcommand", 1, 1 },
        { @"\csname x\endcsname", @"\csname", 1, 1 },
        { @"\catcode`\^=11", @"\catcode", 1, 1 },
        { "x^", "superscript", 1, 3 },
        { "x^{", "expected an expression", 1, 4 },
        { "x_", "subscript", 1, 3 },
        { @"\sqrt", "expected", 1, 6 },
        { @"\sqrt[3", "']'", 1, 8 },
        { @"\sum_{i=1}^{n", "'}'", 1, 14 },
        { "|x + 1", "'|'", 1, 7 },
        { @"\|x", @"'\|'", 1, 4 },
        { "x !", "factorials are not supported", 1, 3 },
        { "x \u2013 y", "U+2013 EN DASH looks like '-'", 1, 3 },
        { "x \u00d7 y", "U+00D7 MULTIPLICATION SIGN looks like '*'", 1, 3 },
        { "\u0445 + 1", "CYRILLIC SMALL LETTER HA looks like 'x'", 1, 1 },
        { "x +\u200b y", "U+200B ZERO WIDTH SPACE", 1, 4 },
        { "x \uff1d y", "FULLWIDTH EQUALS SIGN", 1, 3 },
        { new string('9', 20_001), "digits is longer than the limit of 10000 (MaxNumberDigits; raise it with --max-digits DIGITS)", 1, 1 },
        { string.Concat(Enumerable.Repeat(@"\frac{1}{", 3_000)) + "x" + new string('}', 3_000), "nesting deeper than 200 levels", 1, 1798 },
        { new string('(', 5_000) + "x" + new string(')', 5_000), "nesting deeper than 200 levels", 1, 201 },
        { string.Concat(Enumerable.Repeat("{", 5_000)) + "x" + new string('}', 5_000), "nesting deeper than 200 levels", 1, 201 },
        { string.Concat(Enumerable.Repeat("x^{", 5_000)) + "x" + new string('}', 5_000), "nesting deeper than 200 levels", 1, 601 },
        { string.Concat(Enumerable.Repeat(@"\sqrt", 5_000)) + " x", "nesting deeper than 200 levels", 1, 1001 },
        { string.Concat(Enumerable.Repeat("-", 100_000)) + "x", "nesting deeper than 200 levels", 1, 203 },
        { string.Concat(Enumerable.Repeat(@"\sin ", 5_000)) + "x", "nesting deeper than 200 levels", 1, 1001 },
    };

    [Theory]
    [MemberData(nameof(MathCases), DisableDiscoveryEnumeration = true)]
    public void Bad_latex_math_is_refused_with_a_located_message(string latex, string expected, int line, int column)
    {
        var error = ParseUnderBudget(latex);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
        Assert.StartsWith($"a.tex:{line}:{column}: ", error.Format("a.tex"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"x^{10^{100}}")]
    [InlineData(@"2^{2^{2^{2^{2^{2}}}}}")]
    [InlineData(@"10^{10^{10}}")]
    [InlineData(@"\left(\frac{3}{7}\right)^{10^{20}}")]
    public void Huge_exponents_stay_unexpanded_powers(string latex)
    {
        var result = Guarded.Run(() => LatexLowering.ParseScalar(latex, LatexContext.Empty), TimeSpan.FromSeconds(10));
        Assert.True(result.Completed, result.Detail);
        Assert.IsType<Power>(result.Value);
    }

    private static ParseError ParseUnderBudget(string latex)
    {
        try
        {
            var result = Guarded.Run(() => LatexLowering.ParseScalar(latex, LatexContext.Empty), TimeSpan.FromSeconds(10));
            Assert.Fail($"expected a parse error, got {result.Outcome} {result.Value} {result.Detail}");
            return null!;
        }
        catch (ParseException e) { return e.Error; }
    }
}
