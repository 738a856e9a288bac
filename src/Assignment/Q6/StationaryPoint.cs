using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Solving;

namespace Ift6135.Sym.Assignment.Q6;

/// <summary>
/// The point where both partial derivatives of V vanish. A linear system is solved by elimination;
/// a polynomial one by a resultant that eliminates g, then back-substitution (Solver.SolveRealSystem).
/// Anything else, or a V without exactly one real stationary point, is a parameter we do not support.
/// </summary>
public static class StationaryPoint
{
    private const string ValuePath = "$.q6.value";

    public static (Expr D, Expr G) Find(Expr vd, Expr vg, Symbol d, Symbol g)
    {
        // Every point is stationary, not a line of them ("a whole line" misled a TA who wrote V = 0).
        if (vd.IsZero && vg.IsZero) throw Unsupported("V is constant: its gradient vanishes at every point, so there is no single stationary point to analyse");
        Relation[] equations = [Relation.Eq(vd, Number.Zero), Relation.Eq(vg, Number.Zero)];
        try
        {
            var linear = Solver.AnalyzeLinearSystem(equations, [d, g]);
            return linear.Status switch
            {
                LinearSystemStatus.Unique when linear.Values is { } v => (v[d], v[g]),
                LinearSystemStatus.Inconsistent => throw Unsupported("the gradient of V never vanishes, so there is no stationary point to analyse"),
                _ => throw Unsupported("the gradient of V vanishes on a whole line of points, so there is no single stationary point to analyse"),
            };
        }
        catch (UnsupportedEquationException)
        {
            return Unique(Polynomial(vd, vg, d, g));
        }
    }

    /// <summary>All real stationary points, by eliminating g with a resultant (the engine's polynomial system solver).</summary>
    private static IReadOnlyList<(Expr D, Expr G)> Polynomial(Expr vd, Expr vg, Symbol d, Symbol g)
    {
        try
        {
            return Solver.SolveRealSystem(vd, vg, d, g);
        }
        catch (NotIsolatedSolutionsException e)
        {
            throw Unsupported($"the gradient of V vanishes on a whole curve of points, so there is no single stationary point to analyse: {e.Message}");
        }
        catch (UnsupportedEquationException e)
        {
            throw Unsupported($"the stationary points of V cannot be found exactly: {e.Message}");
        }
    }

    private static (Expr D, Expr G) Unique(IReadOnlyList<(Expr D, Expr G)> points) => points.Count switch
    {
        1 => points[0],
        0 => throw Unsupported("the gradient of V has no real zero, so there is no stationary point to analyse"),
        _ => throw Unsupported($"V has {points.Count} stationary points ({string.Join("; ", points.Select(p => $"d = {p.D}, g = {p.G}"))}); only a V with a single stationary point is supported"),
    };

    private static ParameterUnsupportedException Unsupported(string why) => new(ValuePath, why);
}
