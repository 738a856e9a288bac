using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Tests.Parsing.Latex;

public class LatexMatrixLoweringTests
{
    private static readonly LatexContext Ctx = LatexContext.Empty
        .WithMatrix("A", new MatrixShape(2, 2, MatrixForm.General))
        .WithMatrix("B", new MatrixShape(2, 2, MatrixForm.General))
        .WithMatrix("S", new MatrixShape(3, 3, MatrixForm.LowerTriangular))
        .WithVector("x", 2);

    private static LatexValue V(string latex) => LatexLowering.ParseValue(latex, Ctx);
    private static Symbol A(int r, int c) => Symbol.Indexed("A", Facts.Real, r, c);
    private static Symbol B(int r, int c) => Symbol.Indexed("B", Facts.Real, r, c);

    [Fact]
    public void ProductEntryIsRowTimesColumn() =>
        Assert.Equal(Build.Add(Build.Mul(A(1, 1), B(1, 2)), Build.Mul(A(1, 2), B(2, 2))), V("AB").Matrix![0, 1]);

    [Fact] public void MatricesDoNotCommute() => Assert.NotEqual(V("AB").Matrix, V("BA").Matrix);
    [Fact] public void TransposeOfProduct() => Assert.Equal(V(@"B^\top A^\top").Matrix, V(@"(AB)^\top").Matrix);
    [Fact] public void TransposeWithT() => Assert.Equal(V(@"A^{\top}").Matrix, V("A^T").Matrix);

    /// <summary>A^{-T} (an error before: a power with a symbol) is the transpose of the inverse, and the inverse of the transpose.</summary>
    [Fact]
    public void InverseTransposeIsTheTransposeOfTheInverse()
    {
        Assert.Equal(V(@"(A^{-1})^\top").Matrix, V("A^{-T}").Matrix);
        Assert.Equal(V(@"(A^\top)^{-1}").Matrix, V(@"A^{-\top}").Matrix);
    }

    /// <summary>
    /// A vector has no matrix power: x^2 is its entries squared, as the statement's diag(sigma^2) writes it (an input error before,
    /// "a square matrix under a power"). By hand diag(x^2) = [[x_1^2, 0], [0, x_2^2]]; a 2 x 2 matrix keeps its matrix power.
    /// </summary>
    [Fact]
    public void A_vector_to_a_power_is_taken_entry_by_entry()
    {
        var x = (Symbol.Indexed("x", Facts.Real, 1), Symbol.Indexed("x", Facts.Real, 2));
        Assert.Equal(Matrix.Diagonal([Build.Pow(x.Item1, Number.Two), Build.Pow(x.Item2, Number.Two)]), V(@"\mathrm{diag}(x^2)").Matrix);
        Assert.Equal(V("A A").Matrix, V("A^2").Matrix);
    }

    [Fact]
    public void DeterminantOfTwoByTwo() =>
        Assert.Equal(Build.Sub(Build.Mul(A(1, 1), A(2, 2)), Build.Mul(A(1, 2), A(2, 1))), V(@"\det A").Scalar);

    [Fact] public void BarsAroundAMatrixAreTheDeterminant() => Assert.Equal(V(@"\det(A)").Scalar, V("|A|").Scalar);

    [Fact]
    public void LowerTriangularDeterminantIsTheDiagonalProduct()
    {
        var s = (int k) => Symbol.Indexed("S", Facts.Real, k, k);
        Assert.Equal(Build.Mul(s(1), s(2), s(3)), V(@"\det S").Scalar);
    }

    [Fact]
    public void QuadraticFormIsAScalar()
    {
        // x^T A x at x = (1, 2), A = [[3, 5], [7, 11]] is 3 + 2*5 + 2*7 + 4*11 = 71.
        var point = new Dictionary<Symbol, double>
        {
            [Symbol.Indexed("x", Facts.Real, 1)] = 1, [Symbol.Indexed("x", Facts.Real, 2)] = 2,
            [A(1, 1)] = 3, [A(1, 2)] = 5, [A(2, 1)] = 7, [A(2, 2)] = 11,
        };
        Assert.Equal(71, Ift6135.Sym.Symbolic.Numeric.Evaluator.EvaluateReal(V(@"x^\top A x").Scalar!, point), 9);
    }

    [Fact]
    public void LiteralMatrix()
    {
        var alpha = Symbol.Of("alpha");
        Assert.Equal(Matrix.FromRows([[1, Build.Neg(alpha)], [alpha, 1]]), V(@"\begin{pmatrix} 1 & -\alpha \\ \alpha & 1 \end{pmatrix}").Matrix);
    }

    [Fact]
    public void InverseTimesMatrixIsIdentity()
    {
        var m = V(@"\begin{bmatrix} 2 & 1 \\ 1 & 1 \end{bmatrix}^{-1} \begin{bmatrix} 2 & 1 \\ 1 & 1 \end{bmatrix}").Matrix;
        Assert.Equal(Matrix.Identity(2), m);
    }

    [Fact] public void TraceIsDiagonalSum() => Assert.Equal(Build.Add(A(1, 1), A(2, 2)), V(@"\operatorname{tr}(A)").Scalar);

    [Fact] public void EntryOfDeclaredMatrix() => Assert.Equal(A(1, 2), V("A_{12}").Scalar);
    [Fact] public void EntryOfDeclaredVector() => Assert.Equal(Symbol.Indexed("x", Facts.Real, 2), V("x_2").Scalar);

    [Fact]
    public void NormOfVector()
    {
        var x = (int k) => Symbol.Indexed("x", Facts.Real, k);
        Assert.Equal(Build.Sqrt(Build.Add(Build.Pow(x(1), 2), Build.Pow(x(2), 2))), V(@"\|x\|_2").Scalar);
    }

    [Fact]
    public void NormAndAbsoluteValueAfterAFactorInsideAKnownFunction()
    {
        // exp(-½‖x‖²) = exp(-(x₁² + x₂²)/2): the \| after ½ opens a norm (it read as the KL separator: "expected an expression, found '^'").
        var x = (int k) => Symbol.Indexed("x", Facts.Real, k);
        var half = Build.Mul(Number.Of(-1, 2), Build.Add(Build.Pow(x(1), 2), Build.Pow(x(2), 2)));
        Assert.Equal(Build.Exp(half), V(@"\exp(-\frac{1}{2}\|x\|^2)").Scalar);
        Assert.Equal(Build.Exp(Build.Mul(2, Build.Abs(Symbol.Of("a")))), V(@"\exp(2|a|)").Scalar);
    }

    [Fact]
    public void SizeMismatchIsALocatedError()
    {
        var e = Assert.Throws<Ift6135.Sym.Symbolic.Parsing.ParseException>(() => V("A + x"));
        Assert.Contains("same size", e.Error.Message);
        Assert.Equal(1, e.Error.Span.Column);
    }

    [Fact]
    public void OutOfRangeEntryIsAnError() =>
        Assert.Throws<Ift6135.Sym.Symbolic.Parsing.ParseException>(() => V("x_3"));
}
