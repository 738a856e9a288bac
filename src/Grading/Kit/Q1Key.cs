using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Q1;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// Question 1: the expected receptive fields come from the solution's derivation; each mistake is the
/// receptive field computed with the mistaken method (flipped kernels, the other mask in the first
/// layer, the padding left out of the index formula, the layers in reverse order, a single layer).
/// </summary>
internal static class Q1Key
{
    public static PartKey Part(Part part, AssignmentParameters parameters, int caseIndex)
    {
        var q = parameters.Q1;
        var masks = q.Cases[caseIndex];
        var expected = FieldOf(part) ?? throw new KitException($"{part.Id}: the solution gives no receptive field to take the expected answer from");
        var mistakes = Mistakes(q, masks)
            .Where(m => m.Wrong.Canonical != expected.Canonical)
            .DistinctBy(m => m.Wrong.Canonical)
            .ToArray();
        var field = new FieldKey("field", AnswerKind.PixelSet, expected, 1m,
            $"the input pixels the output pixel {q.Target.Row}{q.Target.Column} can depend on",
            ["a list of pixel names in any order, separated by commas or spaces (32, 42, 43)",
             $"a {q.GridSize}x{q.GridSize} grid of 0 and 1, one row per line, 1 for a pixel in the field"],
            mistakes);
        return new PartKey(part.Id, part.Title, part.Points, part.Restatement, [field], [],
            $"The receptive field of pixel {q.Target.Row}{q.Target.Column}: a list of pixels such as 32, 42, 43, or a 0/1 grid.", []);
    }

    /// <summary>The field part of the solution's machine answer, when the derivation gave one.</summary>
    private static PixelSetAnswer? FieldOf(Part part) =>
        part.Blocks.OfType<Result>().Select(r => r.Machine).FirstOrDefault() switch
        {
            CompositeAnswer c => c.Parts.Where(p => p.Name == "field").Select(p => p.Value).OfType<PixelSetAnswer>().FirstOrDefault(),
            PixelSetAnswer p => p,
            _ => null,
        };

    private static IEnumerable<Mistake> Mistakes(Q1Parameters q, IReadOnlyList<string> masks)
    {
        var flipped = q.Convention == ConvolutionConvention.CrossCorrelation ? ConvolutionConvention.FlippedConvolution : ConvolutionConvention.CrossCorrelation;
        yield return new Mistake("flipped kernel",
            flipped == ConvolutionConvention.FlippedConvolution
                ? "the kernel flipped as in a textbook convolution, although the layers do not flip it"
                : "the kernel left unflipped, although the layers flip it",
            Field(Q1Stack.Layers(q with { Convention = flipped }, masks), q), 0.5m);

        foreach (var other in q.Masks.Select(m => m.Name).Where(n => n != masks[0]))
        {
            var swapped = masks.ToArray();
            swapped[0] = other;
            yield return new Mistake($"mask {other} in the first layer",
                $"mask {other} used in the first layer instead of mask {masks[0]}", Field(Q1Stack.Layers(q, swapped), q), 0.25m);
        }

        // The padding left out of the index formula: x(r + i - 1, c + j - 1), the kernel anchored at its corner.
        var unpadded = Q1Stack.Layers(q, masks).Select(l => l with { Padding = 0 }).ToArray();
        yield return new Mistake("padding ignored",
            "the padding left out of the index arithmetic (the kernel anchored at its top-left corner instead of its centre)",
            Field(unpadded, q), 0.5m);

        if (masks.Count > 1 && !masks.SequenceEqual(masks.Reverse()))
            yield return new Mistake("layers in reverse order", "the second layer's mask applied first",
                Field(Q1Stack.Layers(q, masks.Reverse().ToArray()), q), 0.25m);

        if (masks.Count > 1)
            yield return new Mistake("one layer only", "only the last layer's kernel taken into account",
                Field(Q1Stack.Layers(q, [masks[^1]]), q), 0m);
    }

    private static PixelSetAnswer Field(IReadOnlyList<ConvolutionLayer> layers, Q1Parameters q)
    {
        var trace = ReceptiveField.Propagate(layers, new Pixel(q.Target.Row, q.Target.Column));
        return new PixelSetAnswer(trace.Field.Select(p => (p.Row, p.Column)).ToArray());
    }
}
