using System.Text.RegularExpressions;

namespace Ift6135.Sym.Checking.Reading;

/// <summary>
/// Prose that names the formula after it as a polynomial whose roots are what the lines after give: "The characteristic polynomial
/// (of $A$) is $\lambda^2 - 2\lambda + 1 + \alpha^2$", "the eigenvalues are the roots of $..$". The formula is no claim: the
/// roots written next ("so $\lambda = 1 \pm i\alpha$") were refuted as identities in a free \lambda, where they are its roots.
/// </summary>
public static partial class PolynomialProse
{
    /// <summary>Whether <paramref name="lead"/>, the prose of the formula's sentence before it (<see cref="ProseLead"/>), names it so.</summary>
    public static bool Names(string lead) => Naming().IsMatch(lead);

    // "of $A$" is kept by ProseLead as "of $"; "is", "reads", "equals", "is given by" or nothing may follow.
    [GeneratedRegex(@"(?:\bcharacteristic\s+polynomial(?:\s+of\s+(?:\$|the\s+matrix\s+\$|[A-Za-z]\w*))?(?:\s+(?:is|reads|equals|becomes|is\s+given\s+by))?"
        + @"|\b(?:roots|zeros|zeroes)\s+of(?:\s+the\s+(?:characteristic\s+)?polynomial)?)\s*(?:,\s*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Naming();
}
