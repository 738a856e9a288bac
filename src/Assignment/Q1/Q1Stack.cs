using Ift6135.Sym.Assignment.Parameters;

namespace Ift6135.Sym.Assignment.Q1;

/// <summary>Turns the Q1 parameters into masks and layer stacks.</summary>
public static class Q1Stack
{
    public static KernelMask Mask(MaskParameter m, int kernelSize)
    {
        if (m.Matrix is not null) return KernelMask.FromMatrix(m.Name, m.Matrix);
        var rules = (m.Rules ?? []).Select(MaskRule.Parse).ToArray();
        return KernelMask.FromRule(m.Name, kernelSize, (i, j) => rules.Any(r => r.Holds(i, j)));
    }

    public static IReadOnlyDictionary<string, KernelMask> Masks(Q1Parameters p) =>
        p.Masks.ToDictionary(m => m.Name, m => Mask(m, p.KernelSize), StringComparer.Ordinal);

    /// <summary>The layers of one case, first layer first; every layer keeps the geometry of the parameters.</summary>
    public static IReadOnlyList<ConvolutionLayer> Layers(Q1Parameters p, IReadOnlyList<string> maskNames)
    {
        var masks = Masks(p);
        var layers = new List<ConvolutionLayer>();
        var size = p.GridSize;
        foreach (var name in maskNames)
        {
            var layer = new ConvolutionLayer(masks[name], size, p.Padding, p.Stride, p.Convention);
            layers.Add(layer);
            size = layer.OutputSize;
        }
        return layers;
    }
}
