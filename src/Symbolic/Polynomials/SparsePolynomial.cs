using System.Numerics;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Polynomials;

/// <summary>
/// An expanded multivariate polynomial with rational coefficients over "atoms" (see
/// <see cref="Monomial"/>). Zero is recognised structurally, which is what elimination over
/// symbolic entries needs. This is the matrices lane's private expander (the general
/// Rewrite.Expand lives in Rewriting); i² = -1 is applied as terms multiply.
/// </summary>
internal sealed class SparsePolynomial
{
    /// <summary>Beyond this, (a + b)^n stays an atom rather than exploding.</summary>
    private const int MaxExpandedPower = 64;
    private const int MaxDivisionSteps = 20_000;

    private readonly Dictionary<Monomial, BigRational> terms;

    private SparsePolynomial(Dictionary<Monomial, BigRational> terms) => this.terms = terms;

    public static readonly SparsePolynomial Zero = new([]);
    public static SparsePolynomial Constant(BigRational c) =>
        c.IsZero ? Zero : new(new Dictionary<Monomial, BigRational> { [Monomial.One] = c });

    /// <summary>The single term c·m (m already normalized, as taken from another polynomial).</summary>
    public static SparsePolynomial Term(Monomial m, BigRational c) =>
        c.IsZero ? Zero : new(new Dictionary<Monomial, BigRational> { [m] = c });

    public IReadOnlyDictionary<Monomial, BigRational> Terms => terms;
    public bool IsZero => terms.Count == 0;
    public int TermCount => terms.Count;

    public bool IsConstant(out BigRational value)
    {
        value = BigRational.Zero;
        if (terms.Count == 0) return true;
        if (terms.Count == 1 && terms.TryGetValue(Monomial.One, out value)) return true;
        return false;
    }

    public static SparsePolynomial From(Expr e) => e switch
    {
        Number n => Constant(n.Value),
        Sum s => SumOf(s.Terms),
        Product p => p.Factors.Select(From).Aggregate(Constant(BigRational.One), (a, b) => a.Multiply(b)),
        Power { Base: Sum b, Exponent: Number { Value: { IsInteger: true, IsNegative: false } k } } when k.Numerator <= MaxExpandedPower
            => From(b).Pow((int)k.Numerator),
        Power { Exponent: Number { Value: var r } } pw => Atom(pw.Base, r),
        _ => Atom(e, BigRational.One),
    };

    private static SparsePolynomial Atom(Expr b, BigRational exponent)
    {
        var acc = new Accumulator();
        acc.AddTerm(BigRational.One, [(b, exponent)]);
        return acc.ToPolynomial();
    }

    public SparsePolynomial Add(SparsePolynomial other) => Combine(other, BigRational.One);
    public SparsePolynomial Subtract(SparsePolynomial other) => Combine(other, BigRational.MinusOne);
    public SparsePolynomial Negate() => Scale(BigRational.MinusOne);

    private SparsePolynomial Combine(SparsePolynomial other, BigRational factor)
    {
        if (other.IsZero) return this;
        var result = new Dictionary<Monomial, BigRational>(terms);
        AddInto(result, other, factor);
        return new(result);
    }

    /// <summary>The terms' polynomials added into one dictionary: adding them one polynomial at a time copied the running sum each time.</summary>
    private static SparsePolynomial SumOf(IReadOnlyList<Expr> parts)
    {
        var result = new Dictionary<Monomial, BigRational>();
        foreach (var part in parts) AddInto(result, From(part), BigRational.One);
        return new(result);
    }

    private static void AddInto(Dictionary<Monomial, BigRational> result, SparsePolynomial other, BigRational factor)
    {
        foreach (var (m, c) in other.terms)
        {
            var v = (result.TryGetValue(m, out var old) ? old : BigRational.Zero) + factor * c;
            if (v.IsZero) result.Remove(m); else result[m] = v;
        }
    }

    public SparsePolynomial Scale(BigRational c)
    {
        if (c.IsZero) return Zero;
        if (c.IsOne) return this;
        return new(terms.ToDictionary(t => t.Key, t => t.Value * c));
    }

