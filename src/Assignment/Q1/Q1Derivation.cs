using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Assignment.Q1;

/// <summary>
/// Question 1: the receptive field of one output pixel of two stacked masked convolutions, for each
/// case, found by propagating dependencies through the masked kernels and confirmed by running the
/// masked convolutions; then whether each case keeps the autoregressive property and which scan
/// order the masks imply. Nothing is assumed about the masks: everything is read off the fields.
/// </summary>
public sealed class Q1Derivation(AssignmentParameters parameters, DerivationLog log)
{
    /// <summary>Seed of the random positive kernels of the cross-check; fixed so the document is reproducible.</summary>
    public const int CrossCheckSeed = 6135;

    private Q1Parameters Q => parameters.Q1;
    private Pixel Target => new(Q.Target.Row, Q.Target.Column);

    public Question Derive()
    {
        var parts = Q.Cases.Select((c, k) => DerivePart(k, c)).ToArray();
        var summary = Inline.Of($"Two masked convolution layers are stacked on a {Q.GridSize}x{Q.GridSize} map; for each choice of masks, which input pixels can the output pixel {Target.Label} depend on, and does the stack remain autoregressive?");
        return new Question(1, "Masked convolutions and receptive fields", summary, Setup(), parts, Closing(parts));
    }

    private IReadOnlyList<Block> Setup()
    {
        var blocks = new List<Block>
        {
            // The kernel's size is said in the sentence, not as a second line of the display; its weights are w_ij (K names a dimension and a sample count elsewhere).
            new Prose(Inline.Of(Q.Convention == ConvolutionConvention.CrossCorrelation
                ? "Each layer is a cross-correlation (the kernel is not flipped), with zero padding, so an output pixel is the following sum over the weights "
                : "Each layer is a true convolution (the kernel is flipped), with zero padding, so an output pixel is the following sum over the weights ",
                KernelWeight(Symbol.Of("i"), Symbol.Of("j")), " of the ", new RelationItem(Relation.Eq(KernelSize, Q.KernelSize)), " kernel; padding pixels contribute nothing.")),
            Formula.Established(new RelationItem(LayerFormula())),
        };
        // Said once here; each case's cross-check, with its seed, is listed in appendix B.
        blocks.Add(new Prose(Inline.Of("Each receptive field below is found by following the dependencies back from the output pixel through the layers",
            Inline.CheckNote(", and cross-checked by running the masked layers on every indicator input with random strictly positive integer kernels: ",
                "positive weights cannot cancel along paths, so the output is non-zero exactly for the input pixels it depends on (appendix B gives each case's seed)"),
            ".")));
        foreach (var (name, mask) in Q1Stack.Masks(Q).OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var layer = new ConvolutionLayer(mask, Q.GridSize, Q.Padding, Q.Stride, Q.Convention);
            blocks.Add(new Formula(new DefinitionItem(MaskSymbol(name), new MatrixItem(MaskMatrix(mask))),
                Inline.Of($"Mask {name}, multiplied entrywise with the kernel (rows i, columns j).")));
            blocks.Add(new Prose(Inline.Of($"With mask {name} the output pixel ", Apply.Of("y", R, C), " reads exactly the inputs ",
                new ListItem(layer.Offsets.Select(o => (MathItem)new ExprItem(Pixel(R + o.Row, C + o.Column))).ToArray()),
                $". {DescribeOffsets(layer.Offsets)}")));
        }
        return blocks;
    }

