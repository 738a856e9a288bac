using Ift6135.Sym.Tests.Engine.Construction;

/// <summary>
/// A .NET startup hook (the runtime looks for this exact type name, in no namespace): when the test
/// assembly is run as a program with DOTNET_STARTUP_HOOKS pointing at it, prints the hash corpus of
/// <see cref="HashDeterminismTests"/>. It does nothing unless the probe variable is set.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(HashDeterminismTests.ProbeVariable) != "1") return;
        Console.WriteLine("hashes: " + HashDeterminismTests.Hashes());
    }
}
