namespace Ift6135.Sym.Assignment.Numerics;

/// <summary>
/// log((1/n) sum exp(l_i)) for many groups of n logarithms at once, each group shifted by its largest l_i so that the
/// exponentials can neither overflow nor all underflow. The groups are the columns of a table whose rows are stored
/// one after the other (l_i of group g at i * groups + g), so that every step (the maxima, the shifts, the exponentials,
/// the sums and the logarithms) runs down whole rows, several groups per vector instruction: these were most of the
/// cost of Question 4's bound.
/// </summary>
public static class LogMeanExp
{
    /// <summary>
    /// Fills <paramref name="into"/> with one value per group: <paramref name="logs"/> holds <paramref name="groupSize"/> rows
    /// of <paramref name="into"/>.Length values, and is overwritten (its rows after the first hold exp(l_i - max) afterwards). A group with a NaN
    /// gives NaN (its shifted value is NaN, and so its exponential and the sum).
    /// </summary>
    public static void OfColumns(Span<double> logs, int groupSize, Span<double> into)
    {
        if (groupSize < 1) throw new InvalidOperationException("The mean of no weights is undefined.");
        if (logs.Length != groupSize * into.Length) throw new ArgumentException($"Expected {groupSize} rows of {into.Length} values, not {logs.Length} values.");
        var groups = into.Length;
        logs[..groups].CopyTo(into);
        for (var i = 1; i < groupSize; i++) VectorMath.Max(into, logs.Slice(i * groups, groups));
        for (var i = 0; i < groupSize; i++) VectorMath.Subtract(logs.Slice(i * groups, groups), into);
        VectorMath.ExpInPlace(logs);
        // The first row becomes the sums, then the log means: a buffer of its own per call was most of the bound's allocation.
        var means = logs[..groups];
        for (var i = 1; i < groupSize; i++) VectorMath.Add(means, logs.Slice(i * groups, groups));
        for (var g = 0; g < groups; g++) means[g] /= groupSize;
        VectorMath.LogInPlace(means);
        VectorMath.Add(into, means);
    }
}
