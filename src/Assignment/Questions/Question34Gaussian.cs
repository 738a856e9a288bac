using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Assignment.Questions;

/// <summary>
/// Exact Gaussian calculus for Questions 3 and 4: the normal log-density as an engine expression, and
/// the expectation of a polynomial in z under N(m, v) from the normal moments, so that every term of
/// the ELBO decomposition of a linear-Gaussian model is computed, not typed in.
/// </summary>
public static class Question34Gaussian
{
    public const int MaxDegree = 4;

    /// <summary>log N(t; mean, variance) = -log(2 pi variance)/2 - (t - mean)^2 / (2 variance).</summary>
    public static Expr LogDensity(Expr t, Expr mean, Expr variance) =>
        -Build.Log(2 * (Expr)Constant.Pi * variance) / 2 - (t - mean).Pow(2) / (2 * variance);

    /// <summary>E[z^k] for z ~ N(m, v), k = 0..4 (the raw moments of the normal law).</summary>
    public static Expr Moment(int k, Expr m, Expr v) => k switch
    {
        0 => Number.One,
        1 => m,
        2 => m.Pow(2) + v,
        3 => m.Pow(3) + 3 * m * v,
        4 => m.Pow(4) + 6 * m.Pow(2) * v + 3 * v.Pow(2),
        _ => throw new ArgumentOutOfRangeException(nameof(k), $"Only the moments up to order {MaxDegree} are tabulated."),
    };

    /// <summary>E_{z ~ N(m, v)}[integrand] for an integrand polynomial in z of degree at most 4 (linearity plus the moments).</summary>
    public static Expr Expectation(Expr integrand, Symbol z, Expr m, Expr v)
    {
        var polynomial = UnivariatePolynomial.From(integrand, z)
            ?? throw new ArgumentException($"The integrand {integrand} is not a polynomial in {z}; its Gaussian expectation is not tabulated.");
        if (polynomial.Degree > MaxDegree)
            throw new ArgumentException($"The integrand {integrand} has degree {polynomial.Degree} in {z}; at most {MaxDegree} is supported.");
        return Build.Add(polynomial.Coefficients.Select((c, k) => c * Moment(k, m, v)).ToArray());
    }

    /// <summary>The coefficient of z^k in a polynomial integrand (zero when absent).</summary>
    public static Expr Coefficient(Expr integrand, Symbol z, int k)
    {
        var polynomial = UnivariatePolynomial.From(integrand, z)
            ?? throw new ArgumentException($"The expression {integrand} is not a polynomial in {z}.");
        return k < polynomial.Coefficients.Count ? polynomial.Coefficients[k] : Number.Zero;
    }
}
