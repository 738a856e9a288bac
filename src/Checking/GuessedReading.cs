using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Checking;

/// <summary>
/// A step read under a guess the document did not state (an undeclared name taken for a general matrix, a letter
/// size such as K taken as 3): a counterexample found under that reading refutes the guess, not what the student
/// meant, so it is withheld and the step is unknown, with what was guessed and what to declare to have it decided.
/// </summary>
public static class GuessedReading
{
    /// <summary>
    /// The outcome with an invalid verdict turned unknown when <paramref name="declarations"/> (for undeclared
    /// matrices) or <paramref name="sizes"/> (letter sizes instantiated) name a guess; any other outcome as it is.
    /// </summary>
    /// <param name="others">What to write to lift the other guesses (V of ∂V/∂d read as a constant, q(z) of a vector z as an unknown function).</param>
    public static StepOutcome Withhold(StepOutcome outcome, IReadOnlyList<string> declarations, IReadOnlyList<string> sizes, IReadOnlyList<string>? others = null)
    {
        others ??= [];
        if (outcome.Status != StepStatus.Invalid || (declarations.Count == 0 && sizes.Count == 0 && others.Count == 0)) return outcome;
        var declare = new List<string>(others);
        if (declarations.Count > 0)
            declare.Add($"declare {string.Join(", ", declarations)} (with its real size), or % symbol / % function if it is not a matrix");
        if (sizes.Count > 0)
            declare.Add($"give the sizes as numbers (only {string.Join(", ", sizes)} was tried)");
        return StepOutcome.Unknown("no verdict on a guessed reading: the sides differ only under a reading the document did not state, "
            + $"which may not be what was meant; to have it decided, {string.Join("; ", declare)}");
    }
}
