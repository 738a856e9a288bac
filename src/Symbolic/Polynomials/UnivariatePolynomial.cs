using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Polynomials;

/// <summary>
/// An immutable polynomial c0 + c1 x + ... + cn x^n in one variable whose coefficients are
/// expressions free of x, kept expanded so that a zero coefficient is recognised (and trimmed).
/// The zero polynomial has no coefficients and degree -1.
/// </summary>
public sealed class UnivariatePolynomial : IEquatable<UnivariatePolynomial>
{
    private readonly Expr[] coefficients;

    public Symbol Variable { get; }

    /// <summary>Coefficients by power: Coefficients[k] multiplies x^k. The last one is nonzero.</summary>
    public IReadOnlyList<Expr> Coefficients => coefficients;

    public int Degree => coefficients.Length - 1;

    public bool IsZero => coefficients.Length == 0;

    public Expr LeadingCoefficient => IsZero ? Number.Zero : coefficients[^1];

    private UnivariatePolynomial(Symbol variable, Expr[] coefficients)
    {
        Variable = variable;
        this.coefficients = coefficients;
    }

    /// <summary>From coefficients by power; each is expanded, trailing zeros are dropped. Throws if one contains x.</summary>
    public static UnivariatePolynomial FromCoefficients(Symbol x, IEnumerable<Expr> coefficients)
    {
        var list = coefficients.Select(Tidy).ToList();
        if (list.FirstOrDefault(c => c.Contains(x)) is { } bad)
            throw new ArgumentException($"The coefficient {bad} of a polynomial in {x} contains {x}.", nameof(coefficients));
        while (list.Count > 0 && list[^1].IsZero) list.RemoveAt(list.Count - 1);
        return new(x, list.ToArray());
    }

    /// <summary>
    /// Reads e as a polynomial in x: sums, products and nonnegative integer powers (such as
    /// (x + 1)^2) are multiplied out; anything else containing x (1/x, sin x, sqrt x) makes it
    /// not a polynomial and gives null.
    /// </summary>
    public static UnivariatePolynomial? From(Expr e, Symbol x)
    {
        var expanded = SparsePolynomial.From(e);
        var byPower = new SortedDictionary<int, List<Expr>>();
        foreach (var (m, c) in expanded.Terms)
        {
            var power = m.ExponentOf(x);
            if (!power.IsInteger || power.IsNegative || power.Numerator > int.MaxValue) return null;
            var rest = new List<Expr> { Number.Of(c) };
            foreach (var (b, k) in m.Factors)
            {
                if (b.Equals(x)) continue;
                if (b.Contains(x)) return null;
                rest.Add(Build.Pow(b, Number.Of(k)));
            }
            var p = (int)power.Numerator;
            if (!byPower.TryGetValue(p, out var list)) byPower[p] = list = [];
            list.Add(Build.Mul(rest));
        }
        var degree = byPower.Count == 0 ? -1 : byPower.Keys.Max();
        var result = new Expr[degree + 1];
        for (var k = 0; k <= degree; k++)
            result[k] = byPower.TryGetValue(k, out var parts) ? Build.Add(parts) : Number.Zero;
        return new(x, result);
    }

    /// <summary>Σ c_k x^k, collected by powers of x (a sum coefficient stays a factor: (a + 2)x²).</summary>
    public Expr ToExpr() =>
        Build.Add(coefficients.Select((c, k) => Build.Mul(c, Build.Pow(Variable, Number.Of(k)))).Reverse().ToArray());

    public UnivariatePolynomial Add(UnivariatePolynomial other)
    {
        RequireSameVariable(other);
        var n = Math.Max(coefficients.Length, other.coefficients.Length);
        return FromCoefficients(Variable, Enumerable.Range(0, n).Select(k => Build.Add(At(k), other.At(k))));
    }

    public UnivariatePolynomial Subtract(UnivariatePolynomial other) => Add(other.Scale(Number.MinusOne));

    public UnivariatePolynomial Scale(Expr factor) => FromCoefficients(Variable, coefficients.Select(c => Build.Mul(factor, c)));

    public UnivariatePolynomial Multiply(UnivariatePolynomial other)
    {
        RequireSameVariable(other);
        if (IsZero || other.IsZero) return new(Variable, []);
        var product = new List<Expr>[Degree + other.Degree + 1];
        for (var k = 0; k < product.Length; k++) product[k] = [];
        for (var i = 0; i <= Degree; i++)
            for (var j = 0; j <= other.Degree; j++)
                product[i + j].Add(Build.Mul(coefficients[i], other.coefficients[j]));
        return FromCoefficients(Variable, product.Select(Build.Add));
    }

