using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Q1;

namespace Ift6135.Sym.Tests.Assignment;

/// <summary>
/// Receptive fields worked out by hand from the statement: cross-correlation
/// y(r,c) = sum K_ij x(r+i-2, c+j-2); mask A keeps (2,1) and row 3, so a layer with A reads
/// (r, c-1), (r+1, c-1), (r+1, c), (r+1, c+1); mask B also keeps (2,2), adding (r, c).
/// </summary>
public class Q1ReceptiveFieldTests
{
    private static IReadOnlyList<Pixel> Field(Q1Parameters q, params string[] masks) =>
        ReceptiveField.Propagate(Q1Stack.Layers(q, masks), new Pixel(q.Target.Row, q.Target.Column)).Field;

    private static Pixel[] Set(params int[] labels) => labels.Select(l => new Pixel(l / 10, l % 10)).Order().ToArray();

    // A then A: layer 2 at 34 reads 33, 43, 44, 45; layer 1 at 33 reads 32,42,43,44; at 43 reads 42,52,53,54;
    // at 44 reads 43,53,54,55; at 45 reads 44,54,55 (column 6 is padding).
    public static readonly TheoryData<string, string, int[]> DefaultCases = new()
    {
        { "A", "A", [32, 42, 43, 44, 52, 53, 54, 55] },
        // A then B: layer 2 (B) at 34 reads 33, 34, 43, 44, 45; layer-1 (A) 34 adds 33 and 45.
        { "A", "B", [32, 33, 42, 43, 44, 45, 52, 53, 54, 55] },
        // B then A: layer 2 (A) reads 33, 43, 44, 45; layer 1 (B) adds each pixel itself: 33, 45.
        { "B", "A", [32, 33, 42, 43, 44, 45, 52, 53, 54, 55] },
        // B then B: layer 2 reads 34 too, and layer-1 34 reads 34 itself.
        { "B", "B", [32, 33, 34, 42, 43, 44, 45, 52, 53, 54, 55] },
    };

    [Theory]
    [MemberData(nameof(DefaultCases))]
    public void DefaultFieldsMatchTheHandDerivation(string first, string second, int[] expected) =>
        Assert.Equal(Set(expected), Field(new Q1Parameters(), first, second));

    [Theory]
    [MemberData(nameof(DefaultCases))]
    public void RunningTheConvolutionsGivesTheSameField(string first, string second, int[] expected)
    {
        var q = new Q1Parameters();
        var run = MaskedConvolutionRunner.DependenciesByRunning(Q1Stack.Layers(q, [first, second]), new Pixel(3, 4), seed: 17);
        Assert.Equal(Set(expected), run);
    }

    [Fact]
    public void OnlyBThenBSeesItsOwnPixel()
    {
        var q = new Q1Parameters();
        Assert.DoesNotContain(new Pixel(3, 4), Field(q, "A", "B"));
        Assert.Contains(new Pixel(3, 4), Field(q, "B", "B"));
    }

    // Flipped kernels: A reads (r, c+1), (r-1, c+1), (r-1, c), (r-1, c-1). Target 33, A then A:
    // layer 2 reads 34, 24, 23, 22; those read {35,25,24,23}, {25,15,14,13}, {24,14,13,12}, {23,13,12,11}.
    [Fact]
    public void FlippedKernelsLookUpAndRight()
    {
        var q = new Q1Parameters { Convention = ConvolutionConvention.FlippedConvolution, Target = new PixelParameter(3, 3) };
        Assert.Equal(Set(11, 12, 13, 14, 15, 23, 24, 25, 35), Field(q, "A", "A"));
    }

    // Corner target 11, B then B: layer 2 reads 11, 21, 22 (column 0 is padding);
    // 11 reads 11, 21, 22; 21 reads 21, 31, 32; 22 reads 21, 22, 31, 32, 33.
    [Fact]
    public void CornerTargetClipsAtThePadding()
    {
        var q = new Q1Parameters { Target = new PixelParameter(1, 1) };
        Assert.Equal(Set(11, 21, 22, 31, 32, 33), Field(q, "B", "B"));
    }

    [Fact]
    public void MasksGivenAsMatricesEqualTheRules()
    {
        var q = new Q1Parameters
        {
            Masks = [new MaskParameter("A", Matrix: [[0, 0, 0], [1, 0, 0], [1, 1, 1]]), new MaskParameter("B", Matrix: [[0, 0, 0], [1, 1, 0], [1, 1, 1]])],
        };
        Assert.Equal(Set(32, 42, 43, 44, 52, 53, 54, 55), Field(q, "A", "A"));
        Assert.Equal(Set(32, 33, 34, 42, 43, 44, 45, 52, 53, 54, 55), Field(q, "B", "B"));
    }

    [Fact]
    public void UnflippedMasksImplyBottomToTopLeftToRight()
    {
        var orders = OrderingAnalysis.ConsistentOrders(Q1Stack.Layers(new Q1Parameters(), ["A", "A"]));
        Assert.Equal([new RasterOrder(RowByRow: true, TopToBottom: false, LeftToRight: true)], orders);
    }

    [Fact]
    public void FlippedMasksImplyTopToBottomRightToLeft()
    {
        var q = new Q1Parameters { Convention = ConvolutionConvention.FlippedConvolution };
        Assert.Equal([new RasterOrder(true, true, false)], OrderingAnalysis.ConsistentOrders(Q1Stack.Layers(q, ["A", "B"])));
    }

    [Fact]
    public void BThenBAdmitsNoOrder() =>
        Assert.Empty(OrderingAnalysis.ConsistentOrders(Q1Stack.Layers(new Q1Parameters(), ["B", "B"])));

    [Theory]
    [InlineData("i = 2 and k < 2", 11)]
    [InlineData("i = ", 5)]
    [InlineData("i = 2 j", 7)]
    public void BadMaskRulesAreLocated(string rule, int column)
    {
        var e = Assert.Throws<MaskRuleException>(() => MaskRule.Parse(rule));
        Assert.Equal(column, e.Column);
    }
}
