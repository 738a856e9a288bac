using System.Numerics;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Numeric;
using Asm = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Engine.Signs;

/// <summary>
/// Roots bounded from above as well as from below: the rational bounds are checked exactly (raised to the
/// root's power, in rational arithmetic), and the sign reasoner's ranges of x^(p/q) against sampled values.
/// Before, sqrt(x) had no upper bound (unless x ≤ 1), so 3 - 2 sqrt(2) had no known sign.
/// </summary>
public class RootBoundsTests
{
    private static BigRational Q(long n, long d = 1) => new(n, d);

    [Theory]
    [InlineData(4, 1, 1, 2, 2, 1)]       // sqrt(4) = 2
    [InlineData(1, 4, 1, 2, 1, 2)]       // sqrt(1/4) = 1/2
    [InlineData(8, 1, 2, 3, 4, 1)]       // 8^(2/3) = 4
    [InlineData(27, 8, 1, 3, 3, 2)]      // (27/8)^(1/3) = 3/2
    public void A_rational_root_is_exact(long xn, long xd, long p, long q, long rn, long rd)
    {
        var b = RootBounds.Of(Q(xn, xd), Q(p, q))!.Value;
        Assert.True(b.Exact);
        Assert.Equal(Q(rn, rd), b.Lower);
        Assert.Equal(Q(rn, rd), b.Upper);
    }

    [Fact]
    public void Irrational_roots_are_enclosed_strictly_and_tightly()
    {
        // Exact check: lower^q < x^p < upper^q, and the enclosure is narrower than 2^-40 of the value.
        var rng = new Random(61352);
        for (var k = 0; k < 500; k++)
        {
            var x = Q(rng.Next(1, 1_000_000), rng.Next(1, 1_000_000));
            var (p, q) = (rng.Next(1, 7), rng.Next(2, 7));
            if (BigInteger.GreatestCommonDivisor(p, q) != 1) continue;
            var b = RootBounds.Of(x, Q(p, q))!.Value;
            var power = x.Pow(p);
            if (b.Exact) { Assert.Equal(power, b.Lower.Pow(q)); continue; }
            Assert.True(b.Lower.Pow(q) < power, $"{x}^({p}/{q}): lower {b.Lower} too high");
            Assert.True(power < b.Upper.Pow(q), $"{x}^({p}/{q}): upper {b.Upper} too low");
            Assert.True((b.Upper - b.Lower) < b.Upper * Q(1, 1L << 40), $"{x}^({p}/{q}): [{b.Lower}, {b.Upper}] is wide");
        }
    }

    [Fact]
    public void Constants_with_roots_get_their_sign()
    {
        var plain = new SignReasoner(Asm.None);
        var sqrt2 = Build.Sqrt(Number.Of(2));
        Assert.Equal(Truth.True, plain.IsPositive(3 - 2 * sqrt2));                     // 3 - 2.828..
        Assert.Equal(Truth.True, plain.IsNegative(sqrt2 - Number.Of(Q(3, 2))));        // 1.414.. - 1.5
        Assert.Equal(Truth.True, plain.IsPositive(Build.Sqrt(Number.Of(17)) - 4));     // 4.123.. - 4
        Assert.Equal(Truth.True, plain.IsNegative(Build.Pow(Number.Of(10), Number.Of(Q(1, 3))) - Number.Of(Q(2155, 1000))));  // 2.1544.. - 2.155
    }

    [Fact]
    public void A_root_of_a_bounded_symbol_is_bounded_above_and_a_reached_bound_is_not_strict()
    {
        var x = Symbol.Of("x");
        var open = new SignReasoner(Asm.Of(new Relation(RelationKind.Greater, x, 0), new Relation(RelationKind.Less, x, 4)));
        Assert.Equal(Truth.True, open.IsPositive(2 - Build.Sqrt(x)));
        var closed = new SignReasoner(Asm.Of(new Relation(RelationKind.Greater, x, 0), new Relation(RelationKind.LessOrEqual, x, 4)));
        // sqrt(4) = 2 is reached: 2 - sqrt(x) is nonnegative, never claimed positive.
        Assert.Equal(Truth.True, closed.IsNonnegative(2 - Build.Sqrt(x)));
        Assert.NotEqual(Truth.True, closed.IsPositive(2 - Build.Sqrt(x)));
        // x^(3/2) < 8 on (0, 4); x^(-1/2) > 1/2 there.
        Assert.Equal(Truth.True, open.IsNegative(Build.Pow(x, Number.Of(Q(3, 2))) - 8));
        Assert.Equal(Truth.True, open.IsPositive(Build.Pow(x, Number.Of(Q(-1, 2))) - Number.Half));
    }

