using Spectre.Console;

namespace Ift6135.Sym.Cli.Infrastructure;

/// <summary>
/// Where a command writes: its standard output and error, and whether colour may be used.
/// The tests pass string writers; <see cref="ForProcess"/> decides colour for a real terminal.
/// </summary>
public sealed class CliConsole
{
    public TextWriter Out { get; }
    public TextWriter Error { get; }
    public bool Colour { get; }

    /// <summary>
    /// Made on the first coloured line only: creating a Spectre console detects the terminal's capabilities, a cost every
    /// command paid at start-up although without colour (a pipe, a log, NO_COLOR) none is ever used.
    /// </summary>
    private readonly Lazy<IAnsiConsole> errorConsole;
    private readonly Lazy<IAnsiConsole> outConsole;

    public CliConsole(TextWriter output, TextWriter error, bool colour)
    {
        Out = output;
        Error = error;
        Colour = colour;
        outConsole = new(() => Create(output, colour));
        errorConsole = new(() => Create(error, colour));
    }

    /// <summary>
    /// Colour only for a terminal that is not redirected, and never when NO_COLOR is set
    /// (https://no-color.org) or TERM is "dumb": escape codes in a log file or a pipe are noise.
    /// </summary>
    public static CliConsole ForProcess() => new(Console.Out, Console.Error, ShouldColour(
        Environment.GetEnvironmentVariable("NO_COLOR"),
        Environment.GetEnvironmentVariable("TERM"),
        Console.IsOutputRedirected,
        Console.IsErrorRedirected));

    /// <summary>The colour decision as a pure function of the environment, so that it can be tested.</summary>
    public static bool ShouldColour(string? noColor, string? term, bool outputRedirected, bool errorRedirected) =>
        string.IsNullOrEmpty(noColor) && term != "dumb" && !outputRedirected && !errorRedirected;

    private static IAnsiConsole Create(TextWriter writer, bool colour) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        // The decision is made above (ShouldColour); Spectre must not second-guess it from a TextWriter.
        Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
        ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });

    /// <summary>One line on standard error, "ift6135-sym: " then the message; the prefix in red on a terminal.</summary>
    public void ErrorLine(string message)
    {
        if (!Colour) { Error.WriteLine($"ift6135-sym: {message}"); return; }
        errorConsole.Value.MarkupLine($"[red]ift6135-sym:[/] {Markup.Escape(message)}");
    }

    /// <summary>A line of output, with an optional colour for the terminal (green for a verdict that holds...).</summary>
    public void Line(string text, string? colour = null)
    {
        if (!Colour || colour is null) { Out.WriteLine(text); return; }
        outConsole.Value.MarkupLine($"[{colour}]{Markup.Escape(text)}[/]");
    }
}
