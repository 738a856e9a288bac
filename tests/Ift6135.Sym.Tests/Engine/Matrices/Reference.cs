using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Tests.Engine.Matrices;

/// <summary>Independent reference computations written for the tests (not the engine's algorithms).</summary>
internal static class Reference
{
    /// <summary>Cofactor expansion along the first row, exact over BigRational.</summary>
    public static BigRational Cofactor(BigRational[,] a)
    {
        var n = a.GetLength(0);
        if (n == 1) return a[0, 0];
        var total = BigRational.Zero;
        for (var j = 0; j < n; j++)
        {
            var minor = new BigRational[n - 1, n - 1];
            for (var r = 1; r < n; r++)
                for (int c = 0, k = 0; c < n; c++)
                    if (c != j) minor[r - 1, k++] = a[r, c];
            var term = a[0, j] * Cofactor(minor);
            total = j % 2 == 0 ? total + term : total - term;
        }
        return total;
    }

    /// <summary>Cofactor expansion over expressions, built with the canonical constructors.</summary>
    public static Expr Cofactor(Matrix m)
    {
        var n = m.Rows;
        if (n == 1) return m[0, 0];
        var terms = new List<Expr>();
        for (var j = 0; j < n; j++)
        {
            var minor = Matrix.Of(n - 1, n - 1, (r, c) => m[r + 1, c < j ? c : c + 1]);
            var term = Build.Mul(m[0, j], Cofactor(minor));
            terms.Add(j % 2 == 0 ? term : Build.Neg(term));
        }
        return Build.Add(terms);
    }

    public static BigRational[,] RandomRational(Random random, int n, int maxNumerator = 6, int maxDenominator = 3)
    {
        var a = new BigRational[n, n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
                a[r, c] = new BigRational(random.Next(-maxNumerator, maxNumerator + 1), random.Next(1, maxDenominator + 1));
        return a;
    }

    public static Matrix ToMatrix(BigRational[,] a) =>
        Matrix.Of(a.GetLength(0), a.GetLength(1), (r, c) => Number.Of(a[r, c]));

    public static BigRational[,] Multiply(BigRational[,] a, BigRational[,] b)
    {
        var n = a.GetLength(0);
        var m = b.GetLength(1);
        var result = new BigRational[n, m];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < m; c++)
            {
                var sum = BigRational.Zero;
                for (var k = 0; k < a.GetLength(1); k++) sum += a[r, k] * b[k, c];
                result[r, c] = sum;
            }
        return result;
    }

    /// <summary>Numeric value of an expression at a point, for checks of symbolic identities.</summary>
    public static double At(Expr e, params (Symbol Symbol, double Value)[] point) =>
        Symbolic.Numeric.Evaluator.EvaluateReal(e, point.ToDictionary(p => p.Symbol, p => p.Value));
}
