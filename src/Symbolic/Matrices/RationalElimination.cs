using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// Gauss–Jordan elimination over rational functions of the entries, shared by the inverse and
/// the linear-system solver. Pivots are entries that are structurally nonzero after expansion;
/// among them the simplest is taken (a number if there is one), which keeps fractions small.
/// </summary>
internal static class RationalElimination
{
    /// <summary>
    /// Brings the first <paramref name="pivotColumns"/> columns of <paramref name="m"/> to reduced
    /// row echelon form, in place. Returns the pivot column of each pivot row, in order.
    /// </summary>
    public static IReadOnlyList<int> ReduceRows(RationalFunction[,] m, int pivotColumns)
    {
        var rows = m.GetLength(0);
        var columns = m.GetLength(1);
        var pivots = new List<int>();
        var r = 0;
        for (var c = 0; c < pivotColumns && r < rows; c++)
        {
            Safety.Deadline.Check();   // rational-function arithmetic builds no nodes: the step's budget is checked per column
            var p = ChoosePivot(m, r, c);
            if (p < 0) continue;
            SwapRows(m, r, p);
            var inverse = m[r, c].Reciprocal();
            for (var k = 0; k < columns; k++) m[r, k] = m[r, k].Multiply(inverse);
            for (var i = 0; i < rows; i++)
            {
                if (i == r || m[i, c].IsZero) continue;
                var factor = m[i, c];
                for (var k = 0; k < columns; k++)
                    if (!m[r, k].IsZero) m[i, k] = m[i, k].Subtract(factor.Multiply(m[r, k]));
            }
            pivots.Add(c);
            r++;
        }
        return pivots;
    }

    private static int ChoosePivot(RationalFunction[,] m, int fromRow, int column)
    {
        var best = -1;
        for (var i = fromRow; i < m.GetLength(0); i++)
        {
            var e = m[i, column];
            if (e.IsZero) continue;
            if (best < 0 || Rank(e) < Rank(m[best, column])) best = i;
        }
        return best;
    }

    private static int Rank(RationalFunction e) => e.IsNumber ? 0 : e.Size;

    private static void SwapRows(RationalFunction[,] m, int a, int b)
    {
        if (a == b) return;
        for (var k = 0; k < m.GetLength(1); k++) (m[a, k], m[b, k]) = (m[b, k], m[a, k]);
    }
}
