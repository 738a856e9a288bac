using System.Numerics;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Numeric;
using Ift6135.Sym.Symbolic.Solving;
using DenseMatrix = MathNet.Numerics.LinearAlgebra.Double.DenseMatrix;

namespace Ift6135.Sym.Symbolic.Matrices;

/// <summary>
/// Eigenvalues: exact for triangular matrices (the diagonal) and whenever the characteristic
/// polynomial has degree at most two (roots by <see cref="Solver"/>), or, for rational
/// entries, has rational roots leaving at most a quadratic; numeric (MathNet) for other
/// matrices of numbers; otherwise a clear refusal.
/// </summary>
public static class Eigenvalues
{
    private static readonly Symbol Lambda = Symbol.Of("lambda", Assumptions.Facts.None);

    /// <summary>The eigenvalues with multiplicity (possibly approximate: see <see cref="Compute"/>).</summary>
    public static IReadOnlyList<Expr> Of(Matrix m) => Compute(m).Values;

    public static EigenvalueResult Compute(Matrix m)
    {
        MatrixOps.RequireSquare(m, "eigenvalue computation");
        if (MatrixStructure.IsTriangular(m))
            return new(Enumerable.Range(0, m.Rows).Select(i => m[i, i]).ToArray(), true, "diagonal of a triangular matrix");
        if (m.Rows <= 2)
        {
            var p = CharacteristicPolynomial.Polynomial(m, Lambda);
            return new(Solver.Roots(p), true, "roots of the characteristic polynomial " + p);
        }
        if (m.Entries.All(e => e is Number))
        {
            // Rational roots first: what is left may be quadratic, and then everything is exact.
            var p = CharacteristicPolynomial.Polynomial(m, Lambda);
            if (RationalRoots.Extract(p) is var (roots, rest) && rest.Degree <= 2)
                return new([.. roots, .. Solver.Roots(rest)], true, "rational roots of the characteristic polynomial " + p);
        }
        return Numeric(m);
    }

    private static EigenvalueResult Numeric(Matrix m)
    {
        var n = m.Rows;
        var values = new double[n, n];
        var none = new Dictionary<Symbol, Complex>();
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
            {
                var e = m[r, c];
                if (Substitution.FreeSymbols(e).Count > 0)
                    throw new UnsupportedEigenproblemException(
                        $"The eigenvalues of this {MatrixOps.Size(m)} matrix need the roots of a degree-{n} characteristic polynomial with symbolic coefficients (entry ({r + 1}, {c + 1}) is {e}); only triangular matrices and sizes up to 2×2 are solved symbolically.");
                var z = Evaluator.Evaluate(e, none);
                if (z.Imaginary != 0 || !double.IsFinite(z.Real))
                    throw new UnsupportedEigenproblemException($"Entry ({r + 1}, {c + 1}) of the matrix, {e}, is not a finite real number; numeric eigenvalues need real entries.");
                values[r, c] = z.Real;
            }
        var spectrum = DenseMatrix.OfArray(values).Evd().EigenValues
            .OrderBy(z => z.Real).ThenBy(z => z.Imaginary)
            .Select(z => Build.Add(Approximate(z.Real), Build.Mul(Approximate(z.Imaginary), Constant.I)))
            .ToArray();
        return new(spectrum, false, $"numeric (MathNet eigenvalue decomposition), rounded to {ApproximateDecimals} decimals");
    }

    /// <summary>The decimals kept of a numeric eigenvalue: what a double holds for values of moderate size.</summary>
    public const int ApproximateDecimals = 12;

    private static Expr Approximate(double x)
    {
        var scale = BigInteger.Pow(10, ApproximateDecimals);
        return Number.Of(new BigRational(new BigInteger(Math.Round(x * Math.Pow(10, ApproximateDecimals))), scale));
    }
}
