namespace Ift6135.Sym.Checking.Reading;

/// <summary>
/// When a line of a display continues the expression of the line before it rather than stating
/// something new: a formula too wide for the page is broken before (or after) a binary operator,
/// "a + b \\ &\quad + c". A line whose first token after the alignment and spacing is +, -, \cdot or
/// \times continues; so does any line after one that ends with such an operator. A line that starts
/// with a relation ("&= -x") is a step of the chain, as before.
/// </summary>
public static class ContinuationLines
{
    private static readonly string[] Operators = ["+", "-", @"\cdot", @"\times"];

    /// <summary>Layout a line may start with before its first token: alignment, spacing, an invisible \left. delimiter.</summary>
    private static readonly string[] Layout = ["&", @"\quad", @"\qquad", @"\,", @"\;", @"\:", @"\!", @"\ ", @"\left.", @"\right."];

    public static bool Continues(string previous, string line) =>
        StartsWithOperator(SkipLayout(line)) || EndsWithOperator(previous);

    private static string SkipLayout(string line)
    {
        var rest = line.TrimStart();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var l in Layout)
            {
                if (!rest.StartsWith(l, StringComparison.Ordinal) || (char.IsAsciiLetter(l[^1]) && rest.Length > l.Length && char.IsAsciiLetter(rest[l.Length])))
                    continue;
                rest = rest[l.Length..].TrimStart();
                changed = true;
            }
        }
        return rest;
    }

    private static bool StartsWithOperator(string text) => Operators.Any(o => IsOperatorAt(text, 0, o));

    private static bool EndsWithOperator(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('&').TrimEnd();
        return Operators.Any(o => trimmed.EndsWith(o, StringComparison.Ordinal) && IsOperatorAt(trimmed, trimmed.Length - o.Length, o)
            && !(o is "+" or "-" && trimmed.Length > 1 && trimmed[^2] is '^' or '_' or '{'));
    }

    /// <summary>Operator <paramref name="o"/> at <paramref name="at"/>, not the start of a longer command (\cdots, \timesbar).</summary>
    private static bool IsOperatorAt(string text, int at, string o) =>
        string.CompareOrdinal(text, at, o, 0, o.Length) == 0
        && !(char.IsAsciiLetter(o[^1]) && at + o.Length < text.Length && char.IsAsciiLetter(text[at + o.Length]));
}
