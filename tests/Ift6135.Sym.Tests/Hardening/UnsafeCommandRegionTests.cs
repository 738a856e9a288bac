using Ift6135.Sym.Checking;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// The unsafe-command guard scans the text the checker reads: what the document reader skips (comments,
/// "% check: off" regions however the directive is spaced) it skips too, and nothing else.
/// </summary>
public sealed class UnsafeCommandRegionTests
{
    private const string Derivation = "\\[ x + x = 2x \\]\n";

    [Theory]
    [InlineData("% check: off\n\\newcommand{\\R}{\\mathbb{R}}\n% check: on\n")]
    [InlineData("%check:off\n\\newcommand{\\R}{\\mathbb{R}}\n%check:on\n")]
    [InlineData("   %   check :  off\n\\def\\R{x}\n  % check: on\n")]
    [InlineData("Prose. % check: off\n\\input{preamble}\n% check: on\n")]
    [InlineData("% CHECK: OFF\n\\write18{ls}\n% Check: On\n")]
    [InlineData("x % \\input{old}\n")]
    public void Skipped_where_the_reader_skips(string region)
    {
        var report = Checker.CheckText(region + Derivation, "t.tex");
        Assert.Empty(report.Errors);
        Assert.Equal(1, report.Summary.Valid);
    }

    [Theory]
    [InlineData("% check: off\n% check: on\n\\newcommand{\\R}{x}\n", 3)]
    [InlineData("% check: offline notes\n\\input{q1}\n", 2)]
    public void Reported_where_the_reader_reads(string region, int line)
    {
        var report = Checker.CheckText(region + Derivation, "t.tex");
        var error = Assert.Single(report.Errors);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void The_error_shows_the_source_line_with_its_comment()
    {
        var report = Checker.CheckText("\\input{q1} % the first question\n" + Derivation, "t.tex");
        var error = Assert.Single(report.Errors);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Equal("\\input{q1} % the first question", error.SourceLine);
    }
}
