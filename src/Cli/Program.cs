using Ift6135.Sym.Cli.Infrastructure;

namespace Ift6135.Sym.Cli;

public static class Program
{
    public static int Main(string[] args) => CliApp.Run(args, CliConsole.ForProcess());
}
