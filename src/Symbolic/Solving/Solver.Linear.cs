using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Symbolic.Solving;

public static partial class Solver
{
    /// <summary>
    /// The unique solution of a linear system, or null when it has none or infinitely many
    /// (use <see cref="AnalyzeLinearSystem"/> to tell those apart).
    /// </summary>
    public static IReadOnlyDictionary<Symbol, Expr>? SolveLinearSystem(IReadOnlyList<Relation> equations, IReadOnlyList<Symbol> unknowns) =>
        AnalyzeLinearSystem(equations, unknowns).Values;

    /// <summary>
    /// Gauss–Jordan elimination over rational functions of the coefficients. Throws
    /// <see cref="UnsupportedEquationException"/> when an equation is not linear in the unknowns.
    /// </summary>
    public static LinearSystemSolution AnalyzeLinearSystem(IReadOnlyList<Relation> equations, IReadOnlyList<Symbol> unknowns)
    {
        if (unknowns.Distinct().Count() != unknowns.Count)
            throw new ArgumentException("The unknowns of a linear system must be distinct.", nameof(unknowns));
        var n = unknowns.Count;
        var augmented = new RationalFunction[equations.Count, n + 1];
        for (var i = 0; i < equations.Count; i++)
        {
            var row = LinearRow(equations[i], unknowns, i + 1);
            for (var j = 0; j <= n; j++) augmented[i, j] = row[j];
        }
        var pivots = RationalElimination.ReduceRows(augmented, n);
        for (var i = pivots.Count; i < equations.Count; i++)
            if (!augmented[i, n].IsZero)
                return new(LinearSystemStatus.Inconsistent, null, pivots.Count, []);
        if (pivots.Count < n)
        {
            var free = unknowns.Where((_, j) => !pivots.Contains(j)).ToArray();
            return new(LinearSystemStatus.Underdetermined, null, pivots.Count, free);
        }
        var values = new Dictionary<Symbol, Expr>();
        for (var r = 0; r < n; r++) values[unknowns[pivots[r]]] = augmented[r, n].ToExpr();
        return new(LinearSystemStatus.Unique, values, n, []);
    }

    /// <summary>The coefficients of the unknowns and the right-hand side of left - right = 0.</summary>
    private static RationalFunction[] LinearRow(Relation equation, IReadOnlyList<Symbol> unknowns, int number)
    {
        if (equation.Kind != RelationKind.Equal)
            throw new UnsupportedEquationException($"Equation {number} of the system, {equation}, is not an equation.");
        var n = unknowns.Count;
        var parts = new List<Expr>[n + 1];
        for (var j = 0; j <= n; j++) parts[j] = [];
        foreach (var (m, c) in SparsePolynomial.From(Build.Sub(equation.Left, equation.Right)).Terms)
        {
            var column = n;
            var rest = new List<Expr> { Number.Of(c) };
            foreach (var (b, e) in m.Factors)
            {
                var which = b is Symbol s ? IndexOf(unknowns, s) : -1;
                if (which >= 0 && e.IsOne && column == n) { column = which; continue; }
                if (which >= 0 || unknowns.Any(u => b.Contains(u)))
                    throw new UnsupportedEquationException($"Equation {number} of the system, {equation}, is not linear in {string.Join(", ", unknowns)}.");
                rest.Add(Build.Pow(b, Number.Of(e)));
            }
            var term = Build.Mul(rest);
            parts[column].Add(column == n ? Build.Neg(term) : term);
        }
        return parts.Select(p => RationalFunction.From(Build.Add(p))).ToArray();
    }

    private static int IndexOf(IReadOnlyList<Symbol> unknowns, Symbol s)
    {
        for (var j = 0; j < unknowns.Count; j++)
            if (unknowns[j].Equals(s)) return j;
        return -1;
    }
}