    /// <summary>The value at x = point, by Horner's rule.</summary>
    public Expr Evaluate(Expr point)
    {
        Expr value = Number.Zero;
        for (var k = Degree; k >= 0; k--) value = Build.Add(Build.Mul(value, point), coefficients[k]);
        return Tidy(value);
    }

    public UnivariatePolynomial Derivative() =>
        FromCoefficients(Variable, coefficients.Skip(1).Select((c, k) => Build.Mul(Number.Of(k + 1), c)));

    /// <summary>The antiderivative with constant term 0: c_k x^k becomes c_k x^(k+1) / (k + 1).</summary>
    public UnivariatePolynomial Antiderivative() =>
        FromCoefficients(Variable, [Number.Zero, .. coefficients.Select((c, k) => Build.Mul(Number.Of(new BigRational(1, k + 1)), c))]);

    /// <summary>The integral from <paramref name="lower"/> to <paramref name="upper"/>: P(upper) - P(lower), P the antiderivative.</summary>
    public Expr DefiniteIntegral(Expr lower, Expr upper)
    {
        var antiderivative = Antiderivative();
        return Build.Sub(antiderivative.Evaluate(upper), antiderivative.Evaluate(lower));
    }

    /// <summary>
    /// Euclidean division this = q · divisor + r with deg r &lt; deg divisor. The divisor's leading
    /// coefficient must be a nonzero number (other coefficients may be symbolic).
    /// </summary>
    public (UnivariatePolynomial Quotient, UnivariatePolynomial Remainder) DivideWithRemainder(UnivariatePolynomial divisor)
    {
        RequireSameVariable(divisor);
        if (divisor.IsZero) throw new DivideByZeroException($"Division of the polynomial {ToExpr()} by the zero polynomial.");
        if (!divisor.LeadingCoefficient.IsNumber(out var lead))
            throw new ArgumentException($"Polynomial division needs a numeric leading coefficient; the divisor {divisor.ToExpr()} has {divisor.LeadingCoefficient}.", nameof(divisor));
        var remainder = coefficients.ToList();
        var quotient = new Expr[Math.Max(0, Degree - divisor.Degree + 1)];
        for (var k = Degree - divisor.Degree; k >= 0; k--)
        {
            var q = Tidy(Build.Mul(Number.Of(lead.Reciprocal()), remainder[k + divisor.Degree]));
            quotient[k] = q;
            for (var j = 0; j <= divisor.Degree; j++)
                remainder[k + j] = Tidy(Build.Sub(remainder[k + j], Build.Mul(q, divisor.coefficients[j])));
        }
        return (FromCoefficients(Variable, quotient), FromCoefficients(Variable, remainder.Take(Math.Max(0, divisor.Degree))));
    }

    /// <summary>The monic greatest common divisor of two polynomials with rational coefficients (Euclid).</summary>
    public static UnivariatePolynomial Gcd(UnivariatePolynomial a, UnivariatePolynomial b)
    {
        a.RequireSameVariable(b);
        a.RequireRational();
        b.RequireRational();
        while (!b.IsZero) (a, b) = (b, a.DivideWithRemainder(b).Remainder);
        return a.IsZero ? a : a.Scale(Build.Div(Number.One, a.LeadingCoefficient));
    }

    public bool HasRationalCoefficients => coefficients.All(c => c is Number);

    private void RequireRational()
    {
        if (!HasRationalCoefficients)
            throw new ArgumentException($"The GCD is computed for rational coefficients only; {ToExpr()} has symbolic ones.");
    }

    private Expr At(int k) => k < coefficients.Length ? coefficients[k] : Number.Zero;

    private void RequireSameVariable(UnivariatePolynomial other)
    {
        if (!other.Variable.Equals(Variable))
            throw new ArgumentException($"Polynomials in {Variable} and {other.Variable} cannot be combined.");
    }

    /// <summary>Expanded canonical form of a coefficient, so that zero is structurally zero.</summary>
    internal static Expr Tidy(Expr e) => e is Number or Symbol ? e : SparsePolynomial.From(e).ToExpr();

    public bool Equals(UnivariatePolynomial? other) =>
        other is not null && other.Variable.Equals(Variable) && other.coefficients.AsSpan().SequenceEqual(coefficients);

    public override bool Equals(object? obj) => obj is UnivariatePolynomial p && Equals(p);

    public override int GetHashCode() => coefficients.Aggregate(Variable.GetHashCode(), (h, c) => unchecked(h * 16777619 ^ c.GetHashCode()));

    public override string ToString() => ToExpr().ToString();
}
