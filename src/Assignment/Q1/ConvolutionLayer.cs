using Ift6135.Sym.Assignment.Parameters;

namespace Ift6135.Sym.Assignment.Q1;

/// <summary>
/// One masked convolution layer on a square map. Output pixel (r, c) reads, for each kernel entry
/// (i, j) the mask keeps, the input pixel ((r-1)s + i' - p, (c-1)s + j' - p), where i' = i for
/// cross-correlation and i' = k + 1 - i for a flipped (true) convolution; zero padding reads nothing.
/// </summary>
public sealed record ConvolutionLayer(KernelMask Mask, int InputSize, int Padding, int Stride, ConvolutionConvention Convention)
{
    public int KernelSize => Mask.Size;

    public int OutputSize => (InputSize + 2 * Padding - KernelSize) / Stride + 1;

    /// <summary>The input pixel that kernel entry (i, j) multiplies for output pixel <paramref name="output"/>, padding or not.</summary>
    public Pixel Source(Pixel output, int i, int j)
    {
        var (ii, jj) = Convention == ConvolutionConvention.CrossCorrelation ? (i, j) : (KernelSize + 1 - i, KernelSize + 1 - j);
        return new Pixel((output.Row - 1) * Stride + ii - Padding, (output.Column - 1) * Stride + jj - Padding);
    }

    public bool IsInside(Pixel p) => p.Row >= 1 && p.Row <= InputSize && p.Column >= 1 && p.Column <= InputSize;

    /// <summary>The input pixels (not padding) that the output pixel can depend on, sorted.</summary>
    public IReadOnlyList<Pixel> Reads(Pixel output)
    {
        var read = new List<Pixel>(Mask.Kept.Count);
        foreach (var (i, j) in Mask.Kept)
            if (Source(output, i, j) is var p && IsInside(p)) read.Add(p);
        return Pixel.SortedDistinct(read);
    }

    /// <summary>The offsets (row, column) of the input pixels read relative to the output pixel (meaningful at stride 1).</summary>
    public IReadOnlyList<(int Row, int Column)> Offsets =>
        Mask.Kept.Select(k => Source(new Pixel(1, 1), k.I, k.J)).Select(p => (p.Row - 1, p.Column - 1)).ToArray();
}
