using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Ift6135.Sym.Render;

/// <summary>
/// The number of a step in a question typeset before the questions ahead of it are counted: its place among the question's
/// own steps (0 for its first). The chain template adds the step's index to its chain's number (<c>first_number + for.index</c>),
/// which gives another of these; writing one leaves a hole in the text (<see cref="QuestionText"/>) that the document fills once
/// it knows where the question's numbering starts, so the numbers still run 1..N through the document.
/// </summary>
internal sealed record EquationNumber(int Offset) : IScriptCustomBinaryOperation
{
    public bool TryEvaluate(TemplateContext context, SourceSpan span, ScriptBinaryOperator op, SourceSpan leftSpan, object? leftValue,
        SourceSpan rightSpan, object? rightValue, out object? result)
    {
        result = this;
        if (op != ScriptBinaryOperator.Add) return false;
        // A number plus a step index, either way round; anything else is an error of the template, as it would be on an integer.
        (var number, var index) = leftValue is EquationNumber n ? (n, rightValue) : (rightValue as EquationNumber, leftValue);
        if (number is null || index is not int k) return false;
        result = new EquationNumber(number.Offset + k);
        return true;
    }
}
