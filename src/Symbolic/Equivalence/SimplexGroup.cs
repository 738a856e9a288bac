using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// Weights on a simplex: positive symbols w1..wN with w1 + ... + wN = Total, where wN was solved as
/// Total - w1 - ... - w(N-1) and the others are sampled. Drawn independently, the free weights make
/// wN > 0 fail almost always once N passes 5 or so; drawn together by <see cref="Draw"/>, every point
/// is admissible.
/// </summary>
internal sealed record SimplexGroup(IReadOnlyList<Symbol> Free, BigRational Total)
{
    /// <summary>
    /// The group when <paramref name="solved"/> = <paramref name="value"/> has that shape: a positive number
    /// minus distinct free symbols, each positive, with the solved symbol positive too. Null otherwise.
    /// </summary>
    public static SimplexGroup? Recognize(Symbol solved, Expr value)
    {
        if (!solved.Facts.HasFlag(Facts.Positive)) return null;
        if (value is not Sum sum) return null;
        var total = BigRational.Zero;
        var free = new List<Symbol>();
        foreach (var t in sum.Terms)
        {
            if (t.IsNumber(out var c)) { total += c; continue; }
            if (Build.Neg(t) is not Symbol s || !s.Facts.HasFlag(Facts.Positive) || s.Facts.HasFlag(Facts.Integer)) return null;
            free.Add(s);
        }
        return total.IsPositive && free.Count > 0 && free.Distinct().Count() == free.Count ? new SimplexGroup(free, total) : null;
    }

    /// <summary>
    /// Stick-breaking in dyadic rationals, exact as doubles: the free weights are Total·k_i / 2^m with
    /// k_i in 1..16 and 2^m above their sum (by a random factor 1, 2 or 4), so the solved weight
    /// Total·(2^m - sum k_i) / 2^m is positive too. One value per free symbol, in <see cref="Free"/>'s order.
    /// </summary>
    public BigRational[] Draw(Random random)
    {
        var k = Free.Select(_ => random.Next(1, 17)).ToArray();
        var power = System.Numerics.BigInteger.One;
        while (power <= k.Sum()) power *= 2;
        power <<= random.Next(3);
        return k.Select(ki => Total * new BigRational(ki, power)).ToArray();
    }
}
