using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Solving;

namespace Ift6135.Sym.Tests.Engine.Solving;

public class SolverTests
{
    private static readonly Symbol X = Symbol.Of("x"), Y = Symbol.Of("y"), Alpha = Symbol.Of("alpha"), A = Symbol.Of("a");
    private static readonly Expr I = Constant.I;

    private static Relation Eq(Expr l, Expr r) => Relation.Eq(l, r);

    [Fact]
    public void LinearEquation() => Assert.Equal([Number.Of(2)], Solver.Solve(Eq(2 * X + 3, 7), X));

    [Fact]
    public void LinearWithSymbolicCoefficient() =>
        Assert.Equal([Build.Div(3, A)], Solver.Solve(Eq(A * X, 3), X));

    [Fact]
    public void QuadraticWithIntegerRoots() =>
        Assert.Equal(new HashSet<Expr> { 2, 3 }, Solver.Solve(Eq(X.Pow(2) - 5 * X + 6, 0), X).ToHashSet());

    [Fact]
    public void QuadraticWithIrrationalRoots() =>
        Assert.Equal(new HashSet<Expr> { Build.Sqrt(2), -Build.Sqrt(2) }, Solver.Solve(Eq(X.Pow(2), 2), X).ToHashSet());

    [Fact]
    public void NegativeDiscriminantGivesComplexPair()
    {
        // x² - 2x + 5 = 0: x = 1 ± 2i
        Assert.Equal(new HashSet<Expr> { 1 + 2 * I, 1 - 2 * I }, Solver.Solve(Eq(X.Pow(2) - 2 * X + 5, 0), X).ToHashSet());
        Assert.Equal(new HashSet<Expr> { I, -I }, Solver.Solve(Eq(X.Pow(2) + 1, 0), X).ToHashSet());
    }

    [Fact]
    public void SymbolicNegativeDiscriminantDropsTheAbsoluteValue()
    {
        // (x - 1)² + α² = 0 with α real: discriminant -4α², roots 1 ± αi.
        var roots = Solver.Solve(Eq((X - 1).Pow(2) + Alpha.Pow(2), 0), X);
        Assert.Equal([1 + Alpha * I, 1 - Alpha * I], roots);
    }

    [Fact]
    public void DoubleRootIsListedOnceBySolveTwiceWithMultiplicity()
    {
        var equation = Eq((X - 3).Pow(2), 0);
        Assert.Equal([Number.Of(3)], Solver.Solve(equation, X));
        Assert.Equal([Number.Of(3), Number.Of(3)], Solver.RootsWithMultiplicity(equation, X));
    }

    [Fact]
    public void CubicWithRationalRootLeavesAQuadratic()
    {
        // x³ - 1 = (x - 1)(x² + x + 1): 1 and (-1 ± sqrt(3) i)/2
        var half = Number.Of(new BigRational(1, 2));
        var offset = Build.Mul(half, Build.Sqrt(3), I);
        Assert.Equal(new HashSet<Expr> { 1, -half + offset, -half - offset }, Solver.Solve(Eq(X.Pow(3), 1), X).ToHashSet());
        // 2x³ - 3x² - 3x + 2 = (x + 1)(2x - 1)(x - 2)
        Assert.Equal(new HashSet<Expr> { -1, half, 2 }, Solver.Solve(Eq(2 * X.Pow(3) - 3 * X.Pow(2) - 3 * X + 2, 0), X).ToHashSet());
    }

    [Fact]
    public void RootsSatisfyTheEquationNumerically()
    {
        // a x² + x - 2 = 0 for a = 3: substitute each symbolic root and evaluate.
        var polynomial = A * X.Pow(2) + X - 2;
        foreach (var root in Solver.Solve(Eq(polynomial, 0), X))
        {
            var value = Symbolic.Numeric.Evaluator.Evaluate(Substitution.Substitute(polynomial, X, root),
                new Dictionary<Symbol, System.Numerics.Complex> { [A] = 3 });
            Assert.True(System.Numerics.Complex.Abs(value) < 1e-12, $"root {root} leaves {value}");
        }
    }

