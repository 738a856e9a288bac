namespace Ift6135.Sym.Tests.Hardening;

/// <summary>
/// Tests that measure wall-clock time against a budget run alone, after the parallel ones: the
/// budget is wall-clock time, and other tests competing for the cores would measure their load.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "wall-clock timing";
}