    public SparsePolynomial Multiply(SparsePolynomial other)
    {
        if (IsZero || other.IsZero) return Zero;
        if (other.IsConstant(out var k)) return Scale(k);
        if (IsConstant(out var k2)) return other.Scale(k2);
        var acc = new Accumulator();
        foreach (var (ma, ca) in terms)
        {
            Safety.Deadline.CheckOften();   // coefficient arithmetic builds no nodes: the step's budget is checked here
            foreach (var (mb, cb) in other.terms)
                acc.AddTerm(ca * cb, Monomial.MergeExponents(ma, mb, 1));
        }
        return acc.ToPolynomial();
    }

    public SparsePolynomial Pow(int n)
    {
        var result = Constant(BigRational.One);
        var b = this;
        while (n > 0)
        {
            if ((n & 1) == 1) result = result.Multiply(b);
            n >>= 1;
            if (n > 0) b = b.Multiply(b);
        }
        return result;
    }

    /// <summary>The quotient when this is an exact multiple of <paramref name="divisor"/>; null otherwise (or when undecidable here).</summary>
    public SparsePolynomial? DivideExact(SparsePolynomial divisor)
    {
        if (divisor.IsZero) return null;
        if (divisor.IsConstant(out var c)) return Scale(c.Reciprocal());
        if (IsZero) return Zero;
        if (divisor.terms.Count == 1)
        {
            var (dm, dc) = divisor.terms.First();
            var acc = new Accumulator();
            foreach (var (m, v) in terms) acc.AddTerm(v / dc, Monomial.MergeExponents(m, dm, -1));
            return acc.ToPolynomial();
        }
        if (!divisor.terms.Keys.All(m => m.IsPlain) || !terms.Keys.All(m => m.IsPlain)) return null;
        var (leadM, leadC) = divisor.Leading();
        var remainder = this;
        var quotient = Zero;
        for (var step = 0; !remainder.IsZero; step++)
        {
            if (step > MaxDivisionSteps) return null;
            Safety.Deadline.Check();
            var (rm, rc) = remainder.Leading();
            var raw = Monomial.MergeExponents(rm, leadM, -1);
            if (raw.Any(f => f.Exponent.IsNegative)) return null;
            var t = new SparsePolynomial(new Dictionary<Monomial, BigRational> { [new Monomial(raw)] = rc / leadC });
            quotient = quotient.Add(t);
            remainder = remainder.Subtract(t.Multiply(divisor));
        }
        return quotient;
    }

    private (Monomial Monomial, BigRational Coefficient) Leading()
    {
        var best = terms.First();
        foreach (var t in terms)
            if (Monomial.CompareLex(t.Key, best.Key) > 0) best = t;
        return (best.Key, best.Value);
    }

    /// <summary>
    /// Splits off a rational content so that the rest has coprime integer coefficients and a
    /// positive leading coefficient: this = content · primitive.
    /// </summary>
    public (BigRational Content, SparsePolynomial Primitive) ContentAndPrimitive()
    {
        if (IsZero) return (BigRational.One, this);
        var content = RationalContent.Of(terms.Values);
        if (Leading().Coefficient.IsNegative) content = -content;
        return (content, Scale(content.Reciprocal()));
    }

    public bool HasNegativeExponents => terms.Keys.Any(m => m.Factors.Any(f => f.Exponent.IsNegative));

    /// <summary>
    /// The smallest monomial M (as an expanded polynomial: a sum base is multiplied out) such that
    /// this · M has no negative exponents; 1 when there are none.
    /// </summary>
    public SparsePolynomial NegativeExponentMultiplier()
    {
        var lowest = new SortedDictionary<Expr, BigRational>(ExprOrder.Comparer);
        foreach (var m in terms.Keys)
            foreach (var (b, e) in m.Factors)
                if (e.IsNegative && (!lowest.TryGetValue(b, out var old) || e < old)) lowest[b] = e;
        if (lowest.Count == 0) return Constant(BigRational.One);
        return From(Build.Mul(lowest.Select(kv => Build.Pow(kv.Key, Number.Of(-kv.Value))).ToArray()));
    }

