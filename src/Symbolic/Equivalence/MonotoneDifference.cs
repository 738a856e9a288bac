using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Equivalence;

/// <summary>
/// D &gt; 0 (or ≥ 0) for a difference D = H(b) - H(a) of one function at two points with b &gt; a: D vanishes at b = a and its
/// derivative in b is H'(b), so by the mean value theorem D = H'(c)(b - a) for some c between a and b, positive when H' is positive
/// there. It proves g(z_2) - g(z_1) &gt; 0 for g' &gt; 0 and z_1 &lt; z_2 (an integral of a positive integrand, which the reader turns
/// into that difference) and y^3 - x^3 + b(y - x) &gt; 0 for y &gt; x, b &gt; 0, which the signs of the terms alone cannot.
/// </summary>
public static class MonotoneDifference
{
    /// <summary>
    /// The point c between a and b at which H' is read. An assumption that holds at every argument of a function (f'(z) &gt; -1 of a
    /// function left undefined) is to be stated at it too, for H'(c) = 1 + f'(c) to be signed: the checker does so.
    /// </summary>
    public static readonly Symbol Point = Symbol.Of("c·between");

    /// <summary>The most symbols tried as the two points, in pairs: beyond, the relation is left to the other provers.</summary>
    private const int MaxSymbols = 6;

    public static Truth Prove(Relation relation, SignReasoner reasoner, Assumptions.Assumptions assumptions)
    {
        if (relation.Kind is RelationKind.Equal or RelationKind.NotEqual) return Truth.Unknown;
        var (high, low) = relation.Kind is RelationKind.Greater or RelationKind.GreaterOrEqual ? (relation.Left, relation.Right) : (relation.Right, relation.Left);
        var difference = Construction.Build.Sub(high, low);
        var strict = relation.Kind is RelationKind.Greater or RelationKind.Less;
        var symbols = Substitution.FreeSymbols(difference).Where(s => s.Facts.HasFlag(Facts.Real)).ToList();
        if (symbols.Count is < 2 or > MaxSymbols) return Truth.Unknown;
        var order = strict ? RelationKind.Greater : RelationKind.GreaterOrEqual;
        foreach (var b in symbols)
            foreach (var a in symbols)
                if (!a.Equals(b) && reasoner.Prove(new Relation(order, b, a)) == Truth.True && Increasing(difference, a, b, order, assumptions))
                    return Truth.True;
        return Truth.Unknown;
    }

    /// <summary>Whether <paramref name="difference"/> is H(b) - H(a) with H' positive (or nonnegative) strictly between a and b.</summary>
    private static bool Increasing(Expr difference, Symbol a, Symbol b, RelationKind order, Assumptions.Assumptions assumptions)
    {
        if (!Substitution.Substitute(difference, b, a).IsZero) return false;
        var between = Point;
        var slope = Substitution.Substitute(Differentiation.Diff(difference, b), b, between);
        // The theorem needs H defined on the whole interval: a quotient by something that varies there may pass through a pole
        // (1/a - 1/b < 0 at a = -1, b = 1, though 1/c^2 > 0 wherever it is defined). Domains of logarithms and roots are intervals.
        if (HasVaryingDenominator(difference, b) || HasVaryingDenominator(slope, between)) return false;
        var inside = new SignReasoner(assumptions.With([new Relation(RelationKind.Greater, between, a), new Relation(RelationKind.Less, between, b)]));
        if (inside.Prove(new Relation(order, slope, Number.Zero)) == Truth.True) return true;
        // H' >= 0 with the zeros of a polynomial in c, finitely many, still gives a strict increase: y^3 - x^3 > 0 for y > x (H' = 3c^2).
        return order == RelationKind.Greater && NotIdenticallyZero(slope, between) && inside.Prove(new Relation(RelationKind.GreaterOrEqual, slope, Number.Zero)) == Truth.True;
    }

    /// <summary>Whether <paramref name="slope"/> is a polynomial in the variable with a nonzero number among its coefficients: zero at finitely many points whatever the other symbols are.</summary>
    private static bool NotIdenticallyZero(Expr slope, Symbol variable) =>
        Polynomials.UnivariatePolynomial.From(slope, variable) is { } polynomial && polynomial.Coefficients.Any(c => c is Number { Value.IsZero: false });

    private static bool HasVaryingDenominator(Expr e, Symbol variable) =>
        e.Descendants().OfType<Power>().Any(p => p.Exponent is Number { Value.IsNegative: true } && p.Base.Contains(variable));
}
