using Ift6135.Sym.Checking.Reading;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking.Declarations;

/// <summary>
/// Undeclared names that a block applies as functions by the form of the call (p in p(x, z) or p(z | x): a comma, a
/// semicolon or a bar between the parentheses) and also writes before parentheses without one (p(x)), and the letter of
/// such a name without its subscript (the prior p(z) next to p_\theta(x | z)). The writer means p(x) as p at x: read as p
/// times x, Bayes' rule p(x) = p(x, z) / p(z | x) was refuted with p = -1. A name only ever
/// called with a separator (V(d, g)) reads the same either way and is left undeclared, so that it may still be defined
/// by its first use.
/// </summary>
public static class CalledNames
{
    /// <summary>
    /// Those names of <paramref name="block"/>, read under <paramref name="context"/>, in order of first call. A line that
    /// cannot be read adds nothing (its error is reported where it is checked).
    /// </summary>
    public static IReadOnlyList<string> In(MathBlock block, LatexContext context, IReadOnlyList<string> documentLines)
    {
        // Only a separator makes a call of an undeclared name: a block without one (most of them) is not parsed again.
        if (!block.Lines.Any(l => l.Text.AsSpan().IndexOfAny(",;|") >= 0 || l.Text.Contains(@"\mid", StringComparison.Ordinal))) return [];
        var called = new List<string>();
        var beforeParenthesis = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in block.Lines)
        {
            ParsedLine parsed;
            try { parsed = LatexMathParser.ParseLine(new LatexSource(line.Text, line.Line, line.Column, documentLines), context); }
            catch (ParseException) { continue; /* reported where the line is checked */ }
            foreach (var expression in parsed.Expressions)
                MathNodes.ForEach(expression, node =>
                {
                    if (node is ApplyNode { Partials: null } call && (call.Bar is not null || call.Arguments.Count > 1) && Undeclared(call.Function, context))
                    {
                        called.Add(call.Function.Key);
                        // The prior p(z) next to p_\theta(x | z): a density of the same letter, without the subscript.
                        if (call.Function.Subscript is not null) called.Add(call.Function.Base);
                    }
                    else if (node is NameNode name && OpensParenthesis(line.Text, name.End) && Undeclared(name, context))
                        beforeParenthesis.Add(name.Key);
                });
        }
        return called.Distinct(StringComparer.Ordinal).Where(beforeParenthesis.Contains).ToArray();
    }

    private static bool OpensParenthesis(string text, int end)
    {
        var rest = text.AsSpan(Math.Min(end, text.Length)).TrimStart();
        return rest.StartsWith("(") || rest.StartsWith(@"\left(", StringComparison.Ordinal) || rest.StartsWith(@"\bigl(", StringComparison.Ordinal);
    }

    // A subscripted name (q_\phi) is declared by its whole key; its base declared a function already makes it one.
    private static bool Undeclared(NameNode name, LatexContext context) =>
        !context.IsFunction(name.Key) && !context.IsDeclaredValue(name.Key) && !(name.Subscript is not null && context.IsFunction(name.Base))
        && context.FunctionDefinitionOf(name.Key) is null;
}
