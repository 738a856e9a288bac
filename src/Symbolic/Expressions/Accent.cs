namespace Ift6135.Sym.Symbolic.Expressions;

/// <summary>
/// A mark over a letter that makes it another name: z~ (z with a tilde) is not z. An accented symbol is named
/// <c>tilde(z)</c>, the key the LaTeX parser gives <c>\tilde{z}</c>, so that a printed name reads back as itself.
/// </summary>
public enum Accent
{
    Hat,
    Tilde,
    Bar,
}

/// <summary>How an accent is spelled in a symbol's name: the word before the parenthesized letter.</summary>
public static class AccentNames
{
    /// <summary>The name of <paramref name="letter"/> with the accent over it: tilde(z), hat(theta).</summary>
    public static string Of(Accent accent, string letter) => $"{Word(accent)}({letter})";

    /// <summary>tilde(z) → (Tilde, z); null for a name that carries no accent.</summary>
    public static (Accent Accent, string Letter)? Split(string name)
    {
        var open = name.IndexOf('(');
        if (open <= 0 || name[^1] != ')' || open + 2 > name.Length - 1) return null;
        var letter = name[(open + 1)..^1];
        if (!letter.All(char.IsAsciiLetterOrDigit)) return null;
        return name[..open] switch
        {
            "hat" => (Accent.Hat, letter),
            "tilde" => (Accent.Tilde, letter),
            "bar" => (Accent.Bar, letter),
            _ => null,
        };
    }

    /// <summary>The word of the name, which is also the LaTeX command: tilde for \tilde.</summary>
    public static string Word(Accent accent) => accent switch
    {
        Accent.Hat => "hat",
        Accent.Tilde => "tilde",
        _ => "bar",
    };
}
