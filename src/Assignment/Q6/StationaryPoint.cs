using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Solving;

namespace Ift6135.Sym.Assignment.Q6;

/// <summary>
/// The point where both partial derivatives of V vanish. A linear system is solved by elimination;
/// a polynomial one when one equation holds one unknown only (solve it, substitute, solve the other).
/// Anything else, or a V without exactly one real stationary point, is a parameter we do not support.
/// </summary>
public static class StationaryPoint
{
    private const string ValuePath = "$.q6.value";

    public static (Expr D, Expr G) Find(Expr vd, Expr vg, Symbol d, Symbol g)
    {
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

    private static IReadOnlyList<(Expr D, Expr G)> Polynomial(Expr vd, Expr vg, Symbol d, Symbol g)
    {
        try
        {
            foreach (var (first, second) in new[] { (vd, vg), (vg, vd) })
            {
                if (OnlyIn(first, d)) return Chain(first, second, d, g).Select(p => (p.X, p.Y)).ToArray();
                if (OnlyIn(first, g)) return Chain(first, second, g, d).Select(p => (p.Y, p.X)).ToArray();
            }
        }
        catch (UnsupportedEquationException e)
        {
            throw Unsupported($"the stationary points of V cannot be found exactly: {e.Message}");
        }
        throw Unsupported("the stationary points of V cannot be found exactly: neither partial derivative depends on d alone or on g alone");
    }

    /// <summary>Solves <paramref name="first"/> (in x only) for x, then <paramref name="second"/> for y at each real root.</summary>
    private static IEnumerable<(Expr X, Expr Y)> Chain(Expr first, Expr second, Symbol x, Symbol y)
    {
        foreach (var xr in RealRoots(first, x))
        {
            var rest = Substitution.Substitute(second, x, xr);
            if (Substitution.FreeSymbols(rest).Count == 0)
            {
                if (Symbolic.Rewriting.Rewrite.Expand(rest).IsZero)
                    throw Unsupported($"the gradient of V vanishes on the whole line {x.Name} = {xr}, so there is no single stationary point to analyse");
                continue;
            }
            foreach (var yr in RealRoots(rest, y)) yield return (xr, yr);
        }
    }

    private static IEnumerable<Expr> RealRoots(Expr e, Symbol x) =>
        Solver.Solve(Relation.Eq(e, Number.Zero), x).Where(r => !Substitution.FreeSymbols(r).Any() && IsReal(r));

    private static bool IsReal(Expr r)
    {
        try { return ComplexParts.Split(r).Imaginary.IsZero; }
        catch (ArgumentException) { return false; }
    }

    private static bool OnlyIn(Expr e, Symbol x) => Substitution.FreeSymbols(e).All(s => s.Equals(x));

    private static (Expr D, Expr G) Unique(IReadOnlyList<(Expr D, Expr G)> points) => points.Count switch
    {
        1 => points[0],
        0 => throw Unsupported("the gradient of V has no real zero, so there is no stationary point to analyse"),
        _ => throw Unsupported($"V has {points.Count} stationary points ({string.Join("; ", points.Select(p => $"d = {p.D}, g = {p.G}"))}); only a V with a single stationary point is supported"),
    };

    private static ParameterUnsupportedException Unsupported(string why) => new(ValuePath, why);
}
