using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numeric;
using Ift6135.Sym.Symbolic.Polynomials;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Symbolic.Solving;

public static partial class Solver
{
    /// <summary>
    /// The real solutions of p(x, y) = 0, q(x, y) = 0 with rational coefficients, exactly: y is
    /// eliminated by the resultant Res_y(p, q), a polynomial in x whose real roots are the only
    /// candidate abscissas; at each, y solves both equations (their GCD when it is rational).
    /// Throws <see cref="UnsupportedEquationException"/> when the equations are not polynomial, share a
    /// factor (<see cref="NotIsolatedSolutionsException"/>: the resultant vanishes identically, or both vanish along a line
    /// x = c: the solutions form a curve), or have roots that cannot be written exactly.
    /// </summary>
    public static IReadOnlyList<(Expr X, Expr Y)> SolveRealSystem(Expr p, Expr q, Symbol x, Symbol y)
    {
        var stray = Substitution.FreeSymbols(p).Concat(Substitution.FreeSymbols(q)).FirstOrDefault(s => !s.Equals(x) && !s.Equals(y));
        if (stray is not null)
            throw new UnsupportedEquationException($"The system holds {stray} besides the unknowns {x} and {y}.");
        var (py, qy) = (AsPolynomial(p, y), AsPolynomial(q, y));
        if (py.Degree > 0 || qy.Degree > 0) return Eliminate(py, qy, x, swap: false);
        var (px, qx) = (AsPolynomial(p, x), AsPolynomial(q, x));
        if (px.Degree > 0 || qx.Degree > 0) return Eliminate(px, qx, y, swap: true);
        // Two constants: none when one is nonzero; every point of the plane otherwise.
        if (px.IsZero && qx.IsZero) throw new UnsupportedEquationException("Both equations read 0 = 0: every point solves the system.");
        return [];
    }

    private static UnivariatePolynomial AsPolynomial(Expr e, Symbol v) =>
        UnivariatePolynomial.From(e, v) ?? throw new UnsupportedEquationException($"The equation {e} = 0 is not polynomial in {v}.");

    /// <summary>Eliminates the variable of <paramref name="p"/> and <paramref name="q"/>; <paramref name="swap"/>: it is x, not y.</summary>
    private static IReadOnlyList<(Expr X, Expr Y)> Eliminate(UnivariatePolynomial p, UnivariatePolynomial q, Symbol other, bool swap)
    {
        var resultant = Resultant.Of(p, q);
        var inOther = AsPolynomial(resultant, other);
        if (inOther.IsZero)
            throw new NotIsolatedSolutionsException($"The equations {p} = 0 and {q} = 0 share a factor (their resultant in {p.Variable} is 0), so their solutions are not isolated points.");
        var points = new List<(Expr X, Expr Y)>();
        foreach (var c in RealRoots(inOther))
        {
            var (pc, qc) = (At(p, other, c), At(q, other, c));
            // A common factor in the other unknown alone (x(y - 1) and x(y + 1), or 3x^2 y and x^3) leaves the resultant nonzero,
            // yet both equations vanish for every value at that root: a whole line of solutions, which was returned as none.
            if (pc.IsZero && qc.IsZero)
                throw new NotIsolatedSolutionsException($"Both equations hold at every point with {other} = {c}, so their solutions are not isolated points.");
            foreach (var v in CommonRealRoots(pc, qc))
                points.Add(swap ? (v, c) : (c, v));
        }
        return points.Distinct().ToArray();
    }

    private static UnivariatePolynomial At(UnivariatePolynomial p, Symbol v, Expr value) =>
        UnivariatePolynomial.FromCoefficients(p.Variable, p.Coefficients.Select(c => Rewrite.Expand(Substitution.Substitute(c, v, value))));

    /// <summary>The real roots both polynomials share (at least one of them is nonzero: <see cref="Eliminate"/> refuses two zeros).</summary>
    private static IEnumerable<Expr> CommonRealRoots(UnivariatePolynomial p, UnivariatePolynomial q)
    {
        if (p.HasRationalCoefficients && q.HasRationalCoefficients)
        {
            var gcd = UnivariatePolynomial.Gcd(p, q);
            return gcd.Degree > 0 ? RealRoots(gcd) : [];
        }
        // Irrational coefficients (at a root such as sqrt(2)): solve the simpler one, keep the roots of both.
        var (first, second) = p.IsZero || (!q.IsZero && q.Degree < p.Degree) ? (q, p) : (p, q);
        return Roots(first).Distinct().Where(IsReal).Where(r => second.IsZero || Rewrite.Expand(second.Evaluate(r)).IsZero).ToArray();
    }

    /// <summary>
    /// The distinct real roots of a nonzero polynomial: its square-free part's rational roots, then
    /// what is left if it is quadratic, or nothing if Sturm's theorem shows it has no real root.
    /// </summary>
    public static IReadOnlyList<Expr> RealRoots(UnivariatePolynomial p) => RealRoots(p, rest => SturmSequence.DistinctRealRoots(rest) == 0);

    /// <summary>
    /// The distinct real roots above 0 of a nonzero polynomial (a learning rate's cut points): as <see cref="RealRoots(UnivariatePolynomial)"/>,
    /// but a factor it cannot split is left out when Sturm's theorem shows that none of its roots is positive
    /// (α(-α³ - 6α² - 35α - 6) for V = d³ + d g - g - 2d by extragradient: one negative irrational root).
    /// </summary>
    public static IReadOnlyList<Expr> PositiveRealRoots(UnivariatePolynomial p) =>
        RealRoots(p, rest => SturmSequence.DistinctPositiveRoots(rest) == 0)
            .Where(r => Evaluator.EvaluateReal(r, new Dictionary<Symbol, double>()) > 0).ToArray();

    /// <param name="noneThatMatter">Whether a factor without rational roots, of degree 3 or more, has no root that is asked for.</param>
    private static IReadOnlyList<Expr> RealRoots(UnivariatePolynomial p, Func<UnivariatePolynomial, bool> noneThatMatter)
    {
        if (!p.HasRationalCoefficients) return Roots(p).Distinct().Where(IsReal).ToArray();
        var squareFree = p.Degree < 1 ? p : p.DivideWithRemainder(UnivariatePolynomial.Gcd(p, p.Derivative())).Quotient;
        if (squareFree.Degree <= 2) return Roots(squareFree).Where(IsReal).ToArray();
        if (RationalRoots.Extract(squareFree) is not var (rational, rest))
            throw new UnsupportedEquationException($"The roots of {p} = 0 cannot be enumerated: its coefficients are too large.");
        if (rest.Degree <= 2) return [.. rational, .. Roots(rest).Where(IsReal)];
        if (noneThatMatter(rest)) return rational;
        throw new UnsupportedEquationException($"The equation {p} = 0 has real roots that are not rational, in a factor of degree {rest.Degree}; they cannot be written exactly.");
    }

    private static bool IsReal(Expr r)
    {
        try { return ComplexParts.Split(r).Imaginary.IsZero; }
        catch (ArgumentException) { return false; }
    }
}
