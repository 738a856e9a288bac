using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;
using Ift6135.Sym.Tests.Engine.Generators;

namespace Ift6135.Sym.Tests.Engine.Rewriting;

/// <summary>Rewrites keep the value; canonical forms and expansion are fixed points. Fixed seeds throughout.</summary>
public class RewritePropertyTests
{
    private const int Count = 300;
    private static readonly List<Dictionary<Symbol, double>> Points = ExprGen.Samples(ExprGen.Point, 99, 64).ToList();

    private static IEnumerable<(Expr Expr, IReadOnlyDictionary<Symbol, double>[] Points)> Cases(ulong seed)
    {
        var k = 0;
        foreach (var e in ExprGen.Samples(ExprGen.Expression, seed, Count))
        {
            yield return (e, [Points[k % Points.Count], Points[(k + 1) % Points.Count], Points[(k + 2) % Points.Count]]);
            k += 3;
        }
    }

    public static TheoryData<string> Rewrites => ["expand", "together", "cancel", "simplify", "collect", "expandlog"];

    private static Expr Apply(string name, Expr e) => name switch
    {
        "expand" => Rewrite.Expand(e, 2_000),
        "together" => Rewrite.Together(e),
        "cancel" => Rewrite.Cancel(e),
        "simplify" => Simplifier.Simplify(e),
        "collect" => Rewrite.Collect(e, ExprGen.X),
        "expandlog" => Rewrite.ExpandLog(e),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Rewrites))]
    public void KeepsTheValue(string rewrite)
    {
        var checkedCount = 0;
        foreach (var (e, points) in Cases(1234))
        {
            Expr r;
            try { r = Apply(rewrite, e); }
            catch (ExpansionLimitException) { continue; }
            // Cancelling may remove a removable singularity (x/x = 1), never the reverse: compare where e is finite.
            NumericCheck.AssertSameValues(e, r, points, relative: 1e-6);
            checkedCount++;
        }
        Assert.True(checkedCount > Count / 2, $"only {checkedCount} expressions were checked");
    }

    [Fact]
    public void ExpandIsIdempotent()
    {
        foreach (var (e, _) in Cases(777))
        {
            Expr once;
            try { once = Rewrite.Expand(e, 2_000); }
            catch (ExpansionLimitException) { continue; }
            Assert.Equal(once, Rewrite.Expand(once, 2_000));
        }
    }

    /// <summary>
    /// Expanding an expanded expression gives back the very same tree, not an equal copy: a product without a sum
    /// factor is kept as it is (canonical already, see <see cref="CanonicalFormIsIdempotent"/>), so nothing is rebuilt.
    /// </summary>
    [Fact]
    public void ExpandOfAnExpandedExpressionIsTheSameObject()
    {
        var seen = 0;
        foreach (var (e, _) in Cases(778))
        {
            Expr once;
            try { once = Rewrite.Expand(e, 2_000); }
            catch (ExpansionLimitException) { continue; }
            Assert.Same(once, Rewrite.Expand(once, 2_000));
            seen += once.Descendants().Count(d => d is Product);
        }
        Assert.True(seen > Count, $"only {seen} products were expanded again");
    }

    [Theory]
    [InlineData("together")]
    [InlineData("cancel")]
    [InlineData("simplify")]
    public void IsIdempotent(string rewrite)
    {
        foreach (var (e, _) in Cases(4321))
        {
            var once = Apply(rewrite, e);
            Assert.Equal(once, Apply(rewrite, once));
        }
    }

    /// <summary>Every node rebuilt from its own arguments is the same node: construction is a fixed point.</summary>
    [Fact]
    public void CanonicalFormIsIdempotent()
    {
        foreach (var (e, _) in Cases(2026))
            foreach (var candidate in new[] { e, Rewrite.Cancel(e), Simplifier.Simplify(e) })
                foreach (var node in candidate.Descendants())
                    Assert.Equal(node, node.Rebuild(node.Args));
    }
}
