namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>
/// A function that starts on a cheap first tier (the interpreted expression tree, or a
/// <see cref="RealTape"/>) and is compiled to IL once it has been called often. Compiling to IL
/// costs about a millisecond per function, far more than the two dozen evaluations an equivalence
/// check makes; a plot or a Monte Carlo estimate evaluates thousands of times and then runs
/// compiled. Both tiers run the same operations in the same order, so the values are the same.
/// Only the call that reaches the threshold compiles; the others keep the first tier meanwhile.
/// </summary>
internal sealed class TieredDelegate<T>(Func<T[], T> firstTier, Func<Func<T[], T>> compile)
{
    /// <summary>Calls before compiling to IL.</summary>
    private const int CompileAfter = 200;

    private Func<T[], T> current = firstTier;
    private int calls;

    public T Invoke(T[] values)
    {
        if (calls < CompileAfter && Interlocked.Increment(ref calls) == CompileAfter) current = compile();
        return current(values);
    }
}
