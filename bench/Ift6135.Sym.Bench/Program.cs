namespace Ift6135.Sym.Bench;

public static class Program
{
    public static int Main() => 0;
}
