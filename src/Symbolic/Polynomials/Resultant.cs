using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Symbolic.Polynomials;

/// <summary>
/// The resultant of two polynomials in y whose coefficients may hold other symbols: the determinant
/// of their Sylvester matrix. It vanishes exactly where the two polynomials share a root in y (or
/// both leading coefficients vanish), which is what eliminating y from a system of two equations needs.
/// </summary>
public static class Resultant
{
    /// <summary>Res_y(p, q), expanded. Both must have degree at least 0 in y (neither the zero polynomial).</summary>
    public static Expr Of(UnivariatePolynomial p, UnivariatePolynomial q)
    {
        if (!p.Variable.Equals(q.Variable))
            throw new ArgumentException($"The resultant needs two polynomials in one variable, not in {p.Variable} and {q.Variable}.");
        if (p.IsZero || q.IsZero) return Number.Zero;
        var sylvester = Sylvester(p, q);
        return sylvester.Rows == 0 ? Number.One : SparsePolynomial.From(Determinant.Of(sylvester)).ToExpr();
    }

    /// <summary>
    /// The (m + n) x (m + n) Sylvester matrix of p (degree m) and q (degree n): n shifted rows of p's
    /// coefficients from the highest power down, then m shifted rows of q's.
    /// </summary>
    public static Matrix Sylvester(UnivariatePolynomial p, UnivariatePolynomial q)
    {
        int m = p.Degree, n = q.Degree, size = m + n;
        return Matrix.Of(size, size, (r, c) => r < n ? Shifted(p, r, c) : Shifted(q, r - n, c));
    }

    /// <summary>Row <paramref name="shift"/> of a polynomial's block: its coefficient of x^(deg - (c - shift)).</summary>
    private static Expr Shifted(UnivariatePolynomial p, int shift, int c)
    {
        var power = p.Degree - (c - shift);
        return power >= 0 && power <= p.Degree ? p.Coefficients[power] : Number.Zero;
    }
}
