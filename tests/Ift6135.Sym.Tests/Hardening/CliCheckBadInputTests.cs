using System.Diagnostics;
using System.Text;
using Ift6135.Sym.Tests.Cli;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// `check` and `calc` on hostile files and operands, end to end through the command line: the
/// expected message (which limit, its value, how to raise it; or what is wrong and where) and exit
/// code, within a few seconds, never a stack trace.
/// </summary>
public sealed class CliCheckBadInputTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>File bytes, extra arguments, expected exit code, expected text in the output (stdout + stderr).</summary>
    public static TheoryData<string, byte[], string[], int, string> Files() => new()
    {
        { "empty file", [], [], 2, "no derivation found" },
        { "prose only", Utf8("Just words, no mathematics.\n"), [], 2, "no derivation found" },
        { "inline math without a relation", Utf8("Let $x$ be real.\n"), [], 2, "no derivation found" },
        { "binary data", [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x89, 0x50, 0x4E, 0x47], [], 2, "byte 0xFF is not UTF-8 text" },
        { "NUL byte", Utf8("\\[ x = x \0 \\]\n"), [], 2, "1:10: error: NUL byte in the text" },
        { "control character", Utf8("\\[ x = \u0007x \\]\n"), [], 2, "control character U+0007" },
        { "broken UTF-16", [0xFF, 0xFE, 0x41], [], 2, "not valid UTF-16" },
        { "byte-order mark", [.. Bom, .. Utf8("\\[ x + x = 2x \\]\n")], [], 0, "1:12: valid (symbolic)" },
        { "CRLF line ends keep line numbers", Utf8("\\begin{align}\r\n x + x &= 2x \\\\\r\n &= 3x\r\n\\end{align}\r\n"), [], 1, ":3:5: INVALID" },
        { "lone CR line ends", Utf8("text\r\\[ x + x = 3x \\]\r"), [], 1, ":2:" },
        { "Unicode minus", Utf8("\\[ x \u2212 x = 0 \\]\n"), [], 2, "U+2212 MINUS SIGN looks like '-' but is not; write '-'" },
        { "en dash", Utf8("\\[ x \u2013 x = 0 \\]\n"), [], 2, "U+2013 EN DASH looks like '-'" },
        { "multiplication sign", Utf8("\\[ 2 \u00D7 x = 2x \\]\n"), [], 2, "U+00D7 MULTIPLICATION SIGN looks like '*'" },
        { "fullwidth plus", Utf8("\\[ x \uFF0B x = 2x \\]\n"), [], 2, "U+FF0B FULLWIDTH PLUS SIGN looks like '+'" },
        { "zero-width space", Utf8("\\[ x\u200B + x = 2x \\]\n"), [], 2, "U+200B ZERO WIDTH SPACE" },
        { "\\input", Utf8("\\input{answers}\n\\[ x = x \\]\n"), [], 2, "1:1: error: \\input is not followed" },
        { "\\include", Utf8("\\include{q1}\n\\[ x = x \\]\n"), [], 2, "\\include is not followed" },
        { "\\write18", Utf8("\\immediate\\write18{rm -rf /}\n\\[ x = x \\]\n"), [], 2, "\\write18 is refused" },
        { "\\def", Utf8("\\def\\foo{x}\n\\[ \\foo = x \\]\n"), [], 2, "1:1: error: \\def: macro definitions are not expanded" },
        { "\\newcommand", Utf8("\\newcommand{\\foo}{x}\n\\[ \\foo = x \\]\n"), [], 2, "\\newcommand: macro definitions are not expanded" },
        { "\\input in a comment is only a comment", Utf8("% \\input{old}\n\\[ x + x = 2x \\]\n"), [], 0, "1 valid" },
        { "unknown command", Utf8("\\[ \\frobnicate{x} = x \\]\n"), [], 2, "1:4: error: expected an expression, found '\\frobnicate'" },
        { "unbalanced brace", Utf8("\\[ \\frac{x}{2 = x \\]\n"), [], 2, "error:" },
        { "a 10,001-digit number", Utf8($"\\[ {new string('7', 10_001)} = 1 \\]\n"), [], 2, "digits is longer than the limit of 10000 (MaxNumberDigits; raise it with --max-digits DIGITS)" },
        { "a 10,001-digit number with the limit raised", Utf8($"\\[ {new string('7', 10_001)} = {new string('7', 10_001)} \\]\n"), ["--max-digits", "20000"], 0, "1 valid" },
        { "a 10,000-digit number is within the limit", Utf8($"\\[ {new string('3', 10_000)} + 1 = 1 + {new string('3', 10_000)} \\]\n"), [], 0, "1 valid" },
        { "x^{10^{100}} stays unexpanded", Utf8("\\[ x^{10^{100}} \\cdot x = x^{10^{100} + 1} \\]\n"), [], 0, "1 valid" },
        { "2^{10^{100}} stays unevaluated", Utf8("\\[ 2^{10^{100}} \\cdot 2 = 2^{10^{100} + 1} \\]\n"), [], 0, "1 valid" },
        { "(a+b)^{100000} is compared without expanding", Utf8("\\[ (a+b)^{100000} = (b+a)^{100000} \\]\n"), [], 0, "1 valid" },
        { "a file of 1 MB + 1 byte", Utf8("\\[ x = x \\]\n" + new string('%', (1 << 20) - 12) + "\n"), [], 2, "input of 1048577 bytes exceeds the limit of 1048576 bytes (MaxInputBytes; raise it with --max-input-bytes BYTES)" },
        { "a file of 1 MB + 1 byte with the limit raised", Utf8("\\[ x = x \\]\n" + new string('%', (1 << 20) - 12) + "\n"), ["--max-input-bytes", "2000000"], 0, "1 valid" },
        { "a 10 MB line", Utf8("\\[ x = " + new string('x', 10 << 20) + " \\]\n"), [], 2, "exceeds the limit of 1048576 bytes (MaxInputBytes; raise it with --max-input-bytes BYTES)" },
        { "10^6 nested braces", Utf8("\\[ " + new string('{', 1_000_000) + "x" + new string('}', 1_000_000) + " = x \\]\n"), [], 2, "exceeds the limit of 1048576 bytes (MaxInputBytes" },
        { "10^6 nested braces with the size limit raised", Utf8("\\[ " + new string('{', 1_000_000) + "x" + new string('}', 1_000_000) + " = x \\]\n"), ["--max-input-bytes", "3000000"], 2, "nesting deeper than 200 levels (groups, brackets, fractions or signs) (MaxNestingDepth; raise it with --max-nesting LEVELS)" },
        { "300 nested fractions with the nesting limit raised", Utf8("\\[ " + string.Concat(Enumerable.Repeat("\\frac{1}{1+", 150)) + "x" + new string('}', 150) + " = 1 \\]\n"), ["--max-nesting", "100"], 2, "nesting deeper than 100 levels" },
    };

    [Theory]
    [MemberData(nameof(Files), DisableDiscoveryEnumeration = true)]
    public void Check_on_a_hostile_file_gives_its_message_and_exit_code(string what, byte[] bytes, string[] extra, int exitCode, string expected)
    {
        var path = TempFile.WithBytes(bytes, "hostile.tex");
        var clock = Stopwatch.StartNew();
        var run = CliHarness.Run(["check", path, .. extra]);
        clock.Stop();
        var all = run.Out + run.Error;
        Assert.True(run.ExitCode == exitCode, $"{what}: exit {run.ExitCode}, expected {exitCode}\n{Head(all)}");
        Assert.True(all.Contains(expected, StringComparison.Ordinal), $"{what}: expected '{expected}' in\n{Head(all)}");
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.True(all.Length < 20_000, $"{what}: {all.Length} characters of output");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"{what}: took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Operands for calc: arguments, expected exit code, expected text.</summary>
    public static TheoryData<string, string[], int, string> Operands() => new()
    {
        { "(a+b)^100000 expanded", ["calc", "expand", "(a + b)^100000"], 2, "would produce 100001 terms, more than the limit of 10000 (MaxExpansionTerms; raise it with --max-terms TERMS)" },
        { "the term limit lowered", ["calc", "expand", "(a + b)^20", "--max-terms", "10"], 2, "more than the limit of 10 (MaxExpansionTerms" },
        { "the term limit raised", ["calc", "expand", "(a + b + c)^30", "--max-terms", "1000"], 0, "a^30" },
        // 10^100 (333 bits) is within the exact-result bound and prints in full; what matters is that the power stays unexpanded.
        { "x^(10^100) stays unexpanded", ["calc", "simplify", "x^(10^100) * x"], 0, "x^1" + new string('0', 99) + "1" },
        { "2^(10^100) stays unevaluated", ["calc", "simplify", "2^(10^100)"], 0, "2^1" + new string('0', 100) },
        { "a 10,001-digit number", ["calc", "simplify", new string('9', 10_001)], 2, "(MaxNumberDigits; raise it with --max-digits DIGITS)" },
        { "a 10,000-digit number", ["calc", "simplify", new string('9', 10_000) + " - " + new string('9', 10_000)], 0, "0" },
        { "the digit limit lowered", ["calc", "simplify", "123456 + 1", "--max-digits", "5"], 2, "a number of 6 digits is longer than the limit of 5" },
        { "10^6 nested brackets", ["calc", "simplify", new string('(', 1_000_000) + "x" + new string(')', 1_000_000)], 2, "nesting deeper than 200 levels (brackets, signs or powers) (MaxNestingDepth; raise it with --max-nesting LEVELS)" },
        { "the nesting limit raised", ["calc", "simplify", new string('(', 300) + "x" + new string(')', 300), "--max-nesting", "400"], 0, "x" },
        { "a non-positive limit", ["calc", "simplify", "x", "--max-terms", "0"], 2, "--max-terms must be positive (got 0)" },
        { "a limit that is not a number", ["calc", "simplify", "x", "--step-time", "soon"], 2, "soon" },
        { "a NaN time", ["calc", "simplify", "x", "--calc-time", "NaN"], 2, "--calc-time" },
    };

    [Theory]
    [MemberData(nameof(Operands), DisableDiscoveryEnumeration = true)]
    public void Calc_on_a_hostile_operand_gives_its_message_and_exit_code(string what, string[] args, int exitCode, string expected)
    {
        var clock = Stopwatch.StartNew();
        var run = CliHarness.Run(args);
        clock.Stop();
        var all = run.Out + run.Error;
        Assert.True(run.ExitCode == exitCode, $"{what}: exit {run.ExitCode}, expected {exitCode}\n{Head(all)}");
        Assert.True(all.Contains(expected, StringComparison.Ordinal), $"{what}: expected '{expected}' in\n{Head(all)}");
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"{what}: took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void Check_on_a_folder_says_it_is_a_folder()
    {
        // Found by hand: "cannot read subs: subs: no such file" for a folder that exists.
        var folder = Directory.CreateTempSubdirectory("ift6135-check-").FullName;
        try
        {
            var run = CliHarness.Run("check", folder);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("is a folder", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("no such file", run.Error, StringComparison.Ordinal);
        }
        finally { Directory.Delete(folder); }
    }

    private static string Head(string s) => s.Length > 1500 ? s[..1500] + "..." : s;
}
