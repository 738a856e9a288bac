using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Tests.Engine.Matrices;

public class MatrixOpsTests
{
    private static readonly Symbol A = Symbol.Of("a"), B = Symbol.Of("b");

    private static Matrix M(params Expr[][] rows) => Matrix.FromRows(rows);

    [Fact]
    public void ProductOfRectangularMatricesByHand()
    {
        var left = M([1, 2, 3], [4, 5, 6]);
        var right = M([7, 8], [9, 10], [11, 12]);
        Assert.Equal(M([58, 64], [139, 154]), MatrixOps.Multiply(left, right));
    }

    [Fact]
    public void SymbolicProduct() =>
        Assert.Equal(M([A * A + B], [A * B + B * B]), MatrixOps.Multiply(M([A, 1], [B, B]), M([A], [B])));

    [Fact]
    public void DimensionMismatchNamesBothSizes()
    {
        var e = Assert.Throws<MatrixDimensionException>(() => MatrixOps.Multiply(M([1, 2, 3], [4, 5, 6]), M([1, 2], [3, 4])));
        Assert.Contains("2×3", e.Message);
        Assert.Contains("2×2", e.Message);
        Assert.Throws<MatrixDimensionException>(() => MatrixOps.Add(M([1, 2]), M([1], [2])));
        Assert.Throws<MatrixDimensionException>(() => MatrixOps.Trace(M([1, 2])));
    }

    [Fact]
    public void EntrywiseOperations()
    {
        var x = M([1, A], [B, 2]);
        var y = M([3, 4], [5, 6]);
        Assert.Equal(M([4, A + 4], [B + 5, 8]), MatrixOps.Add(x, y));
        Assert.Equal(M([-2, A - 4], [B - 5, -4]), MatrixOps.Subtract(x, y));
        Assert.Equal(M([3, 4 * A], [5 * B, 12]), MatrixOps.Hadamard(x, y));
        Assert.Equal(M([A, A * A], [A * B, 2 * A]), MatrixOps.Scale(A, x));
        Assert.Equal(M([1, B], [A, 2]), MatrixOps.Transpose(x));
        Assert.Equal(Number.Of(3), MatrixOps.Trace(x));
        Assert.Equal(M([1, 2, 3]), MatrixOps.Transpose(Matrix.Column(1, 2, 3)));
    }

    [Fact]
    public void PowerByRepeatedSquaring() =>
        Assert.Equal(M([1, 5], [0, 1]), MatrixOps.Power(M([1, 1], [0, 1]), 5));

    [Fact]
    public void StructureIsStructural()
    {
        var lower = M([A, 0, 0], [1, B, 0], [2, 3, 4]);
        Assert.True(MatrixStructure.IsLowerTriangular(lower));
        Assert.False(MatrixStructure.IsUpperTriangular(lower));
        Assert.False(MatrixStructure.IsDiagonal(lower));
        Assert.True(MatrixStructure.IsUpperTriangular(MatrixOps.Transpose(lower)));
        Assert.True(MatrixStructure.IsDiagonal(Matrix.Diagonal([A, B])));
        // a - a is built as 0, so it is structurally zero; a·b - b·a likewise.
        Assert.True(MatrixStructure.IsDiagonal(M([A, A - A], [A * B - B * A, B])));
        Assert.False(MatrixStructure.IsLowerTriangular(M([1, 2, 3])));
    }

    [Fact]
    public void QuadraticFormIsAPolynomialInTheVectorsEntries()
    {
        Symbol x = Symbol.Of("x"), y = Symbol.Of("y"), c = Symbol.Of("c"), d = Symbol.Of("d");
        var v = M([x], [y]);
        // By hand: (x, y) [[a, b], [c, d]] (x, y)^T = a x^2 + (b + c) x y + d y^2.
        Assert.Equal(A * x.Pow(2) + (B + c) * x * y + d * y.Pow(2), MatrixOps.QuadraticForm(M([A, B], [c, d]), v));
        // [[1, -2], [-2, 3]]: x^2 - 4 x y + 3 y^2.
        Assert.Equal(x.Pow(2) - 4 * x * y + 3 * y.Pow(2), MatrixOps.QuadraticForm(M([1, -2], [-2, 3]), v));
    }

    [Fact]
    public void QuadraticFormKeepsACrossCoefficientsNumericFactorOutside()
    {
        Symbol x = Symbol.Of("x"), y = Symbol.Of("y");
        var offDiagonal = -(A * B) - 1;
        var form = MatrixOps.QuadraticForm(M([1, offDiagonal], [offDiagonal, 1]), M([x], [y]));
        // The cross term is -2 (a b + 1) x y, one product whose coefficient is -2, not -2ab xy - 2xy.
        var cross = Assert.Single(((Sum)form).Terms, t => t is Product p && p.Factors.Contains(x) && p.Factors.Contains(y));
        Assert.Equal(Build.SplitCoefficient(cross).Coefficient, new Ift6135.Sym.Symbolic.Numbers.BigRational(-2, 1));
        Assert.Contains(((Product)cross).Factors, f => f.Equals(A * B + 1));
        Assert.Equal(Number.Zero, Ift6135.Sym.Symbolic.Rewriting.Rewrite.Expand(form - (x.Pow(2) + y.Pow(2) - 2 * (A * B + 1) * x * y)));
    }

    [Fact]
    public void QuadraticFormNeedsAMatchingColumn() =>
        Assert.Throws<MatrixDimensionException>(() => MatrixOps.QuadraticForm(M([1, 0], [0, 1]), M([A, B])));

