namespace Ift6135.Sym.Assignment.Q1;

/// <summary>
/// An independent check of <see cref="ReceptiveField"/>: actually runs the stack of masked
/// convolutions (exact integer arithmetic) with random strictly positive kernels on each indicator
/// input e_p. With positive weights no two paths can cancel, so the target output is non-zero
/// exactly when p is in the receptive field.
/// </summary>
public static class MaskedConvolutionRunner
{
    public static IReadOnlyList<Pixel> DependenciesByRunning(IReadOnlyList<ConvolutionLayer> layers, Pixel target, int seed)
    {
        var random = new Random(seed);
        var kernels = layers.Select(l => RandomMaskedKernel(l.Mask, random)).ToArray();
        var n = layers[0].InputSize;
        var seen = new List<Pixel>();
        for (var r = 1; r <= n; r++)
            for (var c = 1; c <= n; c++)
            {
                var map = new long[n, n];
                map[r - 1, c - 1] = 1;
                for (var l = 0; l < layers.Count; l++) map = Apply(layers[l], kernels[l], map);
                if (map[target.Row - 1, target.Column - 1] != 0) seen.Add(new Pixel(r, c));
            }
        return seen;
    }

    private static long[,] RandomMaskedKernel(KernelMask mask, Random random)
    {
        var k = new long[mask.Size, mask.Size];
        for (var i = 1; i <= mask.Size; i++)
            for (var j = 1; j <= mask.Size; j++)
                k[i - 1, j - 1] = mask[i, j] ? random.Next(1, 10) : 0;
        return k;
    }

    /// <summary>One layer by its defining sum over every kernel entry (masked entries are zero, padding reads zero).</summary>
    private static long[,] Apply(ConvolutionLayer layer, long[,] kernel, long[,] input)
    {
        var m = layer.OutputSize;
        var output = new long[m, m];
        for (var r = 1; r <= m; r++)
            for (var c = 1; c <= m; c++)
                for (var i = 1; i <= layer.KernelSize; i++)
                    for (var j = 1; j <= layer.KernelSize; j++)
                    {
                        var s = layer.Source(new Pixel(r, c), i, j);
                        if (layer.IsInside(s)) output[r - 1, c - 1] += kernel[i - 1, j - 1] * input[s.Row - 1, s.Column - 1];
                    }
        return output;
    }
}
