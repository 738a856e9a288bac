namespace Ift6135.Sym.Assignment.Q1;

/// <summary>
/// The pixels each level of a stack depends on, from the target output pixel (last level) back to
/// the input (level 0): the sets of pixels whose values can change the target.
/// </summary>
public sealed record ReceptiveFieldTrace(Pixel Target, IReadOnlyList<IReadOnlyList<Pixel>> Levels)
{
    /// <summary>The input pixels the target can depend on: the receptive field.</summary>
    public IReadOnlyList<Pixel> Field => Levels[0];

    public bool SeesItself => Field.Contains(Target);
}

/// <summary>Receptive fields by propagating dependencies backwards through the masked kernels, layer by layer.</summary>
public static class ReceptiveField
{
    public static ReceptiveFieldTrace Propagate(IReadOnlyList<ConvolutionLayer> layers, Pixel target)
    {
        var levels = new IReadOnlyList<Pixel>[layers.Count + 1];
        levels[layers.Count] = [target];
        for (var l = layers.Count - 1; l >= 0; l--)
        {
            var read = new List<Pixel>();
            foreach (var p in levels[l + 1]) read.AddRange(layers[l].Reads(p));
            levels[l] = Pixel.SortedDistinct(read);
        }
        return new ReceptiveFieldTrace(target, levels);
    }
}
