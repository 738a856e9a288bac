using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// An immutable rows × columns matrix of expressions. Vectors are n × 1 matrices. The matrix
/// knows its band (how far its structurally nonzero entries reach above and below the diagonal),
/// recorded while the entries are stored, so shape questions (diagonal? triangular?) cost O(1)
/// instead of a scan of every entry: a K × K triangular determinant is then O(K).
/// </summary>
public sealed class Matrix : IEquatable<Matrix>
{
    private readonly Expr[] entries;

    public int Rows { get; }
    public int Columns { get; }

    /// <summary>The largest c - r over structurally nonzero entries (int.MinValue when all are zero); ≤ 0 means lower triangular.</summary>
    public int UpperBandwidth { get; }

    /// <summary>The largest r - c over structurally nonzero entries (int.MinValue when all are zero); ≤ 0 means upper triangular.</summary>
    public int LowerBandwidth { get; }

    private Matrix(int rows, int columns, Expr[] entries, int upper, int lower)
    {
        Rows = rows;
        Columns = columns;
        this.entries = entries;
        UpperBandwidth = upper;
        LowerBandwidth = lower;
    }

    public Expr this[int row, int column] => entries[row * Columns + column];

    public static Matrix Of(int rows, int columns, Func<int, int, Expr> entry) =>
        Banded(rows, columns, columns - 1, rows - 1, entry);

    /// <summary>A square matrix with zeros above the diagonal; <paramref name="entry"/> is asked only for r ≥ c.</summary>
    public static Matrix LowerTriangular(int n, Func<int, int, Expr> entry) => Banded(n, n, 0, n - 1, entry);

    /// <summary>A square matrix with zeros below the diagonal; <paramref name="entry"/> is asked only for r ≤ c.</summary>
    public static Matrix UpperTriangular(int n, Func<int, int, Expr> entry) => Banded(n, n, n - 1, 0, entry);

    /// <summary>
    /// Entries with -lower ≤ c - r ≤ upper come from <paramref name="entry"/>, the rest are 0 and are
    /// never asked for. The actual band of the nonzero entries is recorded on the way.
    /// </summary>
    private static Matrix Banded(int rows, int columns, int upper, int lower, Func<int, int, Expr> entry)
    {
        if (rows < 0 || columns < 0) throw new ArgumentOutOfRangeException(nameof(rows), "A matrix cannot have a negative size.");
        var e = new Expr[rows * columns];
        var (seenUpper, seenLower) = (int.MinValue, int.MinValue);
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
            {
                var inBand = c - r <= upper && r - c <= lower;
                var x = inBand ? entry(r, c) : Number.Zero;
                e[r * columns + c] = x;
                if (x.IsZero) continue;
                seenUpper = Math.Max(seenUpper, c - r);
                seenLower = Math.Max(seenLower, r - c);
            }
        return new Matrix(rows, columns, e, seenUpper, seenLower);
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
        Banded(diagonal.Count, diagonal.Count, 0, 0, (r, _) => diagonal[r]);

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
