using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Tests.Engine.Numeric;

/// <summary>Random expressions over given symbols, from a seeded generator, for differential tests of evaluators.</summary>
internal sealed class NumericExprGen(int seed, IReadOnlyList<Symbol> symbols)
{
    private readonly Random random = new(seed);

    public Expr Next(int depth)
    {
        if (depth <= 0 || random.Next(4) == 0) return Leaf();
        return random.Next(12) switch
        {
            0 or 1 => Build.Add(Next(depth - 1), Next(depth - 1)),
            2 or 3 => Build.Mul(Next(depth - 1), Next(depth - 1)),
            4 => Build.Pow(Next(depth - 1), Number.Of(random.Next(-2, 4))),
            5 => Build.Sqrt(Next(depth - 1)),
            6 => Build.Exp(Build.Div(Next(depth - 1), 4)),
            7 => Build.Log(Next(depth - 1)),
            8 => random.Next(2) == 0 ? Build.Sin(Next(depth - 1)) : Build.Cos(Next(depth - 1)),
            9 => Build.Sigmoid(Next(depth - 1)),
            10 => Build.Abs(Next(depth - 1)),
            _ => Shared(depth),
        };
    }

    /// <summary>An expression that uses one subtree twice, to exercise common-subexpression locals.</summary>
    private Expr Shared(int depth)
    {
        var s = Next(depth - 1);
        return Build.Add(Build.Mul(s, Next(depth - 1)), Build.Sigmoid(s));
    }

    private Expr Leaf() => random.Next(3) switch
    {
        0 => Number.Of(random.Next(-5, 6), random.Next(1, 4)),
        _ => symbols[random.Next(symbols.Count)],
    };

    public double NextValue() => Math.Round((random.NextDouble() * 8 - 4) * 64) / 64;
}
