using System.Numerics;
using System.Runtime.InteropServices;

namespace Ift6135.Sym.Assignment.Numerics;

/// <summary>
/// Element-wise arithmetic on spans of doubles, several elements per vector instruction: exp and log (<see cref="Vector.Exp(Vector{double})"/>
/// and <see cref="Vector.Log(Vector{double})"/>, within an ulp or so of <see cref="Math.Exp"/> and <see cref="Math.Log(double)"/>), and
/// a[i] = a[i] op b[i] for +, - and max. Question 4's Monte Carlo applies them to half a million log-weights. Each operation is a
/// struct type parameter, so that the compiler specializes the loop for it and inlines the operation.
/// </summary>
public static class VectorMath
{
    public static void ExpInPlace(Span<double> values) => InPlace<ExpOperation>(values);

    public static void LogInPlace(Span<double> values) => InPlace<LogOperation>(values);

    /// <summary>a[i] += b[i].</summary>
    public static void Add(Span<double> a, ReadOnlySpan<double> b) => Combine<AddOperation>(a, b);

    /// <summary>a[i] -= b[i].</summary>
    public static void Subtract(Span<double> a, ReadOnlySpan<double> b) => Combine<SubtractOperation>(a, b);

    /// <summary>a[i] = max(a[i], b[i]) (for numbers; what a NaN gives is left to the instruction).</summary>
    public static void Max(Span<double> a, ReadOnlySpan<double> b) => Combine<MaxOperation>(a, b);

    private interface IUnary
    {
        static abstract Vector<double> Apply(Vector<double> v);
    }

    private interface IBinary
    {
        static abstract Vector<double> Apply(Vector<double> a, Vector<double> b);

        static abstract double Apply(double a, double b);
    }

    private readonly struct ExpOperation : IUnary
    {
        public static Vector<double> Apply(Vector<double> v) => Vector.Exp(v);
    }

    private readonly struct LogOperation : IUnary
    {
        public static Vector<double> Apply(Vector<double> v) => Vector.Log(v);
    }

    private readonly struct AddOperation : IBinary
    {
        public static Vector<double> Apply(Vector<double> a, Vector<double> b) => a + b;

        public static double Apply(double a, double b) => a + b;
    }

    private readonly struct SubtractOperation : IBinary
    {
        public static Vector<double> Apply(Vector<double> a, Vector<double> b) => a - b;

        public static double Apply(double a, double b) => a - b;
    }

    private readonly struct MaxOperation : IBinary
    {
        public static Vector<double> Apply(Vector<double> a, Vector<double> b) => Vector.Max(a, b);

        public static double Apply(double a, double b) => Math.Max(a, b);
    }

    private static void InPlace<T>(Span<double> values) where T : struct, IUnary
    {
        var vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
        for (var i = 0; i < vectors.Length; i++) vectors[i] = T.Apply(vectors[i]);
        // The values after the last full vector go through one vector too, so that every value is rounded by the same method
        // (the unused lanes hold 1, whose exp and log are finite).
        var done = vectors.Length * Vector<double>.Count;
        if (done == values.Length) return;
        Span<double> rest = stackalloc double[Vector<double>.Count];
        rest.Fill(1);
        values[done..].CopyTo(rest);
        T.Apply(new Vector<double>(rest)).CopyTo(rest);
        rest[..(values.Length - done)].CopyTo(values[done..]);
    }

    /// <summary>a[i] = a[i] op b[i]; the scalar and vector forms of + and - are the same IEEE operation, so every element is too.</summary>
    private static void Combine<T>(Span<double> a, ReadOnlySpan<double> b) where T : struct, IBinary
    {
        if (a.Length != b.Length) throw new ArgumentException($"Spans of {a.Length} and {b.Length} values.");
        var va = MemoryMarshal.Cast<double, Vector<double>>(a);
        var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
        for (var i = 0; i < va.Length; i++) va[i] = T.Apply(va[i], vb[i]);
        for (var i = va.Length * Vector<double>.Count; i < a.Length; i++) a[i] = T.Apply(a[i], b[i]);
    }
}
