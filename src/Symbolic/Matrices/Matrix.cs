using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>An immutable rows × columns matrix of expressions. Vectors are n × 1 matrices.</summary>
public sealed class Matrix : IEquatable<Matrix>
{
    private readonly Expr[] entries;

    public int Rows { get; }
    public int Columns { get; }

    private Matrix(int rows, int columns, Expr[] entries)
    {
        Rows = rows;
        Columns = columns;
        this.entries = entries;
    }

    public Expr this[int row, int column] => entries[row * Columns + column];

    public static Matrix Of(int rows, int columns, Func<int, int, Expr> entry)
    {
        if (rows < 0 || columns < 0) throw new ArgumentOutOfRangeException(nameof(rows), "A matrix cannot have a negative size.");
        var e = new Expr[rows * columns];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                e[r * columns + c] = entry(r, c);
        return new Matrix(rows, columns, e);
    }

    /// <summary>From rows of equal length, as written: [[a, b], [c, d]].</summary>
    public static Matrix FromRows(IReadOnlyList<IReadOnlyList<Expr>> rows)
    {
        var n = rows.Count;
        var m = n == 0 ? 0 : rows[0].Count;
        if (rows.Any(r => r.Count != m)) throw new ArgumentException("All rows of a matrix must have the same length.");
        return Of(n, m, (r, c) => rows[r][c]);
    }

    public static Matrix Column(params Expr[] entries) => Of(entries.Length, 1, (r, _) => entries[r]);

    public static Matrix Identity(int n) => Of(n, n, (r, c) => r == c ? Number.One : Number.Zero);

    public static Matrix Zero(int rows, int columns) => Of(rows, columns, (_, _) => Number.Zero);

    public static Matrix Diagonal(IReadOnlyList<Expr> diagonal) =>
        Of(diagonal.Count, diagonal.Count, (r, c) => r == c ? diagonal[r] : Number.Zero);

    public bool IsSquare => Rows == Columns;

    public Matrix Map(Func<Expr, Expr> map) => Of(Rows, Columns, (r, c) => map(this[r, c]));

    public IEnumerable<Expr> Entries => entries;

    public IReadOnlyList<Expr> Row(int r) => Enumerable.Range(0, Columns).Select(c => this[r, c]).ToArray();

    public bool Equals(Matrix? other) =>
        other is not null && other.Rows == Rows && other.Columns == Columns && entries.AsSpan().SequenceEqual(other.entries);

    public override bool Equals(object? obj) => obj is Matrix m && Equals(m);

    public override int GetHashCode() => entries.Aggregate(Rows * 31 + Columns, (h, e) => h * 16777619 ^ e.GetHashCode());

    public override string ToString() =>
        "[" + string.Join(", ", Enumerable.Range(0, Rows).Select(r => "[" + string.Join(", ", Row(r)) + "]")) + "]";
}
