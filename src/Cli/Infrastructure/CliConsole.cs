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

    private readonly IAnsiConsole errorConsole;
    private readonly IAnsiConsole outConsole;

    public CliConsole(TextWriter output, TextWriter error, bool colour)
    {
        Out = output;
        Error = error;
        Colour = colour;
        outConsole = Create(output, colour);
        errorConsole = Create(error, colour);
    }

    /// <summary>
    /// Colour only for a terminal that is not redirected, and never when NO_COLOR is set
    /// (https://no-color.org) or TERM is "dumb": escape codes in a log file or a pipe are noise.
    /// </summary>
    public static CliConsole ForProcess()
    {
        var noColour = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
                       || Environment.GetEnvironmentVariable("TERM") == "dumb";
        var colourOut = !noColour && !Console.IsOutputRedirected;
        var colourErr = !noColour && !Console.IsErrorRedirected;
        return new CliConsole(Console.Out, Console.Error, colourOut && colourErr);
    }

    private static IAnsiConsole Create(TextWriter writer, bool colour) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });

    /// <summary>One line on standard error, "ift6135-sym: " then the message; the prefix in red on a terminal.</summary>
    public void ErrorLine(string message)
    {
        if (!Colour) { Error.WriteLine($"ift6135-sym: {message}"); return; }
        errorConsole.MarkupLine($"[red]ift6135-sym:[/] {Markup.Escape(message)}");
    }

    /// <summary>A line of output, with an optional colour for the terminal (green for a verdict that holds...).</summary>
    public void Line(string text, string? colour = null)
    {
        if (!Colour || colour is null) { Out.WriteLine(text); return; }
        outConsole.MarkupLine($"[{colour}]{Markup.Escape(text)}[/]");
    }
}
