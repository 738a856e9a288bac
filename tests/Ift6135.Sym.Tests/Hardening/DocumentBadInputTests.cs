using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;
using Ift6135.Sym.Symbolic.Safety;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// Whole student documents through the checker: each bad one gives a located input error and exit
/// code 2 (or, for a document without any derivation, says so), never an exception.
/// </summary>
public sealed class DocumentBadInputTests
{
    private static CheckReport Check(string text)
    {
        var result = Guarded.Run(() => Checker.CheckText(text, "hw.tex"), TimeSpan.FromSeconds(20));
        Assert.True(result.Completed, result.Detail);
        return result.Value!;
    }

    public static TheoryData<string, string, int, int> BadDocuments() => new()
    {
        { "\\begin{align}\n x &= \\frac{1}{ \\\\\n\\end{align}\n", "expected an expression", 2, 17 },
        { "\\begin{equation}\n \\input{/etc/passwd} = 1\n\\end{equation}\n", "\\input", 2, 2 },
        { "\\begin{equation}\n x = 1\n\\end{align}\n", "found '\\end'", 3, 1 },
        { "text\0more\n", "NUL byte", 1, 5 },
        { "ok\n\u001b[2J $x=1$\n", "control character U+001B", 2, 1 },
        { "\\begin{align}\n x &= (1 + y \\\\\n &= 2\n\\end{align}\n", "')'", 2, 14 },
        { "\\begin{align}\r\n x &= 1 +\r\n\\end{align}\r\n", "expected an expression", 3, 1 },
        { "\uFEFF\\begin{align}\n x &= 1 +\n\\end{align}\n", "expected an expression", 3, 1 },
        { "% assume: x >\n\\[ x = x \\]\n", "expected", 1, 14 },
        { "\\[ " + new string('(', 5_000) + "x" + new string(')', 5_000) + " = x \\]", "nesting deeper than 200 levels", 1, 204 },
        { "\\begin{align}\n (x + 1)^2 &= x^2 + 2x + 1 \\\\\n &\\ge \\end{align}\n", "expected an expression after '\\ge', found the end of the align", 3, 3 },
    };

    [Theory]
    [MemberData(nameof(BadDocuments), DisableDiscoveryEnumeration = true)]
    public void A_bad_document_gives_a_located_error_and_exit_code_2(string text, string expected, int line, int column)
    {
        var report = Check(text);
        Assert.Equal(2, report.ExitCode);
        var error = Assert.Single(report.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
        Assert.Equal((line, column), (error.Line, error.Column));
        var printed = TextReportFormatter.Format(report);
        Assert.Contains($"hw.tex:{line}:{column}", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
    }

    /// <summary>An unclosed environment, a stray \end, an unclosed $ or \[: located at the delimiter.</summary>
    [Theory]
    [InlineData("Proof.\n\\begin{align}\n x &= 1 \\\\\n", "align", 2, 1)]
    [InlineData("\\end{align}\n", "align", 1, 1)]
    [InlineData("Then $x = 1 and done.\n", "$", 1, 6)]
    [InlineData("\\[ x = 1 \n", "\\]", 1, 1)]
    public void An_unclosed_math_environment_is_an_error(string text, string expected, int line, int column) =>
        A_bad_document_gives_a_located_error_and_exit_code_2(text, expected, line, column);

    [Theory]
    [InlineData("")]
    [InlineData("Just prose, no mathematics at all.\n")]
    [InlineData("\\documentclass{article}\n\\begin{document}\nNothing here.\n\\end{document}\n")]
    public void A_document_without_any_derivation_says_so(string text)
    {
        var report = Check(text);
        Assert.Empty(report.Chains);
        Assert.Contains("no derivation", TextReportFormatter.Format(report), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_ten_megabyte_line_is_refused_by_its_size()
    {
        var report = Check("$" + new string('x', 10 << 20) + "$");
        Assert.Equal(2, report.ExitCode);
        Assert.Contains("exceeds the limit of 1048576 bytes", Assert.Single(report.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_on_disk_is_refused_with_its_place()
    {
        var path = Path.Combine(Path.GetTempPath(), $"harden-{Environment.ProcessId}.tex");
        try
        {
            File.WriteAllBytes(path, [0x25, 0x50, 0x44, 0x46, 0x0A, 0xE2, 0xE3, 0xCF, 0xD3]);
            var report = Checker.CheckFile(path);
            Assert.Equal(2, report.ExitCode);
            var error = Assert.Single(report.Errors);
            Assert.Equal((2, 1), (error.Line, error.Column));
            Assert.Contains("not UTF-8 text", error.Message, StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Crlf_and_a_byte_order_mark_leave_positions_as_an_editor_shows_them()
    {
        var lf = Check("\\begin{align}\n x &= (1 \\\\\n\\end{align}\n");
        var crlf = Check("\uFEFF\\begin{align}\r\n x &= (1 \\\\\r\n\\end{align}\r\n");
        Assert.Equal(lf.Errors.Select(e => (e.Line, e.Column, e.Message)), crlf.Errors.Select(e => (e.Line, e.Column, e.Message)));
    }
}