    private Part DerivePart(int k, IReadOnlyList<string> maskNames)
    {
        var id = $"q1.{k + 1}";
        var layers = Q1Stack.Layers(Q, maskNames);
        var trace = ReceptiveField.Propagate(layers, Target);
        var run = MaskedConvolutionRunner.DependenciesByRunning(layers, Target, CrossCheckSeed + k);
        log.Check(id, $"receptive field of {Target.Label} by running the masked convolutions",
            run.SequenceEqual(trace.Field),
            $"propagation gives {Labels(trace.Field)}; running the layers on the {layers[0].InputSize * layers[0].InputSize} indicator inputs with random positive integer kernels (seed {CrossCheckSeed + k}) gives {Labels(run)}");

        var fields = OrderingAnalysis.Fields(layers) ?? throw new InvalidOperationException("the validated layers keep the grid size");
        var orders = OrderingAnalysis.ConsistentOrders(fields);
        // Autoregressive means some generation order exists for the whole grid, not only that the target misses itself.
        var cycle = DependencyCycle.Find(fields);
        var blocks = new List<Block>();
        blocks.AddRange(PropagationBlocks(layers, trace, maskNames));
        blocks.Add(new Figure(Grid(trace, CaseName(maskNames)), Inline.Of($"Receptive field of {Target.Label} (shaded), case {CaseName(maskNames)}; the target pixel is marked.")));
        blocks.Add(new Prose(Inline.Of(AutoregressiveVerdict(trace, orders, cycle))));
        blocks.Add(new Result(
            Inline.Of($"The receptive field of {Target.Label} is {{{Labels(trace.Field)}}} ({trace.Field.Count} pixels); the stack is {(cycle is null ? "" : "not ")}autoregressive."),
            new CompositeAnswer([
                ("field", new PixelSetAnswer(trace.Field.Select(p => (p.Row, p.Column)).ToArray())),
                ("autoregressive", new BooleanAnswer(cycle is null)),
            ])));
        var restatement = Inline.Of($"Layer 1 uses mask {maskNames[0]}{string.Concat(maskNames.Skip(1).Select((m, l) => $", layer {l + 2} uses mask {m}"))}. Find every input pixel that can influence the output pixel {Target.Label}.");
        return new Part(id, $"Case {CaseName(maskNames)}", parameters.PointsOf(id), restatement, blocks);
    }

    private IEnumerable<Block> PropagationBlocks(IReadOnlyList<ConvolutionLayer> layers, ReceptiveFieldTrace trace, IReadOnlyList<string> maskNames)
    {
        for (var l = layers.Count - 1; l >= 0; l--)
        {
            var from = trace.Levels[l + 1];
            var what = l == 0 ? "input pixels" : $"outputs of layer {l}";
            var rows = from.Select(p => (IReadOnlyList<Inline>)[Inline.Of(p.Label), Inline.Of(Labels(layers[l].Reads(p)))]).ToArray();
            yield return new Prose(Inline.Of($"Layer {l + 1} (mask {maskNames[l]}): {(l + 1 == layers.Count ? $"the output pixel {Target.Label} reads" : "these pixels read")} the {what} {{{Labels(trace.Levels[l])}}}."));
            if (from.Count > 1 || l < layers.Count - 1)
                yield return new Table([Inline.Of($"pixel of layer {l + 1}"), Inline.Of($"{what} it reads")], rows);
        }
    }

    private string AutoregressiveVerdict(ReceptiveFieldTrace trace, IReadOnlyList<RasterOrder> orders, IReadOnlyList<Pixel>? cycle)
    {
        var self = trace.SeesItself
            ? $"The field contains {Target.Label} itself: the output can see the very input it should predict, so this case is not autoregressive."
            : $"The field does not contain {Target.Label}: the output never sees the input it predicts.";
        var order = orders.Count switch
        {
            0 when cycle is null => NoScanOrder + ", but no pixel depends on itself through the others, so some other generation order is consistent with this stack: it is autoregressive.",
            0 when trace.SeesItself => NoScanOrder + ", so no generation order is consistent with this stack.",
            0 => NoScanOrder + $": over the whole grid {DependencyCycle.Describe(cycle!)}, so no generation order is consistent with this stack and it is not autoregressive.",
            1 => $" Over the whole grid, not only at {Target.Label}, every output pixel depends only on input pixels that come earlier in one scan order: {orders[0].Describe()}.",
            _ => $" Over the whole grid, not only at {Target.Label}, every output pixel depends only on input pixels that come earlier in each of these scan orders: {string.Join("; ", orders.Select(o => o.Describe()))}.",
        };
        return self + order;
    }

    private const string NoScanOrder = " No scan order of the grid (row- or column-wise, in any direction) has every pixel depend only on earlier pixels";