    [Fact]
    public void Terms_that_differ_by_a_constant_factor_are_read_together()
    {
        // 3a - 2 sqrt(2) a = (3 - 2 sqrt(2)) a: term by term a positive and a negative part; together positive.
        var a = Symbol.Of("a");
        var r = new SignReasoner(Asm.Of(new Relation(RelationKind.Greater, a, 0)));
        var sqrt2 = Build.Sqrt(Number.Of(2));
        Assert.Equal(Truth.True, r.IsPositive(3 * a - 2 * sqrt2 * a));
        Assert.Equal(Truth.True, r.IsNegative(2 * sqrt2 * a * a - 3 * a * a - 1));
        // Inside a function too, where the polynomial rule does not reach: |1 + (3 - 2 sqrt(2)) a| > 1.
        Assert.Equal(Truth.True, r.IsPositive(Build.Abs(3 * a - 2 * sqrt2 * a + 1) - 1));
        // Soundness: sqrt(2) a - 3/2 a + a/10 = (sqrt(2) - 1.4) a is positive, (sqrt(2) - 1.5) a negative, never both.
        Assert.Equal(Truth.True, r.IsPositive(sqrt2 * a - Number.Of(Q(14, 10)) * a));
        Assert.Equal(Truth.False, r.IsPositive(sqrt2 * a - Number.Of(Q(3, 2)) * a));
    }

    [Fact]
    public void Bounds_of_roots_hold_at_sampled_points()
    {
        // Soundness first: for random intervals of x and exponents p/q, every sampled value of x^(p/q) lies in the bounds.
        var x = Symbol.Of("x");
        var rng = new Random(61353);
        var checkedValues = 0;
        for (var k = 0; k < 300; k++)
        {
            var lo = Q(rng.Next(0, 50), rng.Next(1, 20));
            var hi = lo + Q(rng.Next(1, 50), rng.Next(1, 20));
            var (p, q) = (rng.Next(-5, 6), rng.Next(2, 6));
            if (p == 0 || BigInteger.GreatestCommonDivisor(Math.Abs(p), q) != 1 || (p < 0 && lo.IsZero)) continue;
            var lowerOpen = rng.Next(2) == 0;
            var upperOpen = rng.Next(2) == 0;
            var reasoner = new SignReasoner(Asm.Of(
                new Relation(lowerOpen ? RelationKind.Greater : RelationKind.GreaterOrEqual, x, Number.Of(lo)),
                new Relation(upperOpen ? RelationKind.Less : RelationKind.LessOrEqual, x, Number.Of(hi))));
            var e = Build.Pow(x, Number.Of(Q(p, q)));
            var bounds = reasoner.Bounds(e);
            foreach (var at in new[] { 0.0, 1e-9, 0.25, 0.5, 0.75, 1 - 1e-9, 1.0 })
            {
                if ((at == 0 && lowerOpen) || (at == 1 && upperOpen)) continue;
                var xv = lo.ToDouble() + at * (hi - lo).ToDouble();
                var v = Evaluator.EvaluateReal(e, new Dictionary<Symbol, double> { [x] = xv });
                if (!double.IsFinite(v)) continue;
                var tol = 1e-9 * Math.Max(1, Math.Abs(v));
                checkedValues++;
                if (bounds.Lower is { } l) Assert.True(v >= l.ToDouble() - tol, $"{e} at x = {xv}: {v} below {bounds}");
                if (bounds.Upper is { } u) Assert.True(v <= u.ToDouble() + tol, $"{e} at x = {xv}: {v} above {bounds}");
            }
        }
        Assert.True(checkedValues > 500, $"only {checkedValues} values checked");
    }
}
