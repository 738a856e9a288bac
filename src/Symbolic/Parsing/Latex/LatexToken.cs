namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public enum LatexTokenKind
{
    /// <summary>A run of digits, possibly with one decimal point: 12, 0.5.</summary>
    Number,
    /// <summary>One Latin letter: x (LaTeX math reads xy as two letters).</summary>
    Letter,
    /// <summary>A control sequence; <see cref="LatexToken.Text"/> is its name without the backslash (\alpha → alpha, \| → |).</summary>
    Command,
    /// <summary>Any other single character: + - = ( ) [ ] { } ^ _ , | ' and so on.</summary>
    Char,
    /// <summary>\text{...} and its kin: kept as a justification, never parsed as math.</summary>
    Text,
    /// <summary>Layout that means nothing to the value: \quad, \,, \label{..}, \nonumber, &amp;.</summary>
    Space,
    End,
}

/// <summary>
/// One token of a LaTeX formula: its kind, its text, and where it sits, both as character
/// offsets into the formula (to recover the source text of a sub-formula) and as a document span.
/// </summary>
public readonly record struct LatexToken(LatexTokenKind Kind, string Text, int Start, int End, SourceSpan Span)
{
    public bool IsChar(char c) => Kind == LatexTokenKind.Char && Text.Length == 1 && Text[0] == c;

    public bool IsCommand(string name) => Kind == LatexTokenKind.Command && Text == name;

    public override string ToString() => Kind switch
    {
        LatexTokenKind.Command => "\\" + Text,
        LatexTokenKind.End => "the end of the formula",
        _ => Text,
    };
}
