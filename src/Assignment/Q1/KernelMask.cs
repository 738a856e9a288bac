namespace Ift6135.Sym.Assignment.Q1;

/// <summary>A square 0/1 mask multiplied entrywise with a kernel; indices 1-based as in the statement.</summary>
public sealed class KernelMask
{
    private readonly bool[] entries;

    public string Name { get; }
    public int Size { get; }

    private KernelMask(string name, int size, bool[] entries)
    {
        Name = name;
        Size = size;
        this.entries = entries;
    }

    public bool this[int i, int j] => entries[(i - 1) * Size + (j - 1)];

    public static KernelMask FromRule(string name, int size, Func<int, int, bool> isOne)
    {
        var e = new bool[size * size];
        for (var i = 1; i <= size; i++)
            for (var j = 1; j <= size; j++)
                e[(i - 1) * size + (j - 1)] = isOne(i, j);
        return new KernelMask(name, size, e);
    }

    public static KernelMask FromMatrix(string name, IReadOnlyList<IReadOnlyList<int>> rows) =>
        FromRule(name, rows.Count, (i, j) => rows[i - 1][j - 1] != 0);

    private IReadOnlyList<(int I, int J)>? kept;

    /// <summary>The kernel positions (i, j) the mask keeps, in row-major order; listed once, since the receptive
    /// fields of Q1 read them for every pixel of every layer.</summary>
    public IReadOnlyList<(int I, int J)> Kept =>
        kept ??= Enumerable.Range(1, Size).SelectMany(i => Enumerable.Range(1, Size).Where(j => this[i, j]).Select(j => (i, j))).ToArray();

    public int[,] ToIntegers()
    {
        var m = new int[Size, Size];
        for (var i = 1; i <= Size; i++)
            for (var j = 1; j <= Size; j++)
                m[i - 1, j - 1] = this[i, j] ? 1 : 0;
        return m;
    }
}