    [Fact]
    public void AdjugateByHandAndByItsDefiningIdentity()
    {
        Symbol c = Symbol.Of("c"), d = Symbol.Of("d");
        // adj [[a, b], [c, d]] = [[d, -b], [-c, a]].
        Assert.Equal(M([d, -B], [-c, A]), MatrixOps.Adjugate(M([A, B], [c, d])));
        // adj(M) M = det(M) I, for an integer 3x3 matrix of determinant 2(4*3 - 1*1) - 1(0*3 - 1*1) + 3(0*1 - 4*1) = 22 + 1 - 12 = 11 (by hand).
        var m = M([2, 1, 3], [0, 4, 1], [1, 1, 3]);
        Assert.Equal(MatrixOps.Scale(11, Matrix.Identity(3)), MatrixOps.Multiply(MatrixOps.Adjugate(m), m));
        // A singular matrix has an adjugate too: [[1, 2], [2, 4]] gives [[4, -2], [-2, 1]].
        Assert.Equal(M([4, -2], [-2, 1]), MatrixOps.Adjugate(M([1, 2], [2, 4])));
    }

    [Fact]
    public void TheAdjugateOfAProductReversesTheOrder()
    {
        // adj(S S^T) = adj(S^T) adj(S) = adj(S)^T adj(S), the identity behind Q2.3's density; the other order differs.
        var s = M([1, 2, 0], [3, -1, 4], [2, 2, 5]);
        var covariance = MatrixOps.Multiply(s, MatrixOps.Transpose(s));
        var adjugate = MatrixOps.Adjugate(s);
        Assert.Equal(MatrixOps.Adjugate(covariance), MatrixOps.Multiply(MatrixOps.Transpose(adjugate), adjugate));
        Assert.NotEqual(MatrixOps.Adjugate(covariance), MatrixOps.Multiply(adjugate, MatrixOps.Transpose(adjugate)));
    }

    [Fact]
    public void TheAdjugateOfANumberMatrixIsTheCofactorsOfTheSymbolicOneAtThoseNumbers()
    {
        // Numbers go through det(M) M^-1; the symbolic route takes cofactors. Substituting the numbers into the symbolic
        // adjugate must give the same matrix, for a nonsingular matrix with fractions and a zero pivot, and a singular one.
        var names = Enumerable.Range(0, 9).Select(i => Symbol.Of($"m_{i}")).ToArray();
        var symbolic = MatrixOps.Adjugate(Matrix.Of(3, 3, (r, c) => names[3 * r + c]));
        foreach (var numbers in new[]
        {
            new Expr[] { 0, 2, Number.Of(1, 2), 3, -1, 4, Number.Of(2, 3), 2, 5 },
            new Expr[] { 1, 2, 3, 2, 4, 6, 0, 1, 1 },
        })
        {
            var at = names.Zip(numbers).ToDictionary(p => (Expr)p.First, p => p.Second);
            var expected = symbolic.Map(e => Ift6135.Sym.Symbolic.Rewriting.Rewrite.Expand(Substitution.Substitute(e, at)));
            Assert.Equal(expected, MatrixOps.Adjugate(Matrix.Of(3, 3, (r, c) => numbers[3 * r + c])));
        }
    }
    [Fact]
    public void TheFractionFreeAdjugateOfAnIntegerMatrixIsItsCofactors()
    {
        // Integer matrices take the fraction-free elimination: against the symbolic cofactors at those integers (a zero
        // first pivot forces a row swap), and against adj(M) M = det(M) I with the determinant by Bareiss for larger sizes.
        var names = Enumerable.Range(0, 9).Select(i => Symbol.Of($"m_{i}")).ToArray();
        var symbolic = MatrixOps.Adjugate(Matrix.Of(3, 3, (r, c) => names[3 * r + c]));
        foreach (var numbers in new[] { new[] { 0, 2, 1, 3, -1, 4, 2, 2, 5 }, new[] { 2, 1, 3, 0, 4, 1, 1, 1, 3 } })
        {
            var at = names.Zip(numbers).ToDictionary(p => (Expr)p.First, p => (Expr)Number.Of(p.Second));
            var expected = symbolic.Map(e => Ift6135.Sym.Symbolic.Rewriting.Rewrite.Expand(Substitution.Substitute(e, at)));
            var m = Matrix.Of(3, 3, (r, c) => numbers[3 * r + c]);
            Assert.Equal(expected, IntegerAdjugate.Of(NumberMatrix.Entries(m)!));
        }
        var random = new Random(17);
        for (var n = 4; n <= 6; n++)
        {
            var m = Matrix.Of(n, n, (_, _) => Number.Of(random.Next(-5, 6)));
            var adjugate = IntegerAdjugate.Of(NumberMatrix.Entries(m)!);
            Assert.NotNull(adjugate);
            Assert.Equal(MatrixOps.Scale(Determinant.Of(m), Matrix.Identity(n)), MatrixOps.Multiply(adjugate, m));
        }
        // Singular: no adjugate by elimination (the caller takes the cofactors), and fractions are not its business.
        Assert.Null(IntegerAdjugate.Of(NumberMatrix.Entries(M([1, 2], [2, 4]))!));
        Assert.Null(IntegerAdjugate.Of(NumberMatrix.Entries(M([Number.Of(1, 2), 0], [0, 1]))!));
    }
}
