using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Symbolic.Solving;

/// <summary>Exact solutions of polynomial equations of degree at most two, and of linear systems.</summary>
public static partial class Solver
{
    /// <summary>
    /// The distinct roots of a linear or quadratic equation in x. Complex roots come out as
    /// a + b·i. Throws <see cref="UnsupportedEquationException"/> for anything else (not an
    /// equality, not polynomial in x, degree above two, or true for every x).
    /// </summary>
    public static IReadOnlyList<Expr> Solve(Relation equation, Symbol x)
    {
        var roots = RootsWithMultiplicity(equation, x);
        return roots.Distinct().ToArray();
    }

    /// <summary>As <see cref="Solve"/>, but a double root is listed twice.</summary>
    public static IReadOnlyList<Expr> RootsWithMultiplicity(Relation equation, Symbol x)
    {
        if (equation.Kind != RelationKind.Equal)
            throw new UnsupportedEquationException($"Solve expects an equation, but got the relation {equation}.");
        var difference = Build.Sub(equation.Left, equation.Right);
        var polynomial = UnivariatePolynomial.From(difference, x)
            ?? throw new UnsupportedEquationException($"The equation {equation} is not polynomial in {x}; only linear and quadratic equations are solved.");
        return Roots(polynomial, equation.ToString());
    }

    /// <summary>The roots of a polynomial of degree one or two, with multiplicity.</summary>
    public static IReadOnlyList<Expr> Roots(UnivariatePolynomial polynomial, string? description = null)
    {
        var what = description ?? $"{polynomial} = 0";
        var c = polynomial.Coefficients;
        return polynomial.Degree switch
        {
            -1 => throw new UnsupportedEquationException($"The equation {what} holds for every {polynomial.Variable}: there is no finite list of roots."),
            0 => [],
            1 => [Tidy(Build.Neg(Build.Div(c[0], c[1])))],
            2 => QuadraticRoots(c[2], c[1], c[0]),
            _ when RationalRoots.Extract(polynomial) is var (rational, rest) && rest.Degree <= 2 => [.. rational, .. Roots(rest)],
            _ => throw new UnsupportedEquationException($"The equation {what} has degree {polynomial.Degree} in {polynomial.Variable}; only degrees 1 and 2 (and higher degrees whose rational roots leave at most a quadratic) are solved exactly."),
        };
    }

    /// <summary>
    /// (-b ± sqrt(b² - 4ac)) / 2a with the square root of the discriminant taken apart:
    /// sqrt(-4α²) = 2|α| i, and since ±|α| is the same pair as ±α, the absolute value is dropped.
    /// </summary>
    private static Expr[] QuadraticRoots(Expr a, Expr b, Expr c)
    {
        var discriminant = Tidy(Build.Sub(Build.Mul(b, b), Build.Mul(Number.Of(4), a, c)));
        var center = Tidy(Build.Div(Build.Neg(b), Build.Mul(Number.Two, a)));
        if (discriminant.IsZero) return [center, center];
        var offset = Tidy(Build.Div(DropAbsoluteValues(SquareRoot(discriminant)), Build.Mul(Number.Two, a)));
        return [Build.Add(center, offset), Build.Sub(center, offset)];
    }

    /// <summary>
    /// The principal square root, with i pulled out of a single negative term (sqrt(-4α²) = 2|α|i),
    /// and a perfect square recognized: sqrt(q²) = |q| and sqrt(-q²) = |q| i for a real polynomial q
    /// (so the discriminant (a - d)² + 4bc of a 2×2 matrix with bc = 0 gives back |a - d|).
    /// </summary>
    internal static Expr SquareRoot(Expr d)
    {
        if (d is Number) return Build.Sqrt(d);
        var (coefficient, rest) = Build.SplitCoefficient(d);
        if (d is not Sum) return Build.Mul(Build.Sqrt(Number.Of(coefficient)), Build.Sqrt(rest));
        if (RealPolynomialRoot(d) is { } root) return Build.Abs(root);
        if (RealPolynomialRoot(Build.Neg(d)) is { } imaginary) return Build.Mul(Constant.I, Build.Abs(imaginary));
        if (SignOf.Get(d).IsNegative()) return Build.Mul(Constant.I, Build.Sqrt(Build.Neg(d)));
        return Build.Sqrt(d);
    }

    private static Expr? RealPolynomialRoot(Expr d)
    {
        if (d.Contains(Constant.I) || PolynomialSquareRoot.Of(SparsePolynomial.From(d)) is not { } q) return null;
        var root = q.ToExpr();
        return SignOf.Get(root).IsReal() ? root : null;
    }

    /// <summary>
    /// In ±q, a top-level factor |s| (s real) may become s: |s| = ±s, and the sign only swaps the
    /// pair. This is what makes the roots of λ² - 2λ + 1 + α² print as 1 + αi, 1 - αi.
    /// </summary>
    private static Expr DropAbsoluteValues(Expr q)
    {
        static Expr Drop(Expr f) => f switch
        {
            Function { Which: FunctionKind.Abs } abs when SignOf.Get(abs.Argument).IsReal() => abs.Argument,
            Power { Base: Function { Which: FunctionKind.Abs } abs, Exponent: Number { Value.IsInteger: true } n }
                when SignOf.Get(abs.Argument).IsReal() => Build.Pow(abs.Argument, n),
            _ => f,
        };
        return q is Product p ? Build.Mul(p.Factors.Select(Drop).ToArray()) : Drop(q);
    }

    internal static Expr Tidy(Expr e) => RationalFunction.From(e).ToExpr();
}
