using System.Text.RegularExpressions;
using Ift6135.Sym.Checking.Reading;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Checking.Declarations;

/// <summary>
/// Applies one comment declaration to the state:
/// <c>% assume: \alpha &gt; 0, \beta \ge -\alpha, n \in \mathbb{N}</c> (a bound on a lone name against 0 becomes a fact of
/// the symbol; every relation is also kept as an assumption),
/// <c>% function: f, h</c>, <c>% symbol: i, e</c>, <c>% matrix: S 3x3 lowertriangular, A KxK</c>,
/// <c>% vector: \mu, z 3</c> (a trailing size applies to the names before it), <c>% given: p(x,z) = p(z|x) p(x)</c>,
/// <c>% random: z, z_1</c> (what expectations keep inside). A <c>% case:</c> is read as an assumption by the caller.
/// Errors are located <see cref="ParseException"/>s.
/// </summary>
public static partial class DeclarationReader
{
    public static DeclarationState Apply(DeclarationState state, Declaration d, IReadOnlyList<string> documentLines)
    {
        // "% assume: x \ge 0 and y \ge 0" lists two assumptions; "and" read as a product a n d dropped the second one silently.
        // The word becomes a comma and two spaces, so that every column after it stays where it was written.
        if (d.Kind == DeclarationKind.Assume && DanglingAnd().Match(d.Text) is { Success: true } dangling)
            throw new LatexSource(d.Text, d.Line, d.Column, documentLines).Error("an assumption after 'and' (or remove the 'and')", dangling.Index, dangling.Index + 3);
        var listed = d.Kind == DeclarationKind.Assume ? AndWord().Replace(d.Text, ",  ") : d.Text;
        var items = SplitTopLevel(listed, d.Kind == DeclarationKind.Given ? ';' : ',');
        foreach (var (text, offset) in items)
        {
            var source = new LatexSource(text, d.Line, d.Column + offset, documentLines) { GreekWords = true };
            state = d.Kind switch
            {
                DeclarationKind.Assume => Assume(state, source),
                DeclarationKind.Function => state with { Context = state.Context.WithFunction(NameKey(source, state.Context)) },
                DeclarationKind.Symbol => state with { Context = state.Context.AsScalar(NameKey(source, state.Context)) },
                DeclarationKind.Matrix => Matrix(state, source),
                DeclarationKind.Vector => state,
                DeclarationKind.Random => state with { Context = state.Context.WithRandom(NameKey(source, state.Context)) },
                DeclarationKind.Given => Given(state, source),
                _ => state,
            };
        }
        return d.Kind == DeclarationKind.Vector ? Vectors(state, items, d, documentLines) : state;
    }

    /// <summary>The pieces of a declaration between top-level separators, each with its offset in the text.</summary>
    private static List<(string Text, int Offset)> SplitTopLevel(string text, char separator)
    {
        var result = new List<(string, int)>();
        var depth = 0;
        var start = 0;
        for (var k = 0; k <= text.Length; k++)
        {
            if (k < text.Length)
            {
                var c = text[k];
                if (c is '(' or '{' or '[') depth++;
                else if (c is ')' or '}' or ']') depth--;
                if (c != separator || depth != 0) continue;
            }
            var piece = text[start..k];
            var lead = piece.Length - piece.TrimStart().Length;
            if (piece.Trim().Length > 0) result.Add((piece.Trim(), start + lead));
            start = k + 1;
        }
        return result;
    }

    private static string NameKey(LatexSource source, LatexContext context)
    {
        // A name being declared must not be read through an earlier declaration of itself (f as a call, e as Euler's number).
        var node = LatexMathParser.Parse(source, LatexContext.Empty);
        return node is NameNode n ? n.Key : throw source.Error("a name", 0, source.Text.Length);
    }

