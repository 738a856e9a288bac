using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Polynomials;

/// <summary>
/// A product of powers of "atoms" (symbols, constants, function calls, sums kept whole under a
/// non-integer power), sorted by the canonical expression order so equal monomials compare equal
/// whatever order they were built in. Exponents are rational: sqrt(x)·sqrt(x) = x holds for the
/// principal branch, so adding exponents of one base is always sound.
/// </summary>
internal sealed class Monomial : IEquatable<Monomial>
{
    public static readonly Monomial One = new([]);

    public IReadOnlyList<(Expr Base, BigRational Exponent)> Factors { get; }
    private readonly int hash;

    public Monomial(IReadOnlyList<(Expr Base, BigRational Exponent)> sortedFactors)
    {
        Factors = sortedFactors;
        var h = 17;
        foreach (var (b, e) in sortedFactors) h = unchecked((h * 31 + b.GetHashCode()) * 16777619 ^ e.GetHashCode());   // deterministic, unlike System.HashCode
        hash = h;
    }

    public bool IsOne => Factors.Count == 0;

    /// <summary>True when every exponent is a nonnegative integer (an ordinary polynomial monomial).</summary>
    public bool IsPlain => Factors.All(f => f.Exponent.IsInteger && !f.Exponent.IsNegative);

    public BigRational ExponentOf(Expr b)
    {
        foreach (var (fb, e) in Factors)
            if (fb.Equals(b)) return e;
        return BigRational.Zero;
    }

    /// <summary>The product as a raw (unnormalized) list; the polynomial normalizes I and number bases.</summary>
    public static List<(Expr Base, BigRational Exponent)> MergeExponents(Monomial a, Monomial b, int signOfB)
    {
        var result = new List<(Expr, BigRational)>(a.Factors.Count + b.Factors.Count);
        int i = 0, j = 0;
        while (i < a.Factors.Count || j < b.Factors.Count)
        {
            var c = i == a.Factors.Count ? 1 : j == b.Factors.Count ? -1 : ExprOrder.Compare(a.Factors[i].Base, b.Factors[j].Base);
            if (c < 0) result.Add(a.Factors[i++]);
            else if (c > 0) { var (bb, be) = b.Factors[j++]; result.Add((bb, signOfB * be)); }
            else
            {
                var e = a.Factors[i].Exponent + signOfB * b.Factors[j].Exponent;
                if (!e.IsZero) result.Add((a.Factors[i].Base, e));
                i++; j++;
            }
        }
        return result;
    }

    /// <summary>
    /// Lexicographic order with the atoms ranked by the canonical order (the first atom is the
    /// most significant). Used to pick leading terms in exact division.
    /// </summary>
    public static int CompareLex(Monomial a, Monomial b)
    {
        int i = 0, j = 0;
        while (i < a.Factors.Count || j < b.Factors.Count)
        {
            if (i == a.Factors.Count) return -Math.Sign(b.Factors[j].Exponent.Sign);
            if (j == b.Factors.Count) return Math.Sign(a.Factors[i].Exponent.Sign);
            var c = ExprOrder.Compare(a.Factors[i].Base, b.Factors[j].Base);
            if (c < 0) return Math.Sign(a.Factors[i].Exponent.Sign);
            if (c > 0) return -Math.Sign(b.Factors[j].Exponent.Sign);
            var e = a.Factors[i].Exponent.CompareTo(b.Factors[j].Exponent);
            if (e != 0) return e;
            i++; j++;
        }
        return 0;
    }

    public bool Equals(Monomial? other)
    {
        if (other is null || other.hash != hash || other.Factors.Count != Factors.Count) return false;
        for (var k = 0; k < Factors.Count; k++)
            if (Factors[k].Exponent != other.Factors[k].Exponent || !Factors[k].Base.Equals(other.Factors[k].Base)) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is Monomial m && Equals(m);
    public override int GetHashCode() => hash;
}
