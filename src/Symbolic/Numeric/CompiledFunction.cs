using System.Buffers;
using System.Numerics;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>
/// An expression compiled to delegates over a fixed list of parameters: a real version (NaN wherever
/// the value is not a real number) and a complex version with the same branch choices as
/// <see cref="Evaluator"/>. Repeated subtrees are evaluated once per call. Under NativeAOT the
/// System.Linq.Expressions compiler interprets instead of emitting IL: slower, same values.
/// The real version first runs as a <see cref="RealTape"/> (built in microseconds; most callers
/// evaluate a few dozen times) and is compiled only once it has been called often.
/// </summary>
public sealed class CompiledFunction
{
    private readonly TieredDelegate<double> real;
    private readonly Lazy<TieredDelegate<Complex>> complex;

    public Expr Expression { get; }
    public IReadOnlyList<Symbol> Parameters { get; }

    private CompiledFunction(Expr expression, IReadOnlyList<Symbol> parameters)
    {
        Expression = expression;
        Parameters = parameters;
        // The tape throws NotCompilableException where the tree compiler would, so a function that
        // constructs can always be compiled later; with a sum over an index there is no tape.
        real = RealTape.TryBuild(expression, parameters) is { } tape
            ? new TieredDelegate<double>(tape.Evaluate, () => new RealTreeCompiler(expression, parameters).Lambda().Compile())
            : new RealTreeCompiler(expression, parameters).Compile();
        // The complex version is compiled on first use: most callers only need the real one.
        complex = new(() => new ComplexTreeCompiler(expression, parameters).Compile());
    }

    /// <summary>Compiles <paramref name="e"/>; throws <see cref="NotCompilableException"/> for undefined functions or unlisted symbols.</summary>
    public static CompiledFunction Compile(Expr e, IReadOnlyList<Symbol> parameters)
    {
        var list = parameters.ToArray();
        if (list.Distinct().Count() != list.Length)
            throw new ArgumentException("The parameters of a compiled function must be distinct symbols.", nameof(parameters));
        return new CompiledFunction(e, list);
    }

    public double Evaluate(double[] values)
    {
        CheckArity(values.Length);
        return Real(values);
    }

    private double Real(double[] values) => real.Invoke(values);

    public double Evaluate(ReadOnlySpan<double> values)
    {
        CheckArity(values.Length);
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(values.Length, 1));
        try
        {
            values.CopyTo(buffer);
            return Real(buffer);
        }
        finally { ArrayPool<double>.Shared.Return(buffer); }
    }

    public Complex EvaluateComplex(Complex[] values)
    {
        CheckArity(values.Length);
        return complex.Value.Invoke(values);
    }

    public Complex EvaluateComplex(ReadOnlySpan<Complex> values)
    {
        CheckArity(values.Length);
        var buffer = ArrayPool<Complex>.Shared.Rent(Math.Max(values.Length, 1));
        try
        {
            values.CopyTo(buffer);
            return complex.Value.Invoke(buffer);
        }
        finally { ArrayPool<Complex>.Shared.Return(buffer); }
    }

    private void CheckArity(int count)
    {
        if (count != Parameters.Count)
            throw new ArgumentException($"The function of {string.Join(", ", Parameters)} takes {Parameters.Count} value(s), got {count}.");
    }
}
