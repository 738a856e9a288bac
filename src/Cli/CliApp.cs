using System.CommandLine;
using System.CommandLine.Invocation;
using Ift6135.Sym.Cli.Commands;
using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Symbolic.Parsing;

namespace Ift6135.Sym.Cli;

/// <summary>
/// The whole command line as a function: arguments and two writers in, an exit code out. Program.Main
/// and the tests both come through here, so what the tests see is what a user sees.
/// </summary>
public static class CliApp
{
    public static int Run(IReadOnlyList<string> args, CliConsole console)
    {
        try
        {
            var limitArguments = new LimitArguments();
            var root = RootCommandFactory.Create(console, limitArguments);
            // "@path" is ours (an operand read from a file), not System.CommandLine's response files.
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parse.Action is ParseErrorAction) return ReportUsageErrors(parse, console);
            var config = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                // Our own handler below: one line, never a stack trace.
                EnableDefaultExceptionHandler = false,
            };
            return WithLimits(limitArguments.Read(parse, Symbolic.Safety.SafetyLimits.Current), () => parse.Invoke(config));
        }
        catch (Exception ex)
        {
            return Report(ex, console);
        }
    }

    /// <summary>
    /// Runs a command under the limits of its command line: for this flow of execution only (tests run
    /// commands in parallel in one process), and the exponent bound of construction, a process-wide
    /// static, restored afterwards.
    /// </summary>
    private static int WithLimits(Symbolic.Safety.SafetyLimits limits, Func<int> run)
    {
        var exponent = Symbolic.Construction.Limits.MaxExactExponent;
        using var scope = Symbolic.Safety.SafetyLimits.Use(limits);
        if (limits.MaxExactExponent == exponent) return run();
        limits.ApplyToConstruction();
        try { return run(); }
        finally { Symbolic.Construction.Limits.MaxExactExponent = exponent; }
    }

    /// <summary>Turns an exception escaping a command into one message and an exit code.</summary>
    internal static int Report(Exception ex, CliConsole console)
    {
        switch (ex)
        {
            case LocatedParseException located:
                console.ErrorLine(located.Error.Format(located.SourceName));
                return ExitCodes.BadInput;
            case ParseException parse:
                console.ErrorLine(parse.Error.Format("<expr>"));
                return ExitCodes.BadInput;
            case NotAvailableException notYet:
                console.ErrorLine(notYet.Message);
                return ExitCodes.BadInput;
            case CliInputException input:
                console.ErrorLine(input.Message);
                return ExitCodes.BadInput;
            case FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException:
                console.ErrorLine(ex.Message);
                return ExitCodes.BadInput;
            case Symbolic.Safety.LimitExceededException limit:
                // A documented limit (nesting, input size, time budget): a property of the input, not a bug.
                console.ErrorLine(limit.Message.StartsWith("unknown: ", StringComparison.Ordinal) ? limit.Message : $"limit exceeded: {limit.Message}");
                return ExitCodes.BadInput;
            case Symbolic.Rewriting.ExpansionLimitException expansion:
                console.ErrorLine($"limit exceeded: {expansion.Message}");
                return ExitCodes.BadInput;
            case OperationCanceledException:
                console.ErrorLine("cancelled");
                return ExitCodes.BadInput;
            default:
                var where = ThrowingMethod(ex) is { } site ? $" (in {site})" : "";
                console.ErrorLine($"internal error: {ex.GetType().Name}: {FirstLine(ex.Message)}{where}");
                console.ErrorLine("this is a bug in ift6135-sym; please report it with the command line that caused it");
                return ExitCodes.InternalError;
        }
    }

    private static int ReportUsageErrors(ParseResult parse, CliConsole console)
    {
        foreach (var error in parse.Errors) console.ErrorLine(OneLine(error.Message));
        var path = CommandPath(parse);
        console.ErrorLine($"see '{path} --help'");
        return ExitCodes.BadInput;
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var r = parse.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            names.Add(r.Command is RootCommand ? RootCommandFactory.Name : r.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>System.CommandLine lists allowed values on separate lines; one line reads better in a log.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// Type.Method of the frame that threw, read from the stack trace text: Exception.TargetSite needs
    /// reflection metadata that the NativeAOT trimmer may remove, the text is always there.
    /// </summary>
    private static string? ThrowingMethod(Exception ex)
    {
        var frame = ex.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at ", StringComparison.Ordinal));
        if (frame is null) return null;
        var call = frame[3..].Split('(')[0].Split('.');
        return call.Length >= 2 ? $"{call[^2]}.{call[^1]}" : call[0];
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
