using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Numeric;

/// <summary>An expression that cannot be turned into a numeric function (an undefined f(x), a symbol with no value).</summary>
public sealed class NotCompilableException(string message) : Exception(message)
{
    /// <summary>
    /// The refusal for an undefined function, naming it as the reader wrote it: q, not q|1, the engine's name for the
    /// conditional density q(z | x).
    /// </summary>
    public static NotCompilableException UndefinedFunction(Apply a) =>
        new(Printing.ProbabilityNotation.IsExpectation(a.Name)
            // An expectation's name (E_z\simq) is the reader's, not the writer's: it is shown as written.
            ? Rewriting.Integrals.Parts(a.Name) is not null
                ? $"The integral {Printing.LatexPrinter.Print(a)} is not evaluated (only the integral of a polynomial between finite bounds is); it cannot be evaluated at a point."
                : $"The expectation {Printing.LatexPrinter.Print(a)} has no numeric value (no distribution is given to average over); it cannot be evaluated at a point."
            : $"The undefined function {a.Function} in {a} has no numeric value; it cannot be evaluated at a point.");
}
