using Ift6135.Sym.Bench.Harness;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Bench.Workloads;

/// <summary>
/// Determinants, characteristic polynomials and eigenvalues. Triangular: d_i on the diagonal and
/// x_((i+j) mod 7) below it (det = d_0···d_(K-1)); dense: a distinct symbol m_i_j per entry (K! terms).
/// </summary>
public static class MatrixWorkloads
{
    public static IEnumerable<Workload> TriangularDeterminants(IEnumerable<int> sizes) =>
        sizes.Select(k => new Workload("det.triangular", k, () => Run(Triangular(k), Determinant.Of), Fingerprints.FactorCount));

    public static IEnumerable<Workload> DenseDeterminants(IEnumerable<int> sizes) =>
        sizes.Select(k => new Workload("det.dense", k, () => Run(Dense(k), Determinant.Of), Fingerprints.TermCount));

    public static IEnumerable<Workload> SymbolicCharacteristicPolynomials(IEnumerable<int> sizes) =>
        sizes.Select(k => new Workload("charpoly.symbolic", k, () => Run(Dense(k), m => CharacteristicPolynomial.Of(m, Lambda)), Fingerprints.TermCount));

    public static IEnumerable<Workload> RationalCharacteristicPolynomials(IEnumerable<int> sizes) =>
        sizes.Select(k => new Workload("charpoly.rational", k, () => Run(Rational(k), m => CharacteristicPolynomial.Of(m, Lambda)), AtTwo));

    public static IEnumerable<Workload> RationalEigenvalues(IEnumerable<int> sizes) =>
        sizes.Select(k => new Workload("eigen.rational", k, () => RunEigen(SimilarToDiagonal(k)), SortedValues));

    public static IEnumerable<Workload> SymbolicEigenvalues() =>
        [new Workload("eigen.symbolic", 2, () => RunEigen(Dense(2)), r => $"count={((IReadOnlyList<Expr>)r).Count}")];

    private static readonly Symbol Lambda = Symbol.Of("lambda");

    private static Func<object> Run(Matrix m, Func<Matrix, Expr> f) => () => f(m);

    private static Func<object> RunEigen(Matrix m) => () => Eigenvalues.Of(m);

    public static Matrix Triangular(int k)
    {
        var d = Enumerable.Range(0, k).Select(i => Symbol.Of($"d{i}")).ToArray();
        var x = Enumerable.Range(0, 7).Select(i => Symbol.Of($"x{i}")).ToArray();
        return Matrix.Of(k, k, (i, j) => i == j ? d[i] : i > j ? x[(i + j) % 7] : Number.Zero);
    }

    public static Matrix Dense(int k) => Matrix.Of(k, k, (i, j) => Symbol.Of($"m{i}_{j}"));

    /// <summary>Small integers with no structure: ((7i + 3j + ij) mod 11) - 5.</summary>
    public static Matrix Rational(int k) => Matrix.Of(k, k, (i, j) => Number.Of((7 * i + 3 * j + i * j) % 11 - 5));

    /// <summary>L·U·D·(L·U)^-1 with unit triangular L, U of small integers, so the eigenvalues are D's: i - K/2 (integers).</summary>
    public static Matrix SimilarToDiagonal(int k)
    {
        var l = Matrix.Of(k, k, (i, j) => i == j ? Number.One : i > j ? Number.Of((i + 2 * j) % 3 - 1) : Number.Zero);
        var u = Matrix.Of(k, k, (i, j) => i == j ? Number.One : i < j ? Number.Of((2 * i + j) % 3 - 1) : Number.Zero);
        var p = MatrixOps.Multiply(l, u);
        var d = Matrix.Diagonal(Enumerable.Range(0, k).Select(i => (Expr)Number.Of(i - k / 2)).ToArray());
        return MatrixOps.Multiply(MatrixOps.Multiply(p, d), Inverse.Of(p));
    }

    private static string AtTwo(object result) =>
        Fingerprints.Exact(Substitution.Substitute((Expr)result, Lambda, Number.Two));

    private static string SortedValues(object result) =>
        "values=" + string.Join(",", ((IReadOnlyList<Expr>)result).Select(e => e.IsNumber(out var v) ? v : throw new InvalidOperationException($"eigenvalue {e} is not a number")).Order().Select(v => v.ToString()));
}
