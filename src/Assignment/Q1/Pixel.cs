namespace Ift6135.Sym.Assignment.Q1;

/// <summary>A pixel of a grid, 1-based; ordered row first, as the statement numbers them (11..55).</summary>
public readonly record struct Pixel(int Row, int Column) : IComparable<Pixel>
{
    /// <summary>The statement's two-digit name ("34"); with rows or columns past 9 a separator keeps it unambiguous.</summary>
    public string Label => Row < 10 && Column < 10 ? $"{Row}{Column}" : $"{Row},{Column}";

    public int CompareTo(Pixel other) => Row != other.Row ? Row.CompareTo(other.Row) : Column.CompareTo(other.Column);

    public override string ToString() => Label;

    /// <summary>
    /// The pixels of <paramref name="pixels"/> once each, in order (sorted in place, then repeats dropped): what
    /// Distinct().Order() gives, without its hash set, for the receptive fields that Q1 computes for every pixel.
    /// </summary>
    public static Pixel[] SortedDistinct(List<Pixel> pixels)
    {
        pixels.Sort();
        var kept = 0;
        for (var i = 0; i < pixels.Count; i++)
            if (kept == 0 || pixels[i] != pixels[kept - 1]) pixels[kept++] = pixels[i];
        pixels.RemoveRange(kept, pixels.Count - kept);
        return pixels.ToArray();
    }
}
