namespace Ift6135.Sym.Assignment.Parameters;

/// <summary>How a convolution layer reads its input.</summary>
public enum ConvolutionConvention
{
    /// <summary>out(r,c) = sum K_ij x(r+i-c0, c+j-c0): the kernel is not flipped (what deep-learning libraries do).</summary>
    CrossCorrelation,
    /// <summary>out(r,c) = sum K_ij x(r-i+c0, c+j-c0 mirrored): the textbook convolution, kernel flipped in both axes.</summary>
    Convolution,
}

/// <summary>Question 1: two stacked masked convolutions on a square grid.</summary>
public sealed record Q1Parameters
{
    public int GridSize { get; init; } = 5;
    public int KernelSize { get; init; } = 3;
    public int Padding { get; init; } = 1;
    public int Stride { get; init; } = 1;

    /// <summary>The output pixel whose receptive field is asked, 1-based (row 3, column 4: "34").</summary>
    public PixelParameter Target { get; init; } = new(3, 4);

    public ConvolutionConvention Convention { get; init; } = ConvolutionConvention.CrossCorrelation;

    /// <summary>The masks by name. The statement's A and B are given as rules on the 1-based kernel indices.</summary>
    public IReadOnlyList<MaskParameter> Masks { get; init; } =
    [
        new() { Name = "A", Rules = ["i = 2 and j < 2", "i = 3"] },
        new() { Name = "B", Rules = ["i = 2 and j <= 2", "i = 3"] },
    ];

    /// <summary>The cases, each a list of mask names from the first layer to the last.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cases { get; init; } = [["A", "A"], ["A", "B"], ["B", "A"], ["B", "B"]];
}

/// <summary>A pixel, 1-based.</summary>
public sealed record PixelParameter(int Row, int Column);

/// <summary>
/// A kernel mask: either rules (a kernel entry is 1 when any rule holds; a rule is a conjunction
/// such as "i = 2 and j &lt; 2" on the 1-based row i and column j) or an explicit 0/1 matrix.
/// </summary>
public sealed record MaskParameter
{
    public string Name { get; init; } = "";
    public IReadOnlyList<string>? Rules { get; init; }
    public IReadOnlyList<IReadOnlyList<int>>? Matrix { get; init; }
}