    public Expr ToExpr()
    {
        var parts = new List<Expr>(terms.Count);
        foreach (var (m, c) in terms.OrderBy(t => t.Key, Comparer<Monomial>.Create((a, b) => -Monomial.CompareLex(a, b))))
        {
            var factors = new List<Expr>(m.Factors.Count + 1) { Number.Of(c) };
            foreach (var (b, e) in m.Factors) factors.Add(Build.Pow(b, Number.Of(e)));
            parts.Add(Build.Mul(factors));
        }
        return Build.Add(parts);
    }

    /// <summary>Collects terms, normalizing each monomial (powers of i, integer parts of numeric roots, sums raised to integers).</summary>
    private sealed class Accumulator
    {
        private readonly Dictionary<Monomial, BigRational> terms = [];
        private SparsePolynomial extra = Zero;

        public void AddTerm(BigRational coefficient, List<(Expr Base, BigRational Exponent)> raw)
        {
            // Most terms (products of plain monomials) have nothing to normalize: their merged factors, already in
            // canonical order, are the monomial itself, with no copy and no sort.
            if (!NeedsNormalizing(raw)) { Accept(new Monomial(raw), coefficient); return; }
            var kept = new List<(Expr, BigRational)>(raw.Count);
            var expandLater = new List<(Expr, int)>();
            foreach (var (b, e) in raw)
            {
                switch (b)
                {
                    case Expressions.Constant { Which: ConstantKind.I } when e.IsInteger:
                        var r = (int)(((e.Numerator % 4) + 4) % 4);
                        if (r >= 2) coefficient = -coefficient;
                        if (r % 2 == 1) kept.Add((b, BigRational.One));
                        break;
                    case Number { Value: { IsPositive: true } n }:
                        var whole = e.Floor();
                        if (BigInteger.Abs(whole) > 4096) { kept.Add((b, e)); break; }
                        coefficient *= n.Pow((int)whole);
                        if (e - whole != BigRational.Zero) kept.Add((b, e - whole));
                        break;
                    case Sum when e.IsInteger && !e.IsNegative && e.Numerator <= MaxExpandedPower:
                        expandLater.Add((b, (int)e.Numerator));
                        break;
                    default:
                        kept.Add((b, e));
                        break;
                }
            }
            kept.Sort((x, y) => ExprOrder.Compare(x.Item1, y.Item1));
            var monomial = kept.Count == 0 ? Monomial.One : new Monomial(kept);
            if (expandLater.Count > 0)
            {
                var p = new SparsePolynomial(new Dictionary<Monomial, BigRational> { [monomial] = coefficient });
                foreach (var (s, k) in expandLater) p = p.Multiply(From(s).Pow(k));
                extra = extra.Add(p);
                return;
            }
            Accept(monomial, coefficient);
        }

        private void Accept(Monomial monomial, BigRational coefficient)
        {
            var v = (terms.TryGetValue(monomial, out var old) ? old : BigRational.Zero) + coefficient;
            if (v.IsZero) terms.Remove(monomial); else terms[monomial] = v;
        }

        /// <summary>True when some factor is rewritten by <see cref="AddTerm"/>: a power of i, a number base, a sum to an integer power.</summary>
        private static bool NeedsNormalizing(List<(Expr Base, BigRational Exponent)> raw)
        {
            for (var k = 0; k < raw.Count; k++)
            {
                var (b, e) = raw[k];
                if (b is Number || (b is Expressions.Constant { Which: ConstantKind.I } && e.IsInteger) || (b is Sum && e.IsInteger)) return true;
                if (k > 0 && ExprOrder.Compare(raw[k - 1].Base, b) >= 0) return true;   // not in canonical order: sorted below
            }
            return false;
        }

        public SparsePolynomial ToPolynomial() => new SparsePolynomial(terms).Add(extra);
    }
}
