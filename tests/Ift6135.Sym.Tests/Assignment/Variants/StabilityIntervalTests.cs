using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Tests.Assignment.Variants;

/// <summary>
/// Question 6.3 prints, for every optimizer, the learning rates where its update is stable, in the document
/// and in solutions.json. The expected intervals are derived by hand from the Jury conditions on
/// l^2 - tr l + det (stable iff 1 - det, 1 + det, 1 - tr + det and 1 + tr + det are all positive).
/// </summary>
public class StabilityIntervalTests
{
    private static readonly Symbol Alpha = Symbol.Positive("alpha");

    private static string Variant(string value) =>
        $$"""{ "q6": { "value": "{{value}}", "learningRate": "alpha", "optimizers": ["Simultaneous", "Alternating", "Extragradient"] } }""";

    private static string StableRates(Question q, string optimizer) =>
        VariantFile.Field(VariantFile.AnswerOf(q, "q6.3"), $"{optimizer} stable rates").Canonical;

    /// <summary>The interval as the hand derivation writes it: lower &lt; alpha &lt; upper.</summary>
    private static string Interval(Expr lower, Expr upper) => new IntervalItem(Alpha, lower, upper).ToString();

    private static IReadOnlyList<MathItem> MathInProse(Question q) =>
        q.Parts.Single(p => p.Id == "q6.3").Blocks.OfType<Prose>().SelectMany(p => p.Text.Pieces).OfType<MathPiece>().Select(m => m.Math).ToArray();

    [Fact]
    public void A_game_where_each_player_is_pulled_back_converges_for_small_rates()
    {
        // V = g^2 - d^2 (a TA's convergent game): d' = d - 2a d, g' = g - 2a g, so simultaneous and alternating A = (1 - 2a) I,
        // stable iff |1 - 2a| < 1, i.e. 0 < a < 1. Extragradient: the look-ahead (1 - 2a) z, then z - 2a (1 - 2a) z, so
        // A = m I with m = 1 - 2a + 4a^2 (> 0 always: discriminant 4 - 16 < 0); |m| < 1 iff 4a^2 - 2a < 0 iff a < 1/2.
        // Above 1/2, 1 - det = 1 - m^2 = -4a(2a - 1)(2a^2 - a + 1) < 0, which the sign reasoner alone cannot show
        // (the derivation stopped there, exit 1); its real roots (0 and 1/2) and a rational point decide it exactly.
        var q = VariantFile.Derive(Variant("g^2 - d^2"), 6);
        Assert.Equal(Interval(0, 1), StableRates(q, "simultaneous"));
        Assert.Equal(Interval(0, 1), StableRates(q, "alternating"));
        Assert.Equal(Interval(0, Number.Half), StableRates(q, "extragradient"));
    }

    [Fact]
    public void TheBilinearGameOfTheStatement()
    {
        // V = d g. Simultaneous A = [[1, a], [-a, 1]]: det = 1 + a^2, so 1 - det = -a^2 < 0 for every a > 0: never stable.
        // Alternating A = [[1, a], [-a, 1 - a^2]]: det = 1 - a^2 + a^2 = 1, so 1 - det = 0, never positive: never stable.
        // Extragradient A = [[1 - a^2, a], [-a, 1 - a^2]]: tr = 2 - 2a^2, det = (1 - a^2)^2 + a^2 = 1 - a^2 + a^4;
        // 1 - det = a^2 (1 - a^2) > 0 iff a < 1; 1 + det = 2 - a^2 + a^4 > 0 (a^4 - a^2 + 2 = (a^2 - 1/2)^2 + 7/4);
        // 1 - tr + det = a^2 + a^4 > 0; 1 + tr + det = 4 - 3a^2 + a^4 = (a^2 - 3/2)^2 + 7/4 > 0: stable iff 0 < a < 1.
        var q = VariantFile.Derive(Variant("d*g"), 6);
        Assert.Equal("none", StableRates(q, "simultaneous"));
        Assert.Equal("none", StableRates(q, "alternating"));
        Assert.Equal(Interval(0, 1), StableRates(q, "extragradient"));
        // The document says it too, as engine mathematics: a > 0 (never stable) and 0 < a < 1.
        var math = MathInProse(q);
        Assert.Contains(new IntervalItem(Alpha, 0, null), math);
        Assert.Contains(new IntervalItem(Alpha, 0, 1), math);
        // The result restates the intervals, and no longer a bound tried among 2 and 1.
        var result = q.Parts.Single(p => p.Id == "q6.3").Blocks.OfType<Result>().Single().Statement;
        Assert.Contains(new MathPiece(new IntervalItem(Alpha, 0, 1)), result.Pieces);
        Assert.DoesNotContain("alpha < 2", result.ToString());
    }

    [Fact]
    public void AVariantGetsItsOwnIntervals()
    {
        // V = d g - d^2/2: Vd = g - d, Vg = d, M = [[-1, 1], [-1, 0]].
        // Simultaneous A = I + a M = [[1 - a, a], [-a, 1]]: tr = 2 - a, det = 1 - a + a^2.
        //   1 - det = a (1 - a) > 0 iff a < 1; 1 + det = 2 - a + a^2 > 0; 1 - tr + det = a^2 > 0;
        //   1 + tr + det = 4 - 2a + a^2 = (a - 1)^2 + 3 > 0: stable iff 0 < a < 1.
        // Alternating A = [[1 - a, a], [-a (1 - a), 1 - a^2]]: tr = 2 - a - a^2, det = (1 - a)(1 - a^2) + a^2 (1 - a) = 1 - a.
        //   1 - det = a > 0; 1 + det = 2 - a > 0 iff a < 2; 1 - tr + det = a^2 > 0;
        //   1 + tr + det = 4 - 2a - a^2 > 0 iff a < -1 + sqrt(5) (about 1.236 < 2): stable iff 0 < a < sqrt(5) - 1.
        var q = VariantFile.Derive(Variant("d*g - d^2/2"), 6);
        Assert.Equal(Interval(0, 1), StableRates(q, "simultaneous"));
        Assert.Equal(Interval(0, Build.Sqrt(5) - 1), StableRates(q, "alternating"));
        // Extragradient A = I + a M + a^2 M^2, det = (1 - a)(1 - a^3): 1 - det = a (1 + a^2 - a^3), whose cut point
        // is the irrational real root of a^3 - a^2 - 1 (about 1.4656): not written exactly, and said so.
        Assert.Equal("not exact", StableRates(q, "extragradient"));
        // The simultaneous modulus sqrt(1 - a + a^2) is below 1 on the derived interval, the one the verdict uses.
        var result = q.Parts.Single(p => p.Id == "q6.3").Blocks.OfType<Result>().Single().Statement;
        Assert.Contains(new MathPiece(new IntervalItem(Alpha, 0, 1)), result.Pieces);
        Assert.Contains(new IntervalItem(Alpha, 0, Build.Sqrt(5) - 1), MathInProse(q));
    }
}