    private IReadOnlyList<Block> Closing(IReadOnlyList<Part> parts)
    {
        var grids = Q.Cases.Select(c => Grid(ReceptiveField.Propagate(Q1Stack.Layers(Q, c), Target), CaseName(c))).ToArray();
        var blocks = new List<Block> { new Figure(new GridPanel(grids), Inline.Of($"The receptive fields of {Target.Label} in the {grids.Length} cases.")) };
        var other = Q.Convention == ConvolutionConvention.CrossCorrelation ? ConvolutionConvention.FlippedConvolution : ConvolutionConvention.CrossCorrelation;
        var first = Q.Cases[0];
        var flippedOrders = OrderingAnalysis.ConsistentOrders(Q1Stack.Layers(Q with { Convention = other }, first));
        var ownOrders = OrderingAnalysis.ConsistentOrders(Q1Stack.Layers(Q, first));
        blocks.Add(new Prose(Inline.Of(
            $"Ordering. With {(Q.Convention == ConvolutionConvention.CrossCorrelation ? "unflipped kernels (cross-correlation)" : "flipped kernels")}, case {CaseName(first)} is consistent with: {Describe(ownOrders)}. " +
            $"Had the kernels been {(other == ConvolutionConvention.FlippedConvolution ? "flipped (a true convolution)" : "left unflipped")}, the same masks would instead be consistent with: {Describe(flippedOrders)}. " +
            "The masks therefore fix a generation order only together with the convention that applies them.")));
        return blocks;
    }

    private static string Describe(IReadOnlyList<RasterOrder> orders) =>
        orders.Count == 0 ? "no scan order" : string.Join("; ", orders.Select(o => o.Describe()));

    private GridFigure Grid(ReceptiveFieldTrace trace, string title) =>
        new(Q.GridSize, Q.GridSize, trace.Field.Select(p => (p.Row, p.Column)).ToArray(), (Target.Row, Target.Column), title);

    private static readonly Symbol R = Symbol.Of("r"), C = Symbol.Of("c");

    private static Expr Pixel(Expr row, Expr column) => Apply.Of("x", row, column);

    private static Expr MaskSymbol(string name) => Symbol.Indexed("M", Symbolic.Assumptions.Facts.Real, Symbol.Of(name));

    private static Matrix MaskMatrix(KernelMask mask) => Matrix.Of(mask.Size, mask.Size, (i, j) => mask[i + 1, j + 1] ? Number.One : Number.Zero);

    /// <summary>
    /// y(r, c) = sum_i sum_j K_ij x(r + i - 2, c + j - 2), built from the parameters (not typed in).
    /// The bound is the symbol k (the kernel size, given separately) so the sum stays a sum and is not unrolled.
    /// </summary>
    private Relation LayerFormula()
    {
        Symbol i = Symbol.Of("i", Symbolic.Assumptions.Facts.Integer), j = Symbol.Of("j", Symbolic.Assumptions.Facts.Integer);
        var shift = Number.Of(1 + Q.Padding);
        var (ri, cj) = Q.Convention == ConvolutionConvention.CrossCorrelation
            ? (R + i - shift, C + j - shift)
            : (R - i + KernelSize + 1 - shift, C - j + KernelSize + 1 - shift);
        var body = KernelWeight(i, j) * Pixel(ri, cj);
        var sum = Build.IndexedSum(Build.IndexedSum(body, j, 1, KernelSize), i, 1, KernelSize);
        return Relation.Eq(Apply.Of("y", R, C), sum);
    }

    private static Symbol KernelWeight(Expr row, Expr column) => Symbol.Indexed("w", Symbolic.Assumptions.Facts.Real, row, column);

    private static readonly Symbol KernelSize = Symbol.Of("k", Symbolic.Assumptions.Facts.Positive | Symbolic.Assumptions.Facts.Integer);

    private string DescribeOffsets(IReadOnlyList<(int Row, int Column)> offsets)
    {
        var rows = offsets.Select(o => o.Row).Distinct().Order().Select(RowWord);
        var sameRow = offsets.Where(o => o.Row == 0).Select(o => o.Column).ToArray();
        var inRow = sameRow.Length == 0 ? "nothing"
            : sameRow.All(c => c < 0) ? "only pixels to its left"
            : sameRow.All(c => c <= 0) ? "the pixels to its left and the pixel itself"
            : "pixels on both sides";
        return $"So it reads {string.Join(" and ", rows)}; within its own row it sees {inRow}.";
    }

    private static string RowWord(int offset) => offset switch
    {
        0 => "its own row",
        1 => "the row below",
        -1 => "the row above",
        > 0 => $"the row {offset} below",
        _ => $"the row {-offset} above",
    };

    private static string CaseName(IReadOnlyList<string> masks) => string.Join(" then ", masks);

    private static string Labels(IEnumerable<Pixel> pixels) => string.Join(", ", pixels.Select(p => p.Label));
}
