using Ift6135.Sym.Checking.Declarations;
using Ift6135.Sym.Checking.Reading;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

/// <summary>
/// The names a document has used so far, in its formulas and its declarations. A name used for the first
/// time, alone on the left of a chain's first '=' (A = \begin{pmatrix}..\end{pmatrix}), is being defined
/// there: a student writes the answer's form that way, not as an identity to check.
/// </summary>
public sealed class NamesSeen
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="name"/> is something new here: never written before, nor declared, nor defined,
    /// and not an entry x_4 of a declared vector or matrix x.
    /// </summary>
    public bool IsFresh(NameNode name, DeclarationState state) =>
        IsFresh(name.Key, state) && (name.Subscript is null || !state.Context.IsDeclaredValue(name.Base + name.Marks));

    private bool IsFresh(string key, DeclarationState state) =>
        !seen.Contains(key) && !state.Context.IsDeclaredValue(key) && !state.Context.IsFunction(key)
        && state.Context.DefinitionOf(key) is null && state.Context.FunctionDefinitionOf(key) is null
        && !state.Assumptions.Concat(state.Givens).Any(a => Names(a.Left).Contains(key) || Names(a.Right).Contains(key));

    /// <summary>Records the names of a formula, whether or not it is checked (an unreadable line records nothing).</summary>
    public void Add(MathBlock block, LatexContext context, IReadOnlyList<string> documentLines)
    {
        foreach (var line in block.Lines)
        {
            try
            {
                var parsed = LatexMathParser.ParseLine(new LatexSource(line.Text, line.Line, line.Column, documentLines), context);
                foreach (var node in parsed.Expressions) seen.UnionWith(Names(node));
            }
            catch (ParseException) { /* reported where the line is checked, if it is */ }
        }
    }

    /// <summary>Records the names of a chain once it is checked, so that the chains after it see them as used.</summary>
    public void Add(Chain chain)
    {
        foreach (var piece in chain.Pieces) seen.UnionWith(Names(piece.Node));
    }

    /// <summary>Every name written in a formula: its symbols, and the functions it applies.</summary>
    public static IEnumerable<string> Names(MathNode node) =>
        MathNodes.SelfAndDescendants(node).SelectMany(n => n switch
        {
            NameNode name => [name.Key],
            ApplyNode apply => [apply.Function.Key],
            BigOperatorNode big => [big.Index.Key],
            DerivativeNode d => [d.Variable.Key],
            _ => Array.Empty<string>(),
        });
}
