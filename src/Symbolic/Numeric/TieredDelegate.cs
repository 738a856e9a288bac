using System.Linq.Expressions;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>
/// A compiled expression that starts interpreted and is compiled to IL once it has been called
/// often. Compiling to IL costs about a millisecond per function, far more than the two dozen
/// evaluations an equivalence check makes; a plot or a Monte Carlo estimate evaluates thousands of
/// times and then runs compiled. Both run the same expression tree with the same Math calls, so
/// the values are the same. A race between threads only compiles twice; either delegate is right.
/// </summary>
/// <param name="interpretFirst">False when the caller already ran a cheaper first tier (a <see cref="RealTape"/>): compile to IL at once.</param>
internal sealed class TieredDelegate<T>(Expression<Func<T[], T>> lambda, bool interpretFirst = true)
{
    /// <summary>Calls before compiling to IL.</summary>
    private const int CompileAfter = 200;

    private Func<T[], T> current = lambda.Compile(preferInterpretation: interpretFirst);
    private int calls = interpretFirst ? 0 : CompileAfter;

    public T Invoke(T[] values)
    {
        if (calls < CompileAfter && Interlocked.Increment(ref calls) == CompileAfter) current = lambda.Compile();
        return current(values);
    }
}
