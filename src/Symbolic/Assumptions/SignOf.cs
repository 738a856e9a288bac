using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// The signs an expression may take, read from its structure and its symbols' facts alone
/// (no relations between symbols: that is the reasoner's job). Cheap enough for construction,
/// where it decides identities such as |x| = x for x ≥ 0.
/// </summary>
public static class SignOf
{
    public static SignSet Get(Expr e) => e switch
    {
        Number n => n.Value.IsZero ? SignSet.Zero : n.Value.IsPositive ? SignSet.Positive : SignSet.Negative,
        Constant c => c.Which switch
        {
            ConstantKind.E or ConstantKind.Pi => SignSet.Positive,
            ConstantKind.I => SignSet.NonReal,
            _ => SignSet.Any,
        },
        Symbol s => s.Facts.ToSignSet(),
        Sum s => s.Terms.Select(Get).Aggregate(SignSetAlgebra.Add),
        Product p => p.Factors.Select(Get).Aggregate(SignSetAlgebra.Multiply),
        Power p => OfPower(p),
        Function f => OfFunction(f),
        IndexedSum s => OfIndexedSum(s),
        IndexedProduct p => OfIndexedProduct(p),
        // Gibbs' inequality: a Kullback-Leibler divergence, KL(q, p) as the LaTeX reader names D_KL(q \| p), is never negative.
        Apply { Name: "KL", Arguments.Count: 2, IsDifferentiated: false } => SignSet.Nonnegative,
        _ => SignSet.Any,
    };

    private static SignSet OfPower(Power p)
    {
        var b = Get(p.Base);
        var e = Get(p.Exponent);
        if (p.Base is Constant { Which: ConstantKind.E }) return e.IsReal() ? SignSet.Positive : SignSet.Any;
        if (p.Exponent is Number { Value: var x })
        {
            if (x.IsInteger)
            {
                if (!b.IsReal()) return b.IsNonzero() ? SignSet.NonzeroAny : SignSet.Any;
                var even = x.Numerator.IsEven;
                var nonzero = b.IsNonzero() || x.IsNegative;       // b^(-n) exists only for b != 0
                if (even) return nonzero ? SignSet.Positive : SignSet.Nonnegative;
                var r = b;
                if (x.IsNegative) r &= ~SignSet.Zero;
                return r == SignSet.Empty ? SignSet.Any : r;
            }
            // A root of a nonnegative number is nonnegative (principal branch).
            if (b.IsNonnegative()) return b.IsPositive() || x.IsNegative ? SignSet.Positive : SignSet.Nonnegative;
            return SignSet.Any;
        }
        if (b.IsPositive() && e.IsReal()) return SignSet.Positive;
        return SignSet.Any;
    }

    private static SignSet OfFunction(Function f)
    {
        var a = Get(f.Argument);
        switch (f.Which)
        {
            case FunctionKind.Abs: return a.IsNonzero() ? SignSet.Positive : SignSet.Nonnegative;
            case FunctionKind.Sigmoid: return a.IsReal() ? SignSet.Positive : SignSet.Any;
            case FunctionKind.Heaviside: return a.IsReal() ? SignSet.Nonnegative : SignSet.Any;
            case FunctionKind.Sign: return a.IsReal() ? a : SignSet.Any;
            case FunctionKind.Sin or FunctionKind.Cos or FunctionKind.Atan2:
                return f.Arguments.All(x => Get(x).IsReal()) ? SignSet.RealAny : SignSet.Any;
            case FunctionKind.Log: return a.IsPositive() ? SignSet.RealAny : SignSet.Any;
            case FunctionKind.Max or FunctionKind.Min:
                var signs = f.Arguments.Select(Get).ToList();
                if (!signs.All(s => s.IsReal())) return SignSet.Any;
                return f.Which == FunctionKind.Max ? MaxSigns(signs) : MaxSigns(signs.Select(SignSetAlgebra.Negate).ToList()).Negate();
            default: return SignSet.Any;
        }
    }

    /// <summary>max is positive if one argument is, nonnegative if one is, and otherwise bounded by the largest.</summary>
    private static SignSet MaxSigns(List<SignSet> signs)
    {
        if (signs.Any(s => s.IsPositive())) return SignSet.Positive;
        if (signs.Any(s => s.IsNonnegative())) return signs.Any(s => s.IsNonnegative() && !s.HasFlag(SignSet.Zero)) ? SignSet.Positive : SignSet.Nonnegative;
        if (signs.All(s => s.IsNegative())) return SignSet.Negative;
        if (signs.All(s => s.IsNonpositive())) return SignSet.Nonpositive;
        return SignSet.RealAny;
    }

    /// <summary>A product of positive (nonnegative) factors is positive (nonnegative), and one of real factors real.</summary>
    private static SignSet OfIndexedProduct(IndexedProduct p)
    {
        var body = Get(p.Body);
        if (body.IsPositive()) return SignSet.Positive;
        if (body.IsNonnegative()) return SignSet.Nonnegative;
        return body.IsReal() ? SignSet.RealAny : SignSet.Any;
    }

    private static SignSet OfIndexedSum(IndexedSum s)
    {
        var body = Get(s.Body);
        if (body.IsNonnegative()) return SignSet.Nonnegative;
        if (body.IsNonpositive()) return SignSet.Nonpositive;
        return body.IsReal() ? SignSet.RealAny : SignSet.Any;
    }
}
