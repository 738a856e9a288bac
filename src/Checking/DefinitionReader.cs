using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking;

/// <summary>
/// Reads a definition step "left := right" into the context: a name (A := pmatrix, M_A = ..) becomes
/// a defined value, a function applied to names (g(z) := a \max(0, bz + c)) a pattern whose argument
/// names are its parameters. Later formulas read the name (or apply the function) through it.
/// </summary>
public static class DefinitionReader
{
    /// <summary>The context with the definition added, or null with the reason it defines nothing that can be substituted.</summary>
    public static (LatexContext? Context, string? Detail) Define(ChainPiece left, ChainPiece right, LatexContext context)
    {
        if (SelfReference(left, right, context) is { } name)
            return (null, $"not substituted later: the right side uses {name}, the name this defines (a definition cannot refer to itself; "
                + $"to state a relation that {name} satisfies, write it with '=' to have it checked)");
        var defined = left.Node switch
        {
            NameNode n when !context.IsFunction(n.Key) => context.WithDefinition(n.Key, new ValueDefinition(right.Node, right.Source, context)),
            _ when Pattern(left, context) is { } p => context.WithFunctionDefinition(FunctionDefinition.KeyOf(p.Function.Key, p.Bar),
                new FunctionDefinition(p.Arguments.Cast<NameNode>().ToArray(), right.Node, right.Source, context)),
            _ => null,
        };
        return defined is null
            ? (null, "not substituted later: the left side is neither a name nor a function applied to names, as in g(z)")
            : (defined, null);
    }

    /// <summary>
    /// What a definition's left side names, read in the context before it (with g declared a function for
    /// g(z) :=), so that it can be printed as a name or a call rather than as a product g·z; null when it names nothing.
    /// </summary>
    public static (MathNode Node, LatexContext Context)? DefinedName(ChainPiece left, LatexContext context) => left.Node switch
    {
        NameNode n when !context.IsFunction(n.Key) => (n, context),
        _ when Pattern(left, context) is { } p => (p, context.WithFunction(p.Function.Key)),
        _ => null,
    };

    /// <summary>
    /// The name a definition defines when its right side uses it too (a := a + 1, f(x) := f(x) + 1), as written; null otherwise.
    /// A conditional defined through its joint (p(z | x) := p(x, z) / p(x)) defines p with a bar, which its right side does not use.
    /// </summary>
    private static string? SelfReference(ChainPiece left, ChainPiece right, LatexContext context)
    {
        var name = left.Node switch
        {
            NameNode n when !context.IsFunction(n.Key) => n,
            _ when Pattern(left, context) is { Bar: null } p => p.Function,
            _ => null,
        };
        return name is not null && NamesSeen.Names(right.Node).Contains(name.Key, StringComparer.Ordinal) ? left.Text[..(name.End - left.Node.Start)].Trim() : null;
    }

    /// <summary>
    /// g(z) read as a call: already one when g is a declared function; when g was not declared yet the
    /// parser read a product g·(z), so the left side is read again with g declared a function.
    /// </summary>
    /// <summary>The function a left side g(z) or g(z_1, z_2) defines, applied to names; null for any other left side.</summary>
    public static NameNode? PatternFunction(ChainPiece left, LatexContext context) => Pattern(left, context)?.Function;

    private static ApplyNode? Pattern(ChainPiece left, LatexContext context)
    {
        var node = left.Node;
        if (node is not ApplyNode && node is BinaryNode { Operator: BinaryOperator.ImplicitMultiply, Left: NameNode g } && left.Text.Contains('('))
        {
            try { node = LatexMathParser.Parse(new LatexSource(left.Text), context.WithFunction(g.Key)); }
            catch (ParseException) { return null; }
        }
        // A conditional, \tilde{q}(z_1 \mid x, z_{2:K}) := .., is a pattern too: it defines that function with its bar where written.
        return node is ApplyNode { Primes: 0, Partials: null } a && a.Arguments.Count > 0 && a.Arguments.All(x => x is NameNode) ? a : null;
    }
}
