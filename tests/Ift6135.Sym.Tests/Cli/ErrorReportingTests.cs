using Ift6135.Sym.Cli;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Symbolic.Parsing;

namespace Ift6135.Sym.Tests.Cli;

/// <summary>The top-level handler: every failure is one message and a documented exit code, never a stack trace.</summary>
public sealed class ErrorReportingTests
{
    private static (int Code, string Error) Report(Exception ex)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Report(ex, new CliConsole(output, error, colour: false));
        Assert.Equal("", output.ToString());
        return (code, error.ToString().Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_parse_error_in_an_expression_is_located_with_a_caret_under_the_culprit()
    {
        var error = new ParseError("expected an operand after '*'", new SourceSpan(1, 5), "a + *b");
        var (code, text) = Report(new ParseException(error));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("ift6135-sym: <expr>:1:5: expected an operand after '*'\n  a + *b\n      ^\n", text);
    }

    [Fact]
    public void A_parse_error_in_a_file_names_the_file()
    {
        var error = new ParseError("unbalanced ')'", new SourceSpan(2, 3, 2), "x))");
        var (code, text) = Report(new LocatedParseException(error, "m.txt"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("ift6135-sym: m.txt:2:3: unbalanced ')'\n  x))\n    ^^\n", text);
    }

    [Fact]
    public void An_unexpected_exception_is_an_internal_error_with_exit_70_and_no_stack_trace()
    {
        Exception thrown;
        try { throw new InvalidOperationException("the canonical form broke\nsecond line"); }
        catch (Exception e) { thrown = e; }
        var (code, text) = Report(thrown);
        Assert.Equal(ExitCodes.InternalError, code);
        Assert.StartsWith("ift6135-sym: internal error: InvalidOperationException: the canonical form broke", text);
        Assert.DoesNotContain("second line", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public void Input_problems_exit_2_with_their_message()
    {
        Assert.Equal((ExitCodes.BadInput, "ift6135-sym: det needs a square matrix, got 2x3\n"),
            Report(new CliInputException("det needs a square matrix, got 2x3")));
        Assert.Equal((ExitCodes.BadInput, "ift6135-sym: not available yet: grade (the grader)\n"),
            Report(new NotAvailableException("grade (the grader)")));
    }

    [Fact]
    public void A_missing_operand_file_is_bad_input_naming_the_file()
    {
        var run = CliHarness.Run("calc", "det", "@/no/such/matrix.txt");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("ift6135-sym: cannot read '/no/such/matrix.txt': no such file\n", run.Error);
    }
}
