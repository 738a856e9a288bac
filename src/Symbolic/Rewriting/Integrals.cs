namespace Ift6135.Sym.Symbolic.Rewriting;

/// <summary>
/// Integrals written in a derivation, \int_a^b f(z) dz, held as undefined functions of their body whose name says the bounds
/// and the variable (the reader makes them linear, as expectations). The name is no LaTeX: its parts are joined by a mark no
/// formula holds, and the printers write it back as an integral.
/// </summary>
public static class Integrals
{
    private const char Mark = '\u241F';

    /// <summary>The name of the integral from <paramref name="lower"/> to <paramref name="upper"/> (LaTeX, empty when unwritten) over the variable.</summary>
    public static string Name(string lower, string upper, string variable) => $"\u222B{lower}{Mark}{upper}{Mark}{variable}";

    /// <summary>The bounds and variable of an integral's name; null for any other name.</summary>
    public static (string Lower, string Upper, string Variable)? Parts(string name)
    {
        if (name.Length == 0 || name[0] != '\u222B') return null;
        var parts = name[1..].Split(Mark);
        return parts.Length == 3 ? (parts[0], parts[1], parts[2]) : null;
    }
}
