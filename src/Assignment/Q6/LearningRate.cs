using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Infix;

namespace Ift6135.Sym.Assignment.Q6;

/// <summary>
/// The learning rate of question 6: a symbol name ("alpha", declared positive) or a positive number
/// ("1/10", "0.1", kept exact). A text that does not parse throws <see cref="ParseException"/>.
/// </summary>
public static class LearningRate
{
    private const string Path = "$.q6.learningRate";

    /// <summary>Names with another meaning in question 6: the players, the step, the eigenvalue, constants, the matrix and the value.</summary>
    private static readonly string[] Reserved = ["d", "g", "k", "lambda", "i", "e", "pi", "A", "V"];

    public static Expr Read(string text, SymbolTable table)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && char.IsLetter(trimmed[0]) && trimmed.All(char.IsLetterOrDigit))
        {
            if (Reserved.Contains(trimmed))
                throw new ParameterUnsupportedException(Path, $"the learning rate cannot be named {trimmed}: the derivation already uses {string.Join(", ", Reserved)}");
            return table.Declare(trimmed, Facts.Positive);
        }
        var value = InfixParser.Parse(text, new SymbolTable());
        if (!value.IsNumber(out var number))
            throw new ParameterUnsupportedException(Path, $"the learning rate must be a symbol name (alpha) or a number (1/10), not {value}");
        if (number.Sign <= 0)
            throw new ParameterUnsupportedException(Path, $"the learning rate must be positive, not {number}");
        return value;
    }
}