    [Fact]
    public void UnsupportedFormsThrowClearly()
    {
        Assert.Contains("degree 3", Assert.Throws<UnsupportedEquationException>(() => Solver.Solve(Eq(X.Pow(3), 2), X)).Message);
        Assert.Contains("not polynomial", Assert.Throws<UnsupportedEquationException>(() => Solver.Solve(Eq(1 / X, 2), X)).Message);
        Assert.Throws<UnsupportedEquationException>(() => Solver.Solve(new Relation(RelationKind.Less, X, 2), X));
        Assert.Contains("every", Assert.Throws<UnsupportedEquationException>(() => Solver.Solve(Eq(X + 1, 1 + X), X)).Message);
        Assert.Empty(Solver.Solve(Eq(X - X, 1), X));
    }

    [Fact]
    public void LinearSystemWithUniqueSolution()
    {
        var solution = Solver.SolveLinearSystem([Eq(2 * X + Y, 5), Eq(X - Y, 1)], [X, Y])!;
        Assert.Equal(Number.Of(2), solution[X]);
        Assert.Equal(Number.One, solution[Y]);
    }

    [Fact]
    public void SymbolicLinearSystem()
    {
        // a x + y = 1, x - y = 0  =>  x = y = 1/(a + 1)
        var solution = Solver.SolveLinearSystem([Eq(A * X + Y, 1), Eq(X, Y)], [X, Y])!;
        var expected = Build.Div(1, A + 1);
        Assert.Equal(expected, solution[X]);
        Assert.Equal(expected, solution[Y]);
    }

    [Fact]
    public void SingularSystemsAreReportedDistinctly()
    {
        var under = Solver.AnalyzeLinearSystem([Eq(X + Y, 1), Eq(2 * X + 2 * Y, 2)], [X, Y]);
        Assert.Equal(LinearSystemStatus.Underdetermined, under.Status);
        Assert.Equal(1, under.Rank);
        Assert.Equal([Y], under.FreeUnknowns);
        var none = Solver.AnalyzeLinearSystem([Eq(X + Y, 1), Eq(X + Y, 2)], [X, Y]);
        Assert.Equal(LinearSystemStatus.Inconsistent, none.Status);
        Assert.Null(Solver.SolveLinearSystem([Eq(X + Y, 1), Eq(X + Y, 2)], [X, Y]));
    }

    [Fact]
    public void NonlinearSystemIsRejected() =>
        Assert.Throws<UnsupportedEquationException>(() => Solver.SolveLinearSystem([Eq(X * Y, 1), Eq(X, 2)], [X, Y]));

    [Fact]
    public void RandomRationalSystemsAreSolvedExactly()
    {
        var random = new Random(42);
        var unknowns = new[] { Symbol.Of("u1"), Symbol.Of("u2"), Symbol.Of("u3") };
        for (var trial = 0; trial < 10; trial++)
        {
            // Choose the solution first, then build equations it satisfies.
            var chosen = unknowns.Select(_ => new BigRational(random.Next(-9, 10), random.Next(1, 4))).ToArray();
            var equations = new List<Relation>();
            for (var i = 0; i < 3; i++)
            {
                var coefficients = unknowns.Select(_ => new BigRational(random.Next(-5, 6))).ToArray();
                var rhs = coefficients.Zip(chosen, (c, v) => c * v).Aggregate(BigRational.Zero, (s, t) => s + t);
                equations.Add(Eq(Build.Add(coefficients.Select((c, j) => Build.Mul(c, unknowns[j])).ToArray()), rhs));
            }
            var analysis = Solver.AnalyzeLinearSystem(equations, unknowns);
            if (analysis.Status != LinearSystemStatus.Unique) continue;
            for (var j = 0; j < 3; j++) Assert.Equal(Number.Of(chosen[j]), analysis.Values![unknowns[j]]);
        }
    }
}
