namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// The set of signs a value may have: a subset of {negative, zero, positive, not real}.
/// A single member means the sign is known; all four means nothing is known.
/// </summary>
[Flags]
public enum SignSet
{
    Empty = 0,
    Negative = 1,
    Zero = 2,
    Positive = 4,
    NonReal = 8,
    RealAny = Negative | Zero | Positive,
    Nonnegative = Zero | Positive,
    Nonpositive = Zero | Negative,
    NonzeroReal = Negative | Positive,
    NonzeroAny = Negative | Positive | NonReal,
    Any = RealAny | NonReal,
}

public static class SignSetAlgebra
{
    public static bool IsReal(this SignSet s) => s != SignSet.Empty && (s & SignSet.NonReal) == 0;
    public static bool IsPositive(this SignSet s) => s == SignSet.Positive;
    public static bool IsNegative(this SignSet s) => s == SignSet.Negative;
    public static bool IsNonnegative(this SignSet s) => s != SignSet.Empty && (s & ~SignSet.Nonnegative) == 0;
    public static bool IsNonpositive(this SignSet s) => s != SignSet.Empty && (s & ~SignSet.Nonpositive) == 0;
    public static bool IsNonzero(this SignSet s) => s != SignSet.Empty && (s & SignSet.Zero) == 0;
    public static bool IsZero(this SignSet s) => s == SignSet.Zero;

    public static SignSet Negate(this SignSet s)
    {
        var r = s & (SignSet.Zero | SignSet.NonReal);
        if (s.HasFlag(SignSet.Negative)) r |= SignSet.Positive;
        if (s.HasFlag(SignSet.Positive)) r |= SignSet.Negative;
        return r;
    }

    /// <summary>Signs of a + b given the signs of a and b.</summary>
    public static SignSet Add(SignSet a, SignSet b)
    {
        if (a == SignSet.Empty || b == SignSet.Empty) return SignSet.Empty;
        if (a.HasFlag(SignSet.NonReal) || b.HasFlag(SignSet.NonReal)) return SignSet.Any;
        if (a == SignSet.Zero) return b;
        if (b == SignSet.Zero) return a;
        if (a.IsNonnegative() && b.IsNonnegative())
            return a.IsPositive() || b.IsPositive() ? SignSet.Positive : SignSet.Nonnegative;
        if (a.IsNonpositive() && b.IsNonpositive())
            return a.IsNegative() || b.IsNegative() ? SignSet.Negative : SignSet.Nonpositive;
        return SignSet.RealAny;
    }

    /// <summary>Signs of a · b given the signs of a and b.</summary>
    public static SignSet Multiply(SignSet a, SignSet b)
    {
        if (a == SignSet.Empty || b == SignSet.Empty) return SignSet.Empty;
        if (a == SignSet.Zero || b == SignSet.Zero) return SignSet.Zero;
        if (a.HasFlag(SignSet.NonReal) || b.HasFlag(SignSet.NonReal))
            return a.IsNonzero() && b.IsNonzero() ? SignSet.NonzeroAny : SignSet.Any;
        var r = SignSet.Empty;
        if (a.HasFlag(SignSet.Zero) || b.HasFlag(SignSet.Zero)) r |= SignSet.Zero;
        if ((a.HasFlag(SignSet.Positive) && b.HasFlag(SignSet.Positive)) || (a.HasFlag(SignSet.Negative) && b.HasFlag(SignSet.Negative))) r |= SignSet.Positive;
        if ((a.HasFlag(SignSet.Positive) && b.HasFlag(SignSet.Negative)) || (a.HasFlag(SignSet.Negative) && b.HasFlag(SignSet.Positive))) r |= SignSet.Negative;
        return r;
    }
}
