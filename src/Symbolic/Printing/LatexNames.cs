using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Printing;

/// <summary>
/// LaTeX for identifiers: Greek names become letters (alpha → \alpha), a trailing number or an
/// underscore part becomes a subscript (z0 → z_{0}, sigma_i → \sigma_{i}), other multi-letter
/// names are upright (\mathrm{loss}).
/// </summary>
public static class LatexNames
{
    private static readonly HashSet<string> Greek = new(StringComparer.Ordinal)
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho", "sigma", "varsigma",
        "tau", "upsilon", "phi", "varphi", "chi", "psi", "omega",
        "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
    };

    public static bool IsGreek(string name) => Greek.Contains(name);

    /// <summary>The name with its own subscript split off: (body, subscript or null).</summary>
    public static (string Body, string? Subscript) Split(string name)
    {
        var underscore = name.IndexOf('_');
        if (underscore > 0 && underscore < name.Length - 1)
            return (Letter(name[..underscore]), Identifier(name[(underscore + 1)..]));
        var digits = name.Length;
        while (digits > 0 && char.IsAsciiDigit(name[digits - 1])) digits--;
        if (digits > 0 && digits < name.Length) return (Letter(name[..digits]), name[digits..]);
        return (Letter(name), null);
    }

    /// <summary>tilde(z) as \tilde{z}, hat(theta) as \hat{\theta}: the form the LaTeX parser reads back as that name.</summary>
    private static string? Accented(string name) =>
        AccentNames.Split(name) is { } a ? $"\\{AccentNames.Word(a.Accent)}{{{Letter(a.Letter)}}}" : Decorated(name);

    /// <summary>
    /// The other decorations the reader keeps in a name (\mathcal{F} read as cal(F), \mathbf{x} as bold(x)), written back with
    /// their command: printed as \mathrm{cal(F)} and \operatorname{cal(F)} before, in counterexamples and reports.
    /// </summary>
    private static string? Decorated(string name)
    {
        var open = name.IndexOf('(');
        if (open <= 0 || name[^1] != ')' || open + 2 > name.Length - 1) return null;
        var inner = name[(open + 1)..^1];
        if (!inner.All(char.IsAsciiLetterOrDigit)) return null;
        var command = name[..open] switch { "cal" => "mathcal", "bold" => "mathbf", "vec" => "vec", "dot" => "dot", _ => null };
        return command is null ? null : $"\\{command}{{{(Greek.Contains(inner) ? "\\" + inner : inner)}}}";
    }

    /// <summary>A full identifier: body and subscript.</summary>
    public static string Identifier(string name)
    {
        var (body, subscript) = Split(name);
        return subscript is null ? body : $"{body}_{{{subscript}}}";
    }

    /// <summary>A name without subscript handling: one letter, a Greek letter, an accented letter, or upright text.</summary>
    public static string Letter(string name)
    {
        if (Accented(name) is { } accented) return accented;
        if (Greek.Contains(name)) return "\\" + name;
        if (name.Length == 1 || name.All(char.IsAsciiDigit)) return name;
        return $"\\mathrm{{{name.Replace("_", "\\_", StringComparison.Ordinal)}}}";
    }

    /// <summary>The name of an undefined function: f, \phi, or \operatorname{loss}.</summary>
    public static string FunctionName(string name)
    {
        if (Greek.Contains(name) || name.Length == 1) return Letter(name);
        if (IsNamedOperator(name)) return "\\" + name;
        if (Accented(name) is { } accented) return accented;
        var (body, subscript) = Split(name);
        if (subscript is not null) return $"{body}_{{{subscript}}}";
        return $"\\operatorname{{{name}}}";
    }

    /// <summary>The operators LaTeX names itself (\det), written with their own command rather than \operatorname.</summary>
    public static bool IsNamedOperator(string name) => name is "det" or "dim" or "ker" or "arg" or "deg" or "gcd";
}