    private static DeclarationState Assume(DeclarationState state, LatexSource source)
    {
        if (SetMembership().Match(source.Text) is { Success: true } m)
        {
            var key = NameKey(source with { Text = m.Groups["name"].Value }, state.Context);
            var facts = m.Groups["set"].Value switch
            {
                "N" => Facts.Integer | Facts.Nonnegative,
                "Z" => Facts.Integer,
                _ when m.Groups["pos"].Success => Facts.Positive,
                _ => Facts.Real,
            };
            return state with { Context = state.Context.WithSymbol(key, facts) };
        }
        var line = LatexMathParser.ParseLine(source, state.Context);
        if (line.StartsWithRelation || line.Relations.Count == 0) throw source.Error("a relation, as in \\alpha > 0", 0, source.Text.Length);
        var context = state.Context;
        var assumptions = state.Assumptions.ToList();
        for (var k = 0; k < line.Relations.Count; k++)
        {
            var (left, rel, right) = (line.Expressions[k], line.Relations[k].Relation, line.Expressions[k + 1]);
            if (!rel.IsChecked()) throw source.Error("=, ≠, <, ≤, > or ≥ in an assumption", left.End, right.Start);
            var before = context;
            context = WithSignFact(context, left, rel, right);
            // w_i > 0 about every w_i is a fact of the entries, not a relation in a free index i.
            if (IsIndexPattern(left, before) || IsIndexPattern(right, before)) continue;
            assumptions.Add(new DeclaredRelation(left, rel, right, source, source.Text[left.Start..right.End]));
        }
        return state with { Context = context, Assumptions = assumptions };
    }

    /// <summary>x &gt; 0, 0 &lt; x, x \ge 0, x \neq 0...: the sign becomes a fact of the symbol x (w_i &gt; 0 of every w_i).</summary>
    private static LatexContext WithSignFact(LatexContext context, MathNode left, LatexRelation rel, MathNode right)
    {
        if (IsZero(left) && right is NameNode) return WithSignFact(context, right, Flip(rel), left);
        if (left is not NameNode n || !IsZero(right)) return context;
        var facts = rel switch
        {
            LatexRelation.Greater => Facts.Positive,
            LatexRelation.GreaterOrEqual => Facts.Nonnegative,
            LatexRelation.Less => Facts.Negative,
            LatexRelation.LessOrEqual => Facts.Nonpositive,
            LatexRelation.NotEqual => Facts.Nonzero,
            _ => Facts.Real,
        };
        var key = DiagonalKey(n, context)
            ?? (n.Subscript is { Items: [NameNode { Subscript: null } index] } && index.Base.Length == 1 && !context.IsDeclaredValue(n.Key)
                ? n.Base + "_*"
                : n.Key);
        return context.WithSymbol(key, facts);
    }

    /// <summary>S_{ii} &gt; 0 for a declared matrix S: a fact of its diagonal entries.</summary>
    private static string? DiagonalKey(NameNode n, LatexContext context) =>
        context.ShapeOf(n.Base) is { Columns: > 1 } && n.Subscript?.Raw.Length == 2 && n.Subscript.Raw[0] == n.Subscript.Raw[1] && char.IsAsciiLetter(n.Subscript.Raw[0])
            ? LatexContext.DiagonalKey(n.Base)
            : null;

    private static bool IsIndexPattern(MathNode node, LatexContext context) =>
        (node is NameNode d && DiagonalKey(d, context) is not null) ||
        node is NameNode { Subscript.Items: [NameNode { Subscript: null } index] } n && index.Base.Length == 1 && !context.IsDeclaredValue(n.Key);

    private static bool IsZero(MathNode node) => node is NumberNode { Value.IsZero: true };

    private static LatexRelation Flip(LatexRelation r) => r switch
    {
        LatexRelation.Less => LatexRelation.Greater,
        LatexRelation.LessOrEqual => LatexRelation.GreaterOrEqual,
        LatexRelation.Greater => LatexRelation.Less,
        LatexRelation.GreaterOrEqual => LatexRelation.LessOrEqual,
        _ => r,
    };

    [GeneratedRegex(@"^(?<name>.+?)\s*\\in\s*\\mathbb\{(?<set>[RZN])\}(?<pos>\s*(_\{?\s*>\s*0\s*\}?|\^\{?\s*\+\s*\}?))?(\^\{?[^}]*\}?)?$")]
    private static partial Regex SetMembership();

