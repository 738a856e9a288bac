using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Polynomials;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// A proof that an expression is identically 0 as a rational function of its atoms (symbols, function
/// calls, non-integer powers), by clearing denominators: n1/d1 + n2/d2 = 0 wherever it is defined iff
/// n1·d2 + n2·d1 = 0 as a polynomial. Only multiplications of expanded polynomials, no GCD and no
/// expression nodes: what makes (AB)⁻¹ = B⁻¹A⁻¹ cheap, where cancelling fraction by fraction is not.
/// Denominator factors are kept as a multiset of primitive polynomials, so a factor shared by two
/// terms (a determinant) is not multiplied in twice. "Not shown" is not "nonzero": atoms are treated
/// as independent (exp(2x) and exp(x)² are two atoms), so a false answer leaves the question open.
/// </summary>
internal static class ClearedDenominators
{
    /// <summary>A numerator larger than this stops the test (the caller's other passes, or sampling, decide).</summary>
    private const int MaxTerms = 2_000;

    /// <summary>The largest integer power multiplied out.</summary>
    private const int MaxPower = 16;

    public static bool IsZero(Expr e) => Of(e) is { } f && f.Numerator.IsZero;

    /// <summary>e as numerator / Π denominators; null when beyond the bounds or undefined (a power of 0 with a negative exponent).</summary>
    private static Fraction? Of(Expr e)
    {
        switch (e)
        {
            case Number n:
                return Fraction.Polynomial(SparsePolynomial.Constant(n.Value));
            case Sum s:
                return Combine(s.Terms, (a, b) => a.Add(b));
            case Product p:
                return Combine(p.Factors, (a, b) => a.Multiply(b));
            case Power { Exponent: Number { Value: { IsInteger: true } k } } pw when System.Numerics.BigInteger.Abs(k.Numerator) <= MaxPower && !k.IsZero:
                return Of(pw.Base) is { } b ? b.Pow((int)k.Numerator) : null;
            default:
                return Fraction.Polynomial(SparsePolynomial.From(e));
        }
    }

    private static Fraction? Combine(IReadOnlyList<Expr> parts, Func<Fraction, Fraction, Fraction?> op)
    {
        Fraction? result = null;
        foreach (var part in parts)
        {
            if (Of(part) is not { } f) return null;
            result = result is null ? f : op(result, f);
            if (result is null || result.Numerator.TermCount > MaxTerms) return null;
        }
        return result;
    }

    /// <summary>numerator / Π denominators, each denominator primitive (its content moved to the numerator) and not constant.</summary>
    private sealed record Fraction(SparsePolynomial Numerator, IReadOnlyList<SparsePolynomial> Denominators)
    {
        public static Fraction Polynomial(SparsePolynomial p) => new(p, []);

        public Fraction? Add(Fraction other)
        {
            // The common denominator is the multiset union of the two factor lists.
            var common = Denominators.ToList();
            var unmatched = Denominators.ToList();
            var mine = Numerator;
            foreach (var d in other.Denominators)
            {
                var i = unmatched.FindIndex(u => u.Subtract(d).IsZero);
                if (i >= 0) { unmatched.RemoveAt(i); continue; }
                common.Add(d);
                mine = mine.Multiply(d);
                if (mine.TermCount > MaxTerms) return null;
            }
            var theirs = other.Numerator;
            foreach (var d in unmatched)
            {
                theirs = theirs.Multiply(d);
                if (theirs.TermCount > MaxTerms) return null;
            }
            return new(mine.Add(theirs), common);
        }

        public Fraction? Multiply(Fraction other)
        {
            var numerator = Numerator.Multiply(other.Numerator);
            return numerator.TermCount > MaxTerms ? null : new(numerator, [.. Denominators, .. other.Denominators]);
        }

        public Fraction? Pow(int k)
        {
            var self = k > 0 ? this : Reciprocal();
            if (self is null) return null;
            var result = Polynomial(SparsePolynomial.Constant(BigRational.One));
            for (var i = 0; i < Math.Abs(k) && result is not null; i++) result = result.Multiply(self);
            return result;
        }

        private Fraction? Reciprocal()
        {
            if (Numerator.IsZero) return null;
            var numerator = SparsePolynomial.Constant(BigRational.One);
            foreach (var d in Denominators) numerator = numerator.Multiply(d);
            if (Numerator.IsConstant(out var c)) return new(numerator.Scale(c.Reciprocal()), []);
            var (content, primitive) = Numerator.ContentAndPrimitive();
            return numerator.TermCount > MaxTerms ? null : new(numerator.Scale(content.Reciprocal()), [primitive]);
        }
    }
}
