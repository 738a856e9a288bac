namespace Ift6135.Sym.Bench.Harness;

/// <summary>
/// One unit of engine work at one size, shared by the side-by-side runner, BenchmarkDotNet and the
/// smoke test. <see cref="Prepare"/> builds the inputs (not timed) and returns the timed action;
/// <see cref="Fingerprint"/> summarizes a result (term count, exact value at a point...) so that the
/// SymPy reference, which prints the same summary, can be seen to have done the same work.
/// </summary>
public sealed record Workload(string Id, int Size, Func<Func<object>> Prepare, Func<object, string> Fingerprint)
{
    public string Key => $"{Id}/{Size}";

    public override string ToString() => Key;
}
