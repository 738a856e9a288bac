namespace Ift6135.Sym.Bench.Empty;

/// <summary>Does nothing: its process start-up time is the yardstick for the CLI's.</summary>
public static class Program
{
    public static int Main() => 0;
}
