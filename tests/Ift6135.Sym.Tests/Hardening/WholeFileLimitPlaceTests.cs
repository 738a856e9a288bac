using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Hardening;

/// <summary>Limits hit by a whole file name a real place: its start for the size, the place of the excess for nesting.</summary>
public sealed class WholeFileLimitPlaceTests
{
    [Fact]
    public void A_file_over_the_size_limit_is_reported_at_its_start()
    {
        var report = Checker.CheckText("\\[ x = x \\]\n" + new string('x', (1 << 20) + 1), "big.tex");
        var error = Assert.Single(report.Errors);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.StartsWith("big.tex:1:1: error: input of", TextReportFormatter.Format(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_on_disk_over_the_size_limit_is_reported_at_its_start()
    {
        var path = Path.Combine(Path.GetTempPath(), $"big-{Environment.ProcessId}-{Guid.NewGuid():N}.tex");
        try
        {
            File.WriteAllText(path, "\\[ x = x \\]\n" + new string('y', (1 << 20) + 1));
            var error = Assert.Single(Checker.CheckFile(path).Errors);
            Assert.Equal((1, 1), (error.Line, error.Column));
            Assert.Contains("exceeds the limit of 1048576 bytes", error.Message, StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Nesting_too_deep_is_reported_where_the_limit_is_passed()
    {
        // Line 3 opens 300 parentheses after "\[ x = " (7 characters): the 201st level is at column 7 + 201.
        var doc = "Some prose.\n\n\\[ x = " + new string('(', 300) + "x" + new string(')', 300) + " \\]\n";
        var report = Checker.CheckText(doc, "deep.tex");
        var error = Assert.Single(report.Errors);
        Assert.Contains("nesting deeper than 200 levels", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Equal(7 + 201, error.Column);
    }

    [Fact]
    public void Nesting_too_deep_in_a_declaration_is_reported_on_its_line()
    {
        var doc = "\\[ x = x \\]\n% assume: " + new string('(', 300) + "a" + new string(')', 300) + " > 0\n\\[ a = a \\]\n";
        var report = Checker.CheckText(doc, "deep.tex");
        var error = Assert.Single(report.Errors);
        Assert.Equal(2, error.Line);
        Assert.True(error.Column > 10, $"column {error.Column}");
    }
}