    private static DeclarationState Matrix(DeclarationState state, LatexSource source)
    {
        var m = MatrixPattern().Match(source.Text);
        if (!m.Success) throw source.Error("a matrix declaration such as 'S 3x3 lowertriangular' or 'A KxK'", 0, source.Text.Length);
        var key = NameKey(source with { Text = m.Groups["name"].Value }, state.Context);
        var (rows, rowsLetter) = Size(m.Groups["r"].Value);
        var (columns, columnsLetter) = Size(m.Groups["c"].Value);
        var structure = m.Groups["opts"].Value.Trim().ToLowerInvariant().Replace(" ", "").Replace("-", "") switch
        {
            "" or "general" => MatrixForm.General,
            "lowertriangular" or "lower" => MatrixForm.LowerTriangular,
            "uppertriangular" or "upper" => MatrixForm.UpperTriangular,
            "diagonal" => MatrixForm.Diagonal,
            "symmetric" => MatrixForm.Symmetric,
            "identity" => MatrixForm.Identity,
            var other => throw source.Error($"a structure (lowertriangular, uppertriangular, diagonal, symmetric, identity), found '{other}'", m.Groups["opts"].Index, source.Text.Length),
        };
        return state with { Context = state.Context.WithMatrix(key, new MatrixShape(rows, columns, structure, rowsLetter ?? columnsLetter)) };
    }

    [GeneratedRegex(@"^(?<name>.+?)\s+(?<r>\w+)\s*(?:x|\\times|×)\s*(?<c>\w+)\s*(?<opts>.*)$")]
    private static partial Regex MatrixPattern();

    /// <summary>A declared size: a number, or a letter (returned) instantiated at <see cref="LatexContext.SymbolicSize"/>.</summary>
    private static (int Size, string? Letter) Size(string text) =>
        int.TryParse(text, out var n) && n is > 0 and <= 12
            ? (n, null)
            : (LatexContext.SymbolicSize, text);

    private static DeclarationState Vectors(DeclarationState state, List<(string Text, int Offset)> items, Declaration d, IReadOnlyList<string> lines)
    {
        // "\mu, z 3": a trailing size applies to every name before it that has none.
        var pending = new List<(string Name, LatexSource Source)>();
        foreach (var (text, offset) in items)
        {
            var source = new LatexSource(text, d.Line, d.Column + offset, lines) { GreekWords = true };
            var m = VectorPattern().Match(text);
            if (m.Success)
            {
                pending.Add((m.Groups["name"].Value, source));
                var (size, letter) = Size(m.Groups["n"].Value);
                foreach (var (name, src) in pending)
                    state = state with { Context = state.Context.WithVector(NameKey(src with { Text = name }, state.Context), size, letter) };
                pending.Clear();
            }
            else pending.Add((text, source));
        }
        if (pending.Count > 0) throw pending[0].Source.Error("a size after the vector names, as in '% vector: \\mu, z 3'", 0, pending[0].Source.Text.Length);
        return state;
    }

    [GeneratedRegex(@"(?<![\\A-Za-z])and(?![A-Za-z])")]
    private static partial Regex AndWord();

    /// <summary>An "and" with no assumption after it, before a comma or at the end: a list cut short.</summary>
    [GeneratedRegex(@"(?<![\\A-Za-z])and\s*(,|$)")]
    private static partial Regex DanglingAnd();

    [GeneratedRegex(@"^(?<name>.+?)\s+(?<n>\d+|[A-Za-z])$")]
    private static partial Regex VectorPattern();

