namespace Ift6135.Sym.Assignment.Q1;

/// <summary>
/// One of the eight scan orders of a grid: rows or columns first, each traversed in either direction.
/// An autoregressive model generating pixels in this order must let each pixel see only earlier ones.
/// </summary>
public sealed record RasterOrder(bool RowByRow, bool TopToBottom, bool LeftToRight)
{
    public static IReadOnlyList<RasterOrder> All { get; } =
        [.. from rowByRow in new[] { true, false } from down in new[] { true, false } from right in new[] { true, false }
            select new RasterOrder(rowByRow, down, right)];

    /// <summary>Whether <paramref name="a"/> comes strictly before <paramref name="b"/>.</summary>
    public bool Precedes(Pixel a, Pixel b)
    {
        var rowKey = (Pixel p) => TopToBottom ? p.Row : -p.Row;
        var colKey = (Pixel p) => LeftToRight ? p.Column : -p.Column;
        var (outerA, innerA, outerB, innerB) = RowByRow
            ? (rowKey(a), colKey(a), rowKey(b), colKey(b))
            : (colKey(a), rowKey(a), colKey(b), rowKey(b));
        return outerA < outerB || (outerA == outerB && innerA < innerB);
    }

    public string Describe()
    {
        var rows = TopToBottom ? "rows from top to bottom" : "rows from bottom to top";
        var cols = LeftToRight ? "columns from left to right" : "columns from right to left";
        return RowByRow ? $"row by row, {rows}, and within a row {cols}" : $"column by column, {cols}, and within a column {rows}";
    }
}

/// <summary>Which scan orders a stack of masked layers respects, found from the receptive field of every pixel.</summary>
public static class OrderingAnalysis
{
    public static IReadOnlyList<RasterOrder> ConsistentOrders(IReadOnlyList<ConvolutionLayer> layers) => ConsistentOrders(Fields(layers));

    public static IReadOnlyList<RasterOrder> ConsistentOrders(IReadOnlyList<(Pixel Pixel, IReadOnlyList<Pixel> Field)>? fields) =>
        fields is null ? [] : RasterOrder.All.Where(o => fields.All(f => f.Field.All(q => o.Precedes(q, f.Pixel)))).ToArray();

    /// <summary>The receptive field of every pixel of the grid, in the grid's order; null when the stack does not keep the grid size.</summary>
    public static IReadOnlyList<(Pixel Pixel, IReadOnlyList<Pixel> Field)>? Fields(IReadOnlyList<ConvolutionLayer> layers)
    {
        var n = layers[^1].OutputSize;
        if (n != layers[0].InputSize) return null;
        return (from r in Enumerable.Range(1, n) from c in Enumerable.Range(1, n)
                let p = new Pixel(r, c)
                select (p, ReceptiveField.Propagate(layers, p).Field)).ToArray();
    }
}
