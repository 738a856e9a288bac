namespace Ift6135.Sym.Symbolic.Assumptions;

/// <summary>
/// A three-valued answer, as in SymPy's assumptions: <see cref="Unknown"/> means the reasoner could
/// not decide, never that the statement is false.
/// </summary>
public enum Truth { True, False, Unknown }

public static class TruthLogic
{
    public static Truth Of(bool value) => value ? Truth.True : Truth.False;

    public static Truth Not(this Truth t) => t switch
    {
        Truth.True => Truth.False,
        Truth.False => Truth.True,
        _ => Truth.Unknown,
    };

    /// <summary>Kleene conjunction: false wins over unknown.</summary>
    public static Truth And(this Truth a, Truth b) =>
        a == Truth.False || b == Truth.False ? Truth.False
        : a == Truth.True && b == Truth.True ? Truth.True
        : Truth.Unknown;

    /// <summary>Kleene disjunction: true wins over unknown.</summary>
    public static Truth Or(this Truth a, Truth b) =>
        a == Truth.True || b == Truth.True ? Truth.True
        : a == Truth.False && b == Truth.False ? Truth.False
        : Truth.Unknown;

    public static bool IsTrue(this Truth t) => t == Truth.True;
    public static bool IsFalse(this Truth t) => t == Truth.False;
}
