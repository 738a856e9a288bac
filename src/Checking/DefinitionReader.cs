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
        if (ColumnOfNames(left.Node, context) is { } column) return DefineColumn(column, right, context);
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
    /// The names of a column (or row) written alone on a definition's left, (d_{k+1}, g_{k+1})^T: each a plain name, none a
    /// function or a declared matrix; null for any other left side.
    /// </summary>
    public static IReadOnlyList<NameNode>? ColumnOfNames(MathNode left, LatexContext context)
    {
        if (left is not MatrixNode { Rows.Count: > 0 } m || (m.Rows.Count > 1 && m.Rows.Any(r => r.Count != 1))) return null;
        var entries = m.Rows.SelectMany(r => r).ToList();
        return entries.Count > 1 && entries.All(e => e is NameNode n && !context.IsFunction(n.Key) && context.ShapeOf(n.Key) is null)
            && entries.Cast<NameNode>().Select(n => n.Key).Distinct().Count() == entries.Count
            ? entries.Cast<NameNode>().ToList()
            : null;
    }

    /// <summary>
    /// Whether the right side of a column's definition reads as a vector with one entry per name: otherwise the column defines
    /// nothing, and a chain written with '=' is checked as written (its error, as A^k's, reported at its place).
    /// </summary>
    public static bool DefinesEachName(IReadOnlyList<NameNode> names, ChainPiece right, LatexContext context)
    {
        try { return LatexLowering.Lower(right.Node, context, right.Source).Matrix is { } m && Math.Min(m.Rows, m.Columns) == 1 && m.Rows * m.Columns == names.Count; }
        catch (ParseException) { return false; }
    }

    /// <summary>Each name of the column defined as the entry of the right side's value in its place; the right side must be a vector of that length.</summary>
    private static (LatexContext? Context, string? Detail) DefineColumn(IReadOnlyList<NameNode> names, ChainPiece right, LatexContext context)
    {
        if (!DefinesEachName(names, right, context))
            return (null, $"not substituted later: the right side is no vector of {names.Count} entries, one per name on the left");
        var defined = context;
        for (var i = 0; i < names.Count; i++) defined = defined.WithDefinition(names[i].Key, new ValueDefinition(right.Node, right.Source, context, i));
        return (defined, null);
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
        if (ColumnOfNames(left.Node, context) is { } column)
        {
            var used = NamesSeen.Names(right.Node).ToHashSet(StringComparer.Ordinal);
            return column.FirstOrDefault(n => used.Contains(n.Key))?.Key;
        }
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
