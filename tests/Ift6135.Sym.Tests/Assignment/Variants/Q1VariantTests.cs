using Ift6135.Sym.Assignment.Model;

namespace Ift6135.Sym.Tests.Assignment.Variants;

/// <summary>
/// Question 1 variants through the parameter JSON. The expected fields are worked out by hand in each
/// test's comment: an output pixel (r, c) reads (r + di, c + dj) for each kernel entry (i, j) the mask
/// keeps, with (di, dj) = (i - 2, j - 2) unflipped and (2 - i, 2 - j) flipped (3x3, padding 1); pixels
/// outside the 5x5 grid are padding. The field is propagated from the last layer back to the input.
/// </summary>
public class Q1VariantTests
{
    private static (string Field, bool Autoregressive)[] Cases(string json)
    {
        var q = VariantFile.Derive(json, 1);
        return Enumerable.Range(1, 4).Select(k =>
        {
            var answer = VariantFile.AnswerOf(q, $"q1.{k}");
            return (VariantFile.Field(answer, "field").Canonical, ((BooleanAnswer)VariantFile.Field(answer, "autoregressive")).Value);
        }).ToArray();
    }

    [Fact]
    public void AnotherTargetPixel()
    {
        // Mask A reads (0,-1) and the row below (1,-1), (1,0), (1,1). From 22: layer 2 reads 21 31 32 33;
        // layer 1: 21 -> 31 32; 31 -> 41 42; 32 -> 31 41 42 43; 33 -> 32 42 43 44. 22 is not among them.
        var cases = Cases("""{ "q1": { "target": { "row": 2, "column": 2 } } }""");
        Assert.Equal(("31 32 41 42 43 44", true), cases[0]);
    }

    [Fact]
    public void MasksGivenAsMatricesAnswerAsTheSameMasksGivenAsRules()
    {
        // A = rows (0 0 0), (1 0 0), (1 1 1); B = (0 0 0), (1 1 0), (1 1 1): the statement's rules written out.
        var matrices = Cases("""
            { "q1": { "masks": [
                { "name": "A", "matrix": [[0, 0, 0], [1, 0, 0], [1, 1, 1]] },
                { "name": "B", "matrix": [[0, 0, 0], [1, 1, 0], [1, 1, 1]] } ] } }
            """);
        // A then A from 34: layer 2 reads 33 43 44 45; layer 1: 33 -> 32 42 43 44, 43 -> 42 52 53 54,
        // 44 -> 43 53 54 55, 45 -> 44 54 55. B then B adds the centre: 34 reads 33 34 43 44 45, and back to
        // 32 33 34 42 43 44 45 52 53 54 55, which holds 34 itself.
        Assert.Equal(("32 42 43 44 52 53 54 55", true), matrices[0]);
        Assert.Equal(("32 33 34 42 43 44 45 52 53 54 55", false), matrices[3]);
        Assert.Equal(Cases("{}"), matrices);
    }

    [Fact]
    public void OtherMasksAndAnotherListOfLayers()
    {
        // PixelCNN-style masks on the rows above: P keeps (-1,-1) (-1,0) (-1,1) (0,-1); Q also keeps (0,0).
        var cases = Cases("""
            { "q1": {
                "masks": [
                  { "name": "P", "matrix": [[1, 1, 1], [1, 0, 0], [0, 0, 0]] },
                  { "name": "Q", "rules": ["i = 1", "i = 2 and j <= 2"] } ],
                "cases": [["P", "P"], ["P", "Q", "Q"], ["Q"], ["Q", "P", "P"]] } }
            """);
        // P P: 34 reads 23 24 25 33; 23 -> 12 13 14 22, 24 -> 13 14 15 23, 25 -> 14 15 24, 33 -> 22 23 24 32.
        Assert.Equal(("12 13 14 15 22 23 24 32", true), cases[0]);
        // P Q Q: two Q layers give 12..15 22..25 32 33 34; P then reads their row above and left neighbour.
        Assert.Equal(("11 12 13 14 15 21 22 23 24 25 31 32 33", true), cases[1]);
        // Q alone: 34 reads 23 24 25 33 and itself.
        Assert.Equal(("23 24 25 33 34", false), cases[2]);
        // Q P P: P P give 12 13 14 15 22 23 24 32, and Q adds each of those with its left neighbour and the row above.
        Assert.Equal(("11 12 13 14 15 21 22 23 24 31 32", true), cases[3]);
    }

    [Fact]
    public void TheFlippedConventionReversesTheOffsets()
    {
        // Flipped, entry (i, j) reads (2 - i, 2 - j): A reads the right neighbour (0,1) and the row above;
        // B also reads the pixel itself.
        var cases = Cases("""{ "q1": { "convention": "FlippedConvolution" } }""");
        // A A: 34 reads 35 23 24 25; 35 -> 24 25, 23 -> 24 12 13 14, 24 -> 25 13 14 15, 25 -> 14 15.
        Assert.Equal(("12 13 14 15 24 25", true), cases[0]);
        // A B: B reads 34 35 23 24 25, then A: 34 -> 35 23 24 25, 35 -> 24 25, and the row above as before.
        Assert.Equal(("12 13 14 15 23 24 25 35", true), cases[1]);
        // B A: A reads 35 23 24 25, then B adds each pixel itself: 35 23 24 25 and the row above.
        Assert.Equal(("12 13 14 15 23 24 25 35", true), cases[2]);
        // B B: the centre is kept twice, so 34 reaches itself.
        Assert.Equal(("12 13 14 15 23 24 25 34 35", false), cases[3]);
    }

    [Fact]
    public void A_stack_whose_pixels_depend_on_each_other_in_a_cycle_is_not_autoregressive()
    {
        // X keeps the corners (1,1) and (3,3): a pixel reads (-1,-1) and (+1,+1). One layer X from 34 reads 23 and 45,
        // so 34 is not in its own field; but 45 reads 34 (and 56, outside): 34 and 45 depend on each other, and no
        // order of generation can put each before the other. From 15 (a corner of the cycle-free edge) with X then X:
        // 15 reads 04 and 26, both outside, so the field is empty, yet the stack is the same cyclic one.
        const string masks = """
            "masks": [ { "name": "X", "matrix": [[1, 0, 0], [0, 0, 0], [0, 0, 1]] },
                       { "name": "B", "rules": ["i = 2 and j <= 2", "i = 3"] } ],
            "cases": [["X"], ["X", "X"], ["B", "X"], ["B"]]
            """;
        var cases = Cases($$"""{ "q1": { {{masks}} } }""");
        Assert.Equal(("23 45", false), cases[0]);
        var corner = Cases($$"""{ "q1": { "target": { "row": 1, "column": 5 }, {{masks}} } }""");
        Assert.Equal(("", false), corner[1]);
    }

    [Fact]
    public void The_verdict_sentence_names_the_cycle()
    {
        var q = VariantFile.Derive("""
            { "q1": { "masks": [ { "name": "X", "matrix": [[1, 0, 0], [0, 0, 0], [0, 0, 1]] } ],
                      "cases": [["X"], ["X"], ["X"], ["X"]] } }
            """, 1);
        var text = string.Join(" ", q.Parts[0].Blocks.OfType<Prose>().Select(p => p.Text.Plain));
        // Pixel 11 reads 22 (00 is outside), 22 reads 11: the first cycle in the grid's order.
        Assert.Contains("11 depends on 22, which depends on 11", text, StringComparison.Ordinal);
        Assert.Contains("not autoregressive", text, StringComparison.Ordinal);
    }
}