    /// <summary>
    /// A given identity. A name it applies as a function (p in p(x,z) or p(z|x), calls by their comma or bar) is
    /// declared a function from here on, so that p(x), in the given and after it, is p at x and not p times x.
    /// </summary>
    private static DeclarationState Given(DeclarationState state, LatexSource source)
    {
        var line = LatexMathParser.ParseLine(source, state.Context);
        // \mathcal{N}(z_0; 0, I) is the normal density by its formula: declared a function, it would be any function of its arguments.
        var applied = line.Expressions.SelectMany(MathNodes.SelfAndDescendants).OfType<ApplyNode>()
            .Where(a => !LatexLowering.IsNormalDensity(a, state.Context)).Select(a => a.Function.Key)
            .Where(k => !state.Context.IsFunction(k) && !state.Context.IsDeclaredValue(k)).Distinct().ToList();
        if (applied.Count > 0)
        {
            state = state with { Context = applied.Aggregate(state.Context, (c, k) => c.WithFunction(k)) };
            line = LatexMathParser.ParseLine(source, state.Context);
        }
        if (line.Relations.Count != 1 || line.StartsWithRelation || line.Relations[0].Relation is not (LatexRelation.Equal or LatexRelation.Defines))
            throw source.Error("one equation, as in p(x,z) = p(z|x) p(x), or a definition, as in g(z) := z + f(z)", 0, source.Text.Length);
        var (left, right) = (line.Expressions[0], line.Expressions[1]);
        // g(z) := z + f(z): the statement's definition of a function, read as the same line written with := in the answer (a given
        // of one variable stays an identity at its own argument, and g(2) or g'(z) were not read through it). The statement's
        // q_i^* = \arg\max_{q_i \in Q} \mathcal{L}(\theta, q_i; x_i) defines a name as an optimizer, as := would.
        if (line.Relations[0].Relation == LatexRelation.Defines || right is ArgOptimumNode)
        {
            var (context, detail) = DefinitionReader.Define(Piece(left, source), Piece(right, source), state.Context);
            return context is not null ? state with { Context = context } : throw source.Error($"a definition the checker can read: {detail}", 0, source.Text.Length);
        }
        if (MapDefinition(state.Context, left, right, source) is { } defined) return state with { Context = defined };
        var given = new DeclaredRelation(left, LatexRelation.Equal, right, source, source.Text);
        return state with { Givens = [.. state.Givens, given] };
    }

    /// <summary>
    /// A given that defines a map rather than stating an identity: g(z_0) = \mu + S z_0 with a vector for its value, the definition of the
    /// map g (as g(z_0) := ..), since the given identities rewrite scalars only (g(z_0) was a scalar then, and z = g(z_0) compared a scalar
    /// with a vector); or a function of several variables given by its formula (<see cref="IsFormulaOfSeveral"/>). Null for any other given.
    /// </summary>
    private static LatexContext? MapDefinition(LatexContext context, MathNode left, MathNode right, LatexSource source)
    {
        if (DefinitionReader.PatternFunction(Piece(left, source), context) is not { } map || NamesSeen.Names(right).Contains(map.Key)) return null;
        try
        {
            var value = LatexLowering.Lower(right, context, source);
            if (value.Matrix is null && !IsFormulaOfSeveral(left, right, value.Scalar, context)) return null;
        }
        catch (ParseException) { return null; }
        return DefinitionReader.Define(Piece(left, source), Piece(right, source), context).Context;
    }

    /// <summary>A formula of a declaration as the definition reader takes a side of a chain.</summary>
    private static ChainPiece Piece(MathNode node, LatexSource source) => new(node, source, source.Text[node.Start..node.End], null);

    /// <summary>
    /// V(d, g) = dg or h(\alpha, r) = 1/(\alpha + r): a function of two or more variables given by a formula that applies no function left
    /// undefined and no density. A rule rewrites V(d, g) but not its derivatives, and \partial V / \partial d = g stayed unknown. A density of
    /// one variable given its value (q(z_0) = \mathcal{N}(z_0; 0, I), p_\theta(z) = p(z)) stays an identity, a statement about that density
    /// rather than the function a later formula must be.
    /// </summary>
    private static bool IsFormulaOfSeveral(MathNode left, MathNode right, Expr? value, LatexContext context) =>
        left is ApplyNode { Arguments.Count: >= 2 } && value is not null && !value.Descendants().Any(e => e is Apply)
        && !MathNodes.SelfAndDescendants(right).OfType<ApplyNode>().Any(a => LatexLowering.IsNormalDensity(a, context));
}
