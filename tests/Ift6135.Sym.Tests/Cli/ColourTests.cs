using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Tests.Cli;

public sealed class ColourTests
{
    [Theory]
    [InlineData(null, "xterm-256color", false, false, true)]
    [InlineData("1", "xterm-256color", false, false, false)]   // NO_COLOR set, whatever its value
    [InlineData("", "xterm-256color", false, false, true)]     // NO_COLOR empty counts as unset (no-color.org)
    [InlineData(null, "dumb", false, false, false)]
    [InlineData(null, "xterm", true, false, false)]            // output piped or in a file
    [InlineData(null, "xterm", false, true, false)]            // errors piped or in a file
    public void Colour_only_on_a_capable_terminal_without_NO_COLOR(string? noColor, string? term, bool outRedirected, bool errRedirected, bool expected) =>
        Assert.Equal(expected, CliConsole.ShouldColour(noColor, term, outRedirected, errRedirected));

    [Fact]
    public void Without_colour_no_escape_codes_are_written()
    {
        var run = CliHarness.Run("calc", "det");
        Assert.DoesNotContain("\u001b[", run.Error);
    }

    [Fact]
    public void With_colour_the_error_prefix_is_red()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        new CliConsole(output, error, colour: true).ErrorLine("boom [x]");
        Assert.Contains("\u001b[", error.ToString());
        Assert.Contains("boom [x]", error.ToString());
    }
}
