namespace Ift6135.Sym.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("ift6135-sym: the command line is being built; nothing to run yet.");
        return args.Length == 0 ? 2 : 2;
    }
}
