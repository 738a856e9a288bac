using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Polynomials;

/// <summary>
/// numerator / (d1 · d2 · ...), with each denominator factor primitive (integer coefficients,
/// positive leading term). Keeping the denominator factored lets elimination cancel a pivot
/// when it divides the numerator, without a multivariate GCD: the factors that appear are the
/// pivots themselves, so they are exactly the candidates for cancellation.
/// </summary>
internal sealed class RationalFunction
{
    public SparsePolynomial Numerator { get; }
    public IReadOnlyList<SparsePolynomial> DenominatorFactors { get; }

    private RationalFunction(SparsePolynomial numerator, IReadOnlyList<SparsePolynomial> denominatorFactors)
    {
        Numerator = numerator;
        DenominatorFactors = denominatorFactors;
    }

    public static RationalFunction FromPolynomial(SparsePolynomial p) => new(p, []);
    public static RationalFunction From(Expr e) => FromPolynomial(SparsePolynomial.From(e));
    public static readonly RationalFunction Zero = new(SparsePolynomial.Zero, []);
    public static readonly RationalFunction One = new(SparsePolynomial.Constant(BigRational.One), []);

    public bool IsZero => Numerator.IsZero;

    /// <summary>A rough size used to prefer simple pivots.</summary>
    public int Size => Numerator.TermCount + DenominatorFactors.Sum(d => d.TermCount);

    public bool IsNumber => DenominatorFactors.Count == 0 && Numerator.IsConstant(out _);

    public RationalFunction Add(RationalFunction other)
    {
        if (IsZero) return other;
        if (other.IsZero) return this;
        // Common denominator: the multiset union of the two factor lists.
        var common = DenominatorFactors.ToList();
        var otherMissing = new List<SparsePolynomial>();
        var unmatched = new List<SparsePolynomial>(DenominatorFactors);
        foreach (var d in other.DenominatorFactors)
        {
            var i = unmatched.FindIndex(u => SamePolynomial(u, d));
            if (i >= 0) unmatched.RemoveAt(i);
            else { common.Add(d); otherMissing.Add(d); }
        }
        var mine = otherMissing.Aggregate(Numerator, (n, d) => n.Multiply(d));
        var theirs = unmatched.Aggregate(other.Numerator, (n, d) => n.Multiply(d));
        return Normalize(mine.Add(theirs), common);
    }

    public RationalFunction Negate() => new(Numerator.Negate(), DenominatorFactors);
    public RationalFunction Subtract(RationalFunction other) => Add(other.Negate());

    public RationalFunction Multiply(RationalFunction other)
    {
        if (IsZero || other.IsZero) return Zero;
        return Normalize(Numerator.Multiply(other.Numerator), DenominatorFactors.Concat(other.DenominatorFactors).ToList());
    }

    public RationalFunction Reciprocal()
    {
        if (IsZero) throw new DivideByZeroException("Division by an expression that is identically zero.");
        var numerator = DenominatorFactors.Aggregate(SparsePolynomial.Constant(BigRational.One), (n, d) => n.Multiply(d));
        return Normalize(numerator, [Numerator]);
    }

    public RationalFunction Divide(RationalFunction other) => Multiply(other.Reciprocal());

    public Expr ToExpr()
    {
        var n = Numerator.ToExpr();
        if (DenominatorFactors.Count == 0) return n;
        var d = Build.Mul(DenominatorFactors.Select(f => f.ToExpr()).ToArray());
        return Build.Div(n, d);
    }

    private static RationalFunction Normalize(SparsePolynomial numerator, List<SparsePolynomial> denominators)
    {
        if (numerator.IsZero) return Zero;
        if (numerator.HasNegativeExponents)
        {
            // 1/a is kept as the fraction 1/(a), not as the Laurent monomial a^-1, so that
            // denominators are ordinary polynomials and can be cancelled against numerators.
            var multiplier = numerator.NegativeExponentMultiplier();
            numerator = numerator.Multiply(multiplier);
            denominators = [.. denominators, multiplier];
        }
        var kept = new List<SparsePolynomial>();
        foreach (var d in denominators)
        {
            if (d.IsConstant(out var c)) { numerator = numerator.Scale(c.Reciprocal()); continue; }
            var (content, primitive) = d.ContentAndPrimitive();
            numerator = numerator.Scale(content.Reciprocal());
            var quotient = numerator.DivideExact(primitive);
            if (quotient is not null && !quotient.HasNegativeExponents) { numerator = quotient; continue; }
            kept.Add(primitive);
        }
        return new(numerator, kept);
    }

    private static bool SamePolynomial(SparsePolynomial a, SparsePolynomial b) => a.Subtract(b).IsZero;
}
