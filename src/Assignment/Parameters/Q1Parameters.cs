using System.Text.Json.Serialization;

namespace Ift6135.Sym.Assignment.Parameters;

/// <summary>How a convolution layer reads its input.</summary>
public enum ConvolutionConvention
{
    /// <summary>out(r,c) = sum K_ij x(r+i-c0, c+j-c0): the kernel is not flipped (what deep-learning libraries do).</summary>
    CrossCorrelation,
    /// <summary>out(r,c) = sum K_ij x(r-i+c0, c-j+c0): the textbook convolution, kernel flipped in both axes.</summary>
    FlippedConvolution,
}

/// <summary>Question 1: two stacked masked convolutions on a square grid.</summary>
public sealed record Q1Parameters
{
    [JsonConstructor]
    public Q1Parameters(int gridSize = 5, int kernelSize = 3, int padding = 1, int stride = 1, PixelParameter? target = null,
        ConvolutionConvention convention = ConvolutionConvention.CrossCorrelation,
        IReadOnlyList<MaskParameter>? masks = null, IReadOnlyList<IReadOnlyList<string>>? cases = null)
    {
        GridSize = gridSize;
        KernelSize = kernelSize;
        Padding = padding;
        Stride = stride;
        Target = target ?? new(3, 4);
        Convention = convention;
        Masks = masks ??
        [
            new("A", Rules: ["i = 2 and j < 2", "i = 3"]),
            new("B", Rules: ["i = 2 and j <= 2", "i = 3"]),
        ];
        Cases = cases ?? [["A", "A"], ["A", "B"], ["B", "A"], ["B", "B"]];
    }

    public int GridSize { get; init; }
    public int KernelSize { get; init; }
    public int Padding { get; init; }
    public int Stride { get; init; }

    /// <summary>The output pixel whose receptive field is asked, 1-based (row 3, column 4: "34").</summary>
    public PixelParameter Target { get; init; }

    public ConvolutionConvention Convention { get; init; }

    /// <summary>The masks by name. The statement's A and B are given as rules on the 1-based kernel indices.</summary>
    public IReadOnlyList<MaskParameter> Masks { get; init; }

    /// <summary>The cases, each a list of mask names from the first layer to the last.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cases { get; init; }
}

/// <summary>A pixel, 1-based.</summary>
public sealed record PixelParameter(int Row, int Column);

/// <summary>
/// A kernel mask: either rules (a kernel entry is 1 when any rule holds; a rule is a conjunction
/// such as "i = 2 and j &lt; 2" on the 1-based row i and column j) or an explicit 0/1 matrix.
/// </summary>
public sealed record MaskParameter(string Name, IReadOnlyList<string>? Rules = null, IReadOnlyList<IReadOnlyList<int>>? Matrix = null);
