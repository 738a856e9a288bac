using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// The Jacobian of an affine map by reading off its coefficients (exact for affine maps only, which is
/// all Q2 needs; a private stand-in until the calculus lane's Differentiation.Jacobian is in main).
/// </summary>
internal static class LinearMaps
{
    public static Matrix Jacobian(Matrix map, Matrix variables) =>
        Matrix.Of(map.Rows, variables.Rows, (r, c) =>
        {
            var x = variables[c, 0] as Symbol ?? throw new KitException("a Jacobian needs symbols as variables");
            var p = UnivariatePolynomial.From(map[r, 0], x);
            if (p is null || p.Degree > 1) throw new KitException($"the map is not affine in {x}");
            return p.Degree == 1 ? p.Coefficients[1] : Number.Zero;
        });
}
