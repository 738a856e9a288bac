using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Polynomials;

/// <summary>
/// Sturm's theorem for a polynomial with rational coefficients: the number of its distinct real
/// roots is the drop in sign changes of the sequence p, p', -rem(p, p'), ... from -infinity to
/// +infinity. Used to prove that a factor the exact solver cannot split has no real root at all.
/// </summary>
public static class SturmSequence
{
    public static int DistinctRealRoots(UnivariatePolynomial p)
    {
        if (p.IsZero) throw new ArgumentException("The zero polynomial has every number as a root.", nameof(p));
        var chain = Chain(p);
        return SignChanges(chain, atPlusInfinity: false) - SignChanges(chain, atPlusInfinity: true);
    }

    /// <summary>
    /// The number of distinct roots above 0 (the drop in sign changes from 0 to +infinity), for p(0) ≠ 0: a rate or a
    /// size is positive, so a factor whose real roots are all negative has none that matter.
    /// </summary>
    public static int DistinctPositiveRoots(UnivariatePolynomial p)
    {
        if (p.IsZero || p.Coefficients[0].IsZero) throw new ArgumentException("Counting roots above 0 needs p(0) ≠ 0.", nameof(p));
        var chain = Chain(p);
        return SignChangesAtZero(chain) - SignChanges(chain, atPlusInfinity: true);
    }

    /// <summary>Sign changes at 0, where each polynomial has the sign of its constant term (zeros skipped).</summary>
    private static int SignChangesAtZero(IEnumerable<UnivariatePolynomial> chain)
    {
        var changes = 0;
        var previous = 0;
        foreach (var q in chain)
        {
            var constant = q.Coefficients.Count > 0 ? q.Coefficients[0] : Number.Zero;
            if (!constant.IsNumber(out var c)) throw new ArgumentException($"Sturm sequences need rational coefficients; {q} has symbolic ones.");
            if (c.Sign != 0 && previous != 0 && c.Sign != previous) changes++;
            if (c.Sign != 0) previous = c.Sign;
        }
        return changes;
    }

    private static List<UnivariatePolynomial> Chain(UnivariatePolynomial p)
    {
        var chain = new List<UnivariatePolynomial> { p, p.Derivative() };
        while (!chain[^1].IsZero)
            chain.Add(chain[^2].DivideWithRemainder(chain[^1]).Remainder.Scale(Number.MinusOne));
        chain.RemoveAt(chain.Count - 1);
        return chain;
    }

    /// <summary>Sign changes at ±infinity, where each polynomial has the sign of its leading term.</summary>
    private static int SignChanges(IEnumerable<UnivariatePolynomial> chain, bool atPlusInfinity)
    {
        var changes = 0;
        var previous = 0;
        foreach (var q in chain)
        {
            if (!q.LeadingCoefficient.IsNumber(out var lead))
                throw new ArgumentException($"Sturm sequences need rational coefficients; {q} has symbolic ones.");
            var sign = lead.Sign * (atPlusInfinity || q.Degree % 2 == 0 ? 1 : -1);
            if (sign != 0 && previous != 0 && sign != previous) changes++;
            if (sign != 0) previous = sign;
        }
        return changes;
    }
}
