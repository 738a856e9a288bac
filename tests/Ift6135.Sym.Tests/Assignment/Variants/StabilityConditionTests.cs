using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Q6;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Tests.Assignment.Variants;

/// <summary>
/// The rates eta &gt; 0 for which each optimizer's update matrix is stable, derived by hand from the Jury
/// conditions for l^2 - tr l + det: 1 - det &gt; 0, 1 + det &gt; 0, 1 - tr + det &gt; 0, 1 + tr + det &gt; 0.
/// </summary>
public class StabilityConditionTests
{
    private static IReadOnlyList<RateInterval> Rates(string value, Optimizer optimizer)
    {
        var game = new Q6Game(new Q6Parameters(value, "alpha"));
        return StabilityCondition.Rates(game.UpdateMatrix(optimizer), (Symbol)game.Alpha);
    }

    [Fact]
    public void TheBilinearGame()
    {
        // Simultaneous: tr = 2, det = 1 + a^2 > 1 for every a > 0: never stable.
        Assert.Empty(Rates("d*g", Optimizer.Simultaneous));
        // Alternating: A = [[1, a], [-a, 1 - a^2]], det = 1: the eigenvalues sit on the unit circle, never inside.
        Assert.Empty(Rates("d*g", Optimizer.Alternating));
        // Extragradient: A = (1 - a^2) I + a [[0, 1], [-1, 0]], tr = 2 - 2a^2, det = 1 - a^2 + a^4.
        // 1 - det = a^2 (1 - a^2) > 0 iff a < 1; 1 + det > 0; 1 - tr + det = a^2 + a^4 > 0; 1 + tr + det = a^4 - 3a^2 + 4 > 0.
        Assert.Equal([new RateInterval(0, 1)], Rates("d*g", Optimizer.Extragradient));
    }

    [Fact]
    public void AGameWithDampingInD()
    {
        // V = d g - d^2/2: M = [[-1, 1], [-1, 0]]. Simultaneous A = [[1 - a, a], [-a, 1]]: tr = 2 - a,
        // det = 1 - a + a^2; 1 - det = a (1 - a) > 0 iff a < 1; 1 - tr + det = a^2; 1 + tr + det = a^2 - 2a + 4 > 0.
        Assert.Equal([new RateInterval(0, 1)], Rates("d*g - d^2/2", Optimizer.Simultaneous));
        // Alternating A = [[1 - a, a], [-a (1 - a), 1 - a^2]]: tr = 2 - a - a^2, det = (1 - a)(1 - a^2) + a^2 (1 - a) = 1 - a.
        // 1 - det = a > 0; 1 + det = 2 - a > 0 iff a < 2; 1 - tr + det = a^2 > 0;
        // 1 + tr + det = 4 - 2a - a^2 > 0 iff a < sqrt(5) - 1 (about 1.236 < 2).
        var alternating = Rates("d*g - d^2/2", Optimizer.Alternating);
        Assert.Equal(new RateInterval(0, Build.Sqrt(5) - 1), Assert.Single(alternating));
    }
}
