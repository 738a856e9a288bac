using CsCheck;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Tests.Engine.Generators;

/// <summary>
/// Random expressions for property tests: real symbols x, y, z, a positive symbol p, small rationals,
/// sums, products, quotients, small integer powers, exp, log of something positive, sigmoid. Every generated
/// expression is real-valued wherever it is finite, so tests can compare values at random real points.
/// </summary>
public static class ExprGen
{
    public static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), Z = Symbol.Of("z");
    public static readonly Symbol P = Symbol.Positive("p");
    public static readonly IReadOnlyList<Symbol> Symbols = [X, Y, Z, P];

    private static readonly Gen<Expr> Numbers =
        Gen.OneOf<Expr>(Number.Of(-3), Number.MinusOne, Number.One, Number.Two, Number.Of(3), Number.Half, Number.Of(-2, 3));

    private static readonly Gen<Expr> Leaf = Gen.Frequency<Expr>((2, Numbers), (5, Gen.OneOf<Expr>(X, Y, Z, P)));

    /// <summary>Expressions of depth at most <paramref name="depth"/> (a leaf has depth 0).</summary>
    public static Gen<Expr> OfDepth(int depth)
    {
        if (depth == 0) return Leaf;
        var sub = OfDepth(depth - 1);
        return Gen.Frequency<Expr>(
            (2, Leaf),
            (3, Gen.Select(sub, sub, (a, b) => a + b)),
            (3, Gen.Select(sub, sub, (a, b) => a * b)),
            (2, Gen.Select(sub, sub, (a, b) => a / b)),
            (2, Gen.Select(sub, Gen.Int[-2, 3], (a, n) => a.Pow(n))),
            (1, sub.Select(Build.Exp)),
            (1, sub.Select(a => Build.Log(Build.Add(P, a.Pow(2))))),   // log of something positive
            (1, sub.Select(Build.Sigmoid)));
    }

    public static readonly Gen<Expr> Expression = OfDepth(3);

    /// <summary>A random point: x, y, z in [-2, 2], p in [0.25, 3].</summary>
    public static readonly Gen<Dictionary<Symbol, double>> Point =
        // Multiples of 1/1024 (not CsCheck's doubles, which include denormals and tiny values where
        // catastrophic cancellation, not the engine, would decide the comparisons).
        Gen.Select(Coordinate(-2, 2), Coordinate(-2, 2), Coordinate(-2, 2), Coordinate(0.25, 3),
            (x, y, z, p) => new Dictionary<Symbol, double> { [X] = x, [Y] = y, [Z] = z, [P] = p });

    private static Gen<double> Coordinate(double lo, double hi) => Gen.Int[(int)(lo * 1024), (int)(hi * 1024)].Select(k => k / 1024.0);

    /// <summary>
    /// The first <paramref name="count"/> values of <paramref name="gen"/> from a fixed seed: the same
    /// values in every run, on every machine (CsCheck's own Sample continues with fresh random seeds).
    /// </summary>
    public static IEnumerable<T> Samples<T>(Gen<T> gen, ulong seed, int count)
    {
        var pcg = new PCG(1, seed);
        for (var i = 0; i < count; i++) yield return gen.Generate(pcg, null, out _);
    }
}
