using Ift6135.Sym.Cli.Infrastructure;

using static Ift6135.Sym.Tests.Cli.CalcRuns;

namespace Ift6135.Sym.Tests.Cli;

/// <summary>calc --function: the declaration the parser's message asks for ("declare f as a function") exists.</summary>
public sealed class CalcFunctionOptionTests
{
    [Fact]
    public void A_declared_function_is_differentiated_by_the_chain_rule()
    {
        // d/dx f(x)^2 = 2 f(x) f'(x), by hand.
        var derivative = Lines(Ok("calc", "diff", "f(x)^2", "--wrt", "x", "--function", "f"))[0];
        Assert.Equal("2*f(x)*f'(x)", derivative);
    }

    [Fact]
    public void A_conditional_density_is_read_with_its_bar()
    {
        // log q(z|x) - log q(z|x) = 0 whatever q is; the bar is read, not a syntax error.
        Assert.Equal("0", Lines(Ok("calc", "simplify", "log(q(z | x)) - log(q(z|x))", "--function", "q"))[0]);
    }

    [Fact]
    public void Without_the_declaration_the_message_names_it()
    {
        var run = CliHarness.Run("calc", "simplify", "f(x)");
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("declare f as a function", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exp")]
    [InlineData("f(x)")]
    public void A_name_that_cannot_be_a_function_is_refused(string name)
    {
        var run = CliHarness.Run("calc", "simplify", "x", "--function", name);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--function", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
