namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>
/// Matrix dimensions as classes of equal dimensions (union–find), each class with the size it is known
/// to have, if any. Two different known sizes in one class are a size error of the formula: the class keeps
/// its first size and the lowering reports the error where the sizes meet.
/// </summary>
internal sealed class DimensionClasses
{
    private readonly List<int> parent = [];
    private readonly List<int?> size = [];

    public int Unknown() => Add(null);

    public int Known(int value) => Add(value);

    public int? SizeOf(int dimension) => size[Find(dimension)];

    public void Unify(int a, int b)
    {
        var (x, y) = (Find(a), Find(b));
        if (x == y) return;
        parent[y] = x;
        size[x] ??= size[y];
    }

    private int Add(int? value)
    {
        parent.Add(parent.Count);
        size.Add(value);
        return parent.Count - 1;
    }

    private int Find(int d)
    {
        while (parent[d] != d)
        {
            parent[d] = parent[parent[d]];
            d = parent[d];
        }
        return d;
    }
}
