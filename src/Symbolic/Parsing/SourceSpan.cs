namespace Ift6135.Sym.Symbolic.Parsing;

/// <summary>A place in a source text: 1-based line and column, and the length of the span.</summary>
public readonly record struct SourceSpan(int Line, int Column, int Length = 1)
{
    public override string ToString() => $"{Line}:{Column}";
}
