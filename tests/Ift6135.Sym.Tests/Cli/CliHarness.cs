using Ift6135.Sym.Cli;
using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Tests.Cli;

/// <summary>What one run of the command produced.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}

/// <summary>Runs ift6135-sym in-process, as Program.Main does, with captured output and no colour.</summary>
public static class CliHarness
{
    public static CliRun Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, new CliConsole(output, error, colour: false));
        return new CliRun(code, output.ToString().Replace("\r\n", "\n"), error.ToString().Replace("\r\n", "\n"));
    }
}
