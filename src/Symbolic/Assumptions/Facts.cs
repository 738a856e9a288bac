namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// What is known of a symbol's value. A symbol with no facts is complex; the parsers make
/// symbols real unless told otherwise, because the assignment's quantities are real.
/// </summary>
[Flags]
public enum Facts
{
    None = 0,
    Real = 1,
    Integer = 2,
    Positive = 4,
    Negative = 8,
    Nonzero = 16,
    Nonnegative = 32,
    Nonpositive = 64,
}

public static class FactsExtensions
{
    /// <summary>Closes a set of facts under the implications positive ⇒ nonnegative, nonzero, real, and so on.</summary>
    public static Facts Normalize(this Facts facts)
    {
        if (facts.HasFlag(Facts.Integer)) facts |= Facts.Real;
        if (facts.HasFlag(Facts.Positive)) facts |= Facts.Nonnegative | Facts.Nonzero | Facts.Real;
        if (facts.HasFlag(Facts.Negative)) facts |= Facts.Nonpositive | Facts.Nonzero | Facts.Real;
        if (facts.HasFlag(Facts.Nonnegative)) facts |= Facts.Real;
        if (facts.HasFlag(Facts.Nonpositive)) facts |= Facts.Real;
        if (facts.HasFlag(Facts.Nonnegative) && facts.HasFlag(Facts.Nonzero)) facts |= Facts.Positive;
        if (facts.HasFlag(Facts.Nonpositive) && facts.HasFlag(Facts.Nonzero)) facts |= Facts.Negative;
        return facts;
    }

    /// <summary>The signs a value with these facts may take.</summary>
    public static SignSet ToSignSet(this Facts facts)
    {
        facts = facts.Normalize();
        if (!facts.HasFlag(Facts.Real)) return facts.HasFlag(Facts.Nonzero) ? SignSet.NonzeroAny : SignSet.Any;
        var set = SignSet.Negative | SignSet.Zero | SignSet.Positive;
        if (facts.HasFlag(Facts.Nonnegative)) set &= ~SignSet.Negative;
        if (facts.HasFlag(Facts.Nonpositive)) set &= ~SignSet.Positive;
        if (facts.HasFlag(Facts.Nonzero)) set &= ~SignSet.Zero;
        return set;
    }
}
