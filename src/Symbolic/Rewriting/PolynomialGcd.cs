using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Symbolic.Rewriting;

/// <summary>
/// A common polynomial divisor of two sums, for Cancel. In one symbol with rational coefficients it is the
/// greatest common divisor (Euclid, by <see cref="UnivariatePolynomial.Gcd"/>). In several symbols it is only
/// the cheap case of one sum dividing the other exactly ((x² - y²)/(x - y)), by bounded multivariate
/// division: a full multivariate GCD is not attempted, so (x² - y²)/(x + y)² is left as it is.
/// </summary>
internal static class PolynomialGcd
{
    private const int MaxDegree = 200;
    private const int MaxTerms = 400;

    public sealed record Result(Expr Gcd, Expr QuotientA, Expr QuotientB);

    /// <summary>a = qa · g and b = qb · g with g not constant, or null when no such g is found.</summary>
    public static Result? Split(Expr a, Expr b)
    {
        var symbols = Substitution.FreeSymbols(Construction.Build.Add(a, b));
        if (symbols.Count == 0) return null;
        return symbols.Count == 1 ? Univariate(a, b, symbols[0]) : ByExactDivision(a, b);
    }

    private static Result? Univariate(Expr a, Expr b, Symbol x)
    {
        if (Polynomial(a, x) is not { } pa || Polynomial(b, x) is not { } pb) return null;
        var g = UnivariatePolynomial.Gcd(pa, pb);
        if (g.Degree < 1) return null;
        return new(g.ToExpr(), pa.DivideWithRemainder(g).Quotient.ToExpr(), pb.DivideWithRemainder(g).Quotient.ToExpr());
    }

    private static UnivariatePolynomial? Polynomial(Expr e, Symbol x)
    {
        if (!WithinBounds(e)) return null;
        var p = UnivariatePolynomial.From(e, x);
        return p is { HasRationalCoefficients: true, Degree: <= MaxDegree } ? p : null;
    }

    private static Result? ByExactDivision(Expr a, Expr b)
    {
        if (!WithinBounds(a) || !WithinBounds(b)) return null;
        var pa = SparsePolynomial.From(a);
        var pb = SparsePolynomial.From(b);
        if (pa.TermCount > MaxTerms || pb.TermCount > MaxTerms || pa.HasNegativeExponents || pb.HasNegativeExponents) return null;
        if (pa.DivideExact(pb) is { HasNegativeExponents: false } qa && !qa.IsConstant(out _))
            return new(b, qa.ToExpr(), Number.One);
        if (pb.DivideExact(pa) is { HasNegativeExponents: false } qb && !qb.IsConstant(out _))
            return new(a, Number.One, qb.ToExpr());
        return null;
    }

    /// <summary>Keeps the expansion cheap: a sum whose powers of sums would multiply out to too many terms is left alone.</summary>
    private static bool WithinBounds(Expr e)
    {
        try { return Rewrite.Expand(e, MaxTerms) is var expanded && (expanded is not Sum s || s.Terms.Count <= MaxTerms); }
        catch (ExpansionLimitException) { return false; }
    }
}
