using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public sealed partial class LatexLowering
{
    private LatexValue Name(NameNode n)
    {
        if (n.Base == LatexMathParser.PartialMark) throw Error(n, "∂ only inside a derivative, as in \\frac{\\partial f}{\\partial x}");
        var key = n.Key;
        if (bound.TryGetValue(key, out var index)) return LatexValue.Of(index);
        if (IndexedDefinition(n) is { } entry) return entry;
        // q^* := \arg\max_q f(q) gives q^* no value: it stays a name, of which the checker knows that it maximizes f.
        if (context.DefinitionOf(key) is { } defined) return defined.Body is ArgOptimumNode ? LatexValue.Of(SymbolFor(n)) : ValueOf(defined, context, instances);
        if (ConjugateOfValue(n) is { } conjugate) return conjugate;
        // u defined by u(z) := .. and written alone is not read as u(z): "u (1 - u)" is then a call, not the product meant.
        // The name as written (\tilde{q}, \mathcal{L}_{1}), not the engine's key (tilde(q), cal(L)_1), which the writer never typed.
        var written = Printing.LatexNames.Identifier(key);
        if (context.FunctionDefinitionOf(key) is { } pattern)
            throw Error(n, $"{written} is defined as a function, {written}({string.Join(", ", pattern.Parameters.Select(p => Printing.LatexNames.Identifier(p.Key)))}): write it with its argument");
        if (context.IsFunction(key)) throw Error(n, $"{written} is a declared function: write it with its argument, {written}(x)");
        if (context.ShapeOf(key) is { } shape) return LatexValue.Of(Instantiate(key, shape));
        if (EntryOfSubscriptedVector(n) is { } ofVector) return LatexValue.Of(Entry(ofVector.Vector, ofVector.Entry, ofVector.Shape));
        if (RootOfTwo(n) is { } root) return root;
        // An entry of a vector declared and then defined (z := g(z_0)) is the definition's, as the whole name is: z_k apart from z refuted steps.
        if (EntryOfDefinedMatrix(n) is { } definedEntry) return LatexValue.Of(definedEntry);
        if (n.Subscript is { } sub && n.Marks == "" && context.ShapeOf(n.Base) is { } parent) return LatexValue.Of(Entry(n, sub, parent));
        if (!context.IsDeclaredValue(key) && n.Subscript is null && n.Marks == "")
        {
            if (n.Base == "e") return LatexValue.Of(Constant.E);
            if (n.Base == "i") return LatexValue.Of(Constant.I);
        }
        return LatexValue.Of(SymbolFor(n));
    }

    /// <summary>
    /// \bar{\lambda} (or \overline{\lambda}) where \lambda stands for a value that is not real (1 + i\alpha, a root the lines before
    /// gave): its complex conjugate, so that |\lambda|^2 = \lambda \bar{\lambda}. A bar over a name without such a value is another name
    /// (a mean, \bar{x}), as before; null then.
    /// </summary>
    private LatexValue? ConjugateOfValue(NameNode n)
    {
        if (Unbarred(n, context) is not { } plain) return null;
        if (Name(plain).Scalar is not { } value || !value.Contains(Constant.I)) return null;
        return LatexValue.Of(Conjugate(n, value));
    }

    /// <summary>\lambda for \bar{\lambda} (\lambda_1 for \bar{\lambda}_1) when that name has a value (its own definition, or \lambda's) and
    /// \bar{\lambda} none of its own; null otherwise.</summary>
    internal static NameNode? Unbarred(NameNode n, LatexContext context)
    {
        if (AccentNames.Split(n.Base) is not (Accent.Bar, var letter) || context.DefinitionOf(n.Key) is not null) return null;
        var plain = n with { Base = letter };
        return context.DefinitionOf(plain.Key) is not null || context.DefinitionOf(letter) is not null ? plain : null;
    }

    /// <summary>
    /// Whether the lowering reads <paramref name="n"/> as the complex conjugate of a name's value (<see cref="ConjugateOfValue"/>, and for a
    /// \pm pair <see cref="PlusMinusBranches"/>): then it is no new name that a first equation defines.
    /// </summary>
    public static bool ReadsAsConjugate(LatexContext context, NameNode n)
    {
        if (Unbarred(n, context) is not { } plain) return false;
        if (context.DefinitionOf(plain.Key) is { } own && PlusMinusBranches.Has(own.Body, own.DefinedIn)) return true;
        try { return new LatexLowering(context, new LatexSource(plain.Key)).Name(plain).Scalar?.Contains(Constant.I) == true; }
        catch (Exception e) when (IsUnreadable(e))
        {
            return false;
        }
    }

    /// <summary>The complex conjugate of <paramref name="value"/>, or an error at <paramref name="at"/> when its real and imaginary parts are not known.</summary>
    private Expr Conjugate(MathNode at, Expr value)
    {
        try { return Solving.ComplexParts.Conjugate(value); }
        catch (ArgumentException) { throw Error(at, "a value whose real and imaginary parts are known, for its complex conjugate"); }
    }

    /// <summary>
    /// w_1, w_k (a bound index) for w defined by w_j := body: the body with j put as the index written. Read apart from the
    /// name w_j alone, the body's j would be a free symbol, not the k of the sum it is used in. Null for another name, for a
    /// name with a definition of its own (w_1 := ..) and for the entries of a declared vector.
    /// </summary>
    private LatexValue? IndexedDefinition(NameNode n)
    {
        // z_{0,k} := (z_k - \mu_k) / \sigma_k, an entry of the vector z_0 with a letter: every z_{0,1}, z_{0,k} is read with it (the
        // name z_{0,k} in a product over k was read through the definition with its k free, not the product's).
        if (IndexedPattern(n) is not var (definition, letter, _, item)) return null;
        var lowering = new LatexLowering(context.ForDefinitionIn(definition.DefinedIn), definition.Source, instances);
        var parameter = Symbol.Of("param·" + letter, Facts.Integer);
        lowering.bound[letter] = parameter;
        var body = lowering.Value(definition.Body);
        var at = Index(item);
        // The entries the index makes (a_1 of s_i := \sigma(a_i z + b_i)) take their declared facts (% assume: a_1 > 0), as a_1 written
        // directly does: read apart, they were two symbols a_1 and a counterexample gave each its own value.
        Expr Put(Expr e) => WithEntryFacts(WithIndexedDefinitions(Substitution.Substitute(e, parameter, at), e, parameter, at));
        return body.Scalar is { } scalar ? LatexValue.Of(Put(scalar)) : LatexValue.Of(body.Matrix!.Map(Put));
    }

    /// <summary>
    /// The names the pattern's index made (z_1 from the z_j of w_j := p(x, z_j) / q(z_j | x), read as w_1) put through their own definitions
    /// where the reading is (z_1 = z): the body was lowered where w_j was defined, with j a symbol, so z_1's definition, made after
    /// it, was never looked up, and "w_1 = p(x, z)/q(z | x)" was refuted with z_1 and z apart. Only the names the index made: a z_1
    /// written in the body itself keeps the reading of where it was written.
    /// </summary>
    private Expr WithIndexedDefinitions(Expr substituted, Expr body, Symbol parameter, Expr at)
    {
        var entries = new Dictionary<Expr, Expr>();
        foreach (var s in Substitution.FreeSymbols(body))
        {
            if (!s.IsIndexed || !s.Indices.Any(i => i.Contains(parameter))) continue;
            if (Substitution.Substitute(s, parameter, at) is not Symbol made || NumberIndices(made) is not { } indices) continue;
            if (context.DefinitionOf(EntryKey(made.Name, indices)) is not { } defined || ValueOf(defined, context, instances).Scalar is not { } value) continue;
            entries[made] = value;
        }
        return entries.Count == 0 ? substituted : Substitution.Substitute(substituted, entries);
    }

    /// <summary>
    /// The pattern definition <see cref="IndexedDefinition"/> reads <paramref name="n"/> with, its letter, its key and the index written
    /// in its place; null if none.
    /// </summary>
    private (ValueDefinition Definition, string Letter, string Key, MathNode Index)? IndexedPattern(NameNode n)
    {
        if (n is not { Subscript: { Items: [.., var item] items } sub, Marks: "" } || !IsIndexLike(item)) return null;
        var prefix = items.Count == 1 ? n.Base + "_" : sub.Raw.LastIndexOf(',') is var comma and > 0 ? $"{n.Base}_{sub.Raw[..comma]}," : null;
        if (prefix is null || (items.Count == 1 && context.ShapeOf(n.Base) is not null)) return null;
        if (context.IndexedDefinitionOf(prefix) is not ({ } definition, var letter)) return null;
        return context.DefinitionOf(n.Key) is not null && n.Key != prefix + letter ? null : (definition, letter, prefix + letter, item);
    }

    /// <summary>The key of the definition <paramref name="n"/> is read through: its own, or the pattern's (w_j for w_1); null if none.</summary>
    private string? DefinitionKey(NameNode n) =>
        IndexedPattern(n) is var (_, _, key, _) ? key : context.DefinitionOf(n.Key) is not null ? n.Key : null;

    /// <summary>
    /// This lowering with the definition <paramref name="defined"/> is read through taken away (its bound indices kept): what a derivative
    /// by a defined name is taken in, the name a variable there (<see cref="ByDefinedName"/>, <see cref="JacobianByDefinedName"/>).
    /// </summary>
    private LatexLowering WithoutDefinitionOf(NameNode defined)
    {
        var free = new LatexLowering(context.WithoutDefinition(DefinitionKey(defined)!), source, instances);
        foreach (var (name, index) in bound) free.bound[name] = index;
        return free;
    }

    /// <summary>A scalar name: indexed (x_1, mu_i) when its subscript reads as indices, else a symbol named by its key (q_phi, theta^*).</summary>
    private Symbol SymbolFor(NameNode n)
    {
        if (n is { Subscript: { Items: { } items } sub, Marks: "" } && items.All(IsIndexLike))
        {
            var facts = context.FactsOf(n.Key) ?? context.FactsOf(n.Base + "_*") ?? Facts.Real;
            return Symbol.Indexed(n.Base, facts, items.Select(Index).ToArray());
        }
        return Symbol.Of(n.Key, context.FactsOf(n.Key) ?? Facts.Real);
    }

    /// <summary>
    /// Unrolling a sum or product turns x_k (read with the facts of x_k) into x_1, x_2; those must be the symbols
    /// a direct reading of x_1, x_2 gives, with the facts declared for them (% assume: x_1 &gt; 0), or they would be
    /// other symbols of the same name as the x_1 written elsewhere in the step.
    /// </summary>
    private Expr WithEntryFacts(Expr e) => WithDeclaredEntryFacts(e, context);

    /// <summary>
    /// <see cref="WithEntryFacts"/> for an expression made after lowering: a sum whose bound a "% given: N = 2" rewrote to a number
    /// unrolls there, and its a_1, a_2 must be the a_1, a_2 the document declares (% assume: a_1 &gt; 0), not other symbols of that name.
    /// </summary>
    public static Expr WithDeclaredEntryFacts(Expr e, LatexContext context)
    {
        var renamed = new Dictionary<Expr, Expr>();
        foreach (var s in Substitution.FreeSymbols(e))
        {
            // Entries of a declared vector or matrix take the facts of the whole (Entry), whatever the index.
            if (context.ShapeOf(s.Name) is not null || NumberIndices(s) is not { } indices) continue;
            var facts = context.FactsOf(EntryKey(s.Name, indices)) ?? context.FactsOf(s.Name + "_*") ?? Facts.Real;
            if (facts.Normalize() != s.Facts) renamed[s] = s.WithFacts(facts);
        }
        return renamed.Count == 0 ? e : Substitution.Substitute(e, renamed);
    }

    /// <summary>
    /// The entries an unrolled sum or product wrote as symbols (z_1, z_2 of \prod_{k=1}^{2} z_k) put in where z is defined as a
    /// vector (z := g(z_0)): z_k with k bound is no entry yet (<see cref="EntryOfDefinedMatrix"/>), the numbers come with the unrolling.
    /// </summary>
    private Expr WithDefinedEntries(Expr e)
    {
        var entries = new Dictionary<Expr, Expr>();
        foreach (var s in Substitution.FreeSymbols(e))
        {
            if (NumberIndices(s) is not { } indices) continue;
            if (context.DefinitionOf(s.Name) is not { } defined || context.ShapeOf(s.Name) is not null) continue;
            if (ValueOf(defined, context, instances).Matrix is not { } m) continue;
            if (EntryAt(m, indices) is { } entry) entries[s] = entry;
        }
        return entries.Count == 0 ? e : Substitution.Substitute(e, entries);
    }

    /// <summary>The integer indices of an entry symbol (x_1, S_{2,1}); null when it has none or one is not an integer.</summary>
    private static System.Numerics.BigInteger[]? NumberIndices(Symbol s) =>
        s.IsIndexed && s.Indices.All(i => i is Number { Value.IsInteger: true }) ? s.Indices.Select(i => ((Number)i).Value.Numerator).ToArray() : null;

    /// <summary>The key a name with these indices is declared or defined under, as written: x_1, S_2,1 (x_{1}, S_{2,1}).</summary>
    private static string EntryKey(string name, IReadOnlyList<System.Numerics.BigInteger> indices) => name + "_" + string.Join(",", indices);

    /// <summary>Numbers, single-letter or Greek names, and sums and products of them (i+1, 2k) are indices.</summary>
    private static bool IsIndexLike(MathNode item) => item switch
    {
        NumberNode { Value.IsInteger: true } => true,
        NameNode { Subscript: null, Marks: "" } n => n.Base.Length == 1 || CommandTable.IsGreek(n.Base),
        BinaryNode { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.ImplicitMultiply } b => IsIndexLike(b.Left) && IsIndexLike(b.Right),
        _ => false,
    };

    /// <summary>An index: i stays a symbol (never the imaginary unit), a bound index is the bound symbol.</summary>
    private Expr Index(MathNode item) => item switch
    {
        NumberNode k => Number.Of(k.Value),
        NameNode n when bound.TryGetValue(n.Key, out var b) => b,
        NameNode n => Symbol.Of(n.Key, context.FactsOf(n.Key) ?? Facts.Real),
        BinaryNode { Operator: BinaryOperator.Add } b => Build.Add(Index(b.Left), Index(b.Right)),
        BinaryNode { Operator: BinaryOperator.Subtract } b => Build.Sub(Index(b.Left), Index(b.Right)),
        BinaryNode b => Build.Mul(Index(b.Left), Index(b.Right)),
        _ => throw Error(item, "an index"),
    };

    /// <summary>A declared matrix as entry symbols S_{ij} (1-based), shaped by its declared structure; a vector has entries z_i.</summary>
    private Matrix Instantiate(string key, MatrixShape shape) =>
        instances is not null && instances.TryGetValue(key, out var given) ? given : EntrySymbols(key, shape, context);

    /// <summary>A declared matrix as its entry symbols, shaped by its declared structure (what a numeric draw replaces).</summary>
    public static Matrix EntrySymbols(string key, MatrixShape shape, LatexContext context)
    {
        // \sigma_k > 0 with \sigma a declared vector (either declared first) is a fact of every entry, as \sigma > 0 is.
        var facts = context.FactsOf(key) ?? (shape.Columns == 1 ? context.FactsOf(key + "_*") : null) ?? Facts.Real;
        var diagonal = context.FactsOf(LatexContext.DiagonalKey(key)) ?? facts;
        Expr EntrySymbol(int r, int c) => shape.Columns == 1
            ? Symbol.Indexed(key, facts, Number.Of(r + 1))
            : Symbol.Indexed(key, r == c ? diagonal : facts, Number.Of(r + 1), Number.Of(c + 1));
        return shape.Structure switch
        {
            MatrixForm.Identity => Matrix.Identity(shape.Rows),
            MatrixForm.Diagonal => Matrix.Of(shape.Rows, shape.Columns, (r, c) => r == c ? EntrySymbol(r, c) : Number.Zero),
            MatrixForm.LowerTriangular => Matrix.Of(shape.Rows, shape.Columns, (r, c) => c <= r ? EntrySymbol(r, c) : Number.Zero),
            MatrixForm.UpperTriangular => Matrix.Of(shape.Rows, shape.Columns, (r, c) => c >= r ? EntrySymbol(r, c) : Number.Zero),
            MatrixForm.Symmetric => Matrix.Of(shape.Rows, shape.Columns, (r, c) => EntrySymbol(Math.Min(r, c), Math.Max(r, c))),
            _ => Matrix.Of(shape.Rows, shape.Columns, EntrySymbol),
        };
    }

    /// <summary>z_2 or S_{12} of a declared vector or matrix: the entry itself when the indices are numbers, else an indexed symbol.</summary>
    private Expr Entry(NameNode n, SubscriptNode sub, MatrixShape shape)
    {
        var items = EntryIndices(sub, shape.Columns == 1 ? 1 : 2) ?? throw Error(sub,
            shape.Columns == 1 ? $"one index for an entry of the vector {n.Base}" : $"two indices for an entry of the matrix {n.Base}, as in {n.Base}_{{ij}}");
        var indices = items.Select(Index).ToArray();
        if (indices.All(i => i.IsNumber(out _)))
        {
            var k = indices.Select(i => { i.IsNumber(out var v); return v; }).ToArray();
            var r = (int)(k[0].IsInteger ? k[0].Numerator : 0) - 1;
            var c = k.Length > 1 ? (int)(k[1].IsInteger ? k[1].Numerator : 0) - 1 : 0;
            if (r < 0 || r >= shape.Rows || c < 0 || c >= shape.Columns)
                throw Error(sub, $"an index within the declared size of {n.Base} ({shape.Rows}×{shape.Columns}); declare {n.Key} separately if it is another quantity");
            return Instantiate(n.Base, shape)[r, c];
        }
        var onDiagonal = indices.Length == 2 && indices[0].Equals(indices[1]);
        var entryFacts = (onDiagonal ? context.FactsOf(LatexContext.DiagonalKey(n.Base)) : null) ?? context.FactsOf(n.Base)
            ?? (shape.Columns == 1 ? context.FactsOf(n.Base + "_*") : null) ?? Facts.Real;
        return Symbol.Indexed(n.Base, entryFacts, indices);
    }

    /// <summary>
    /// w_1 (or A_{12}) where w := \begin{pmatrix} a \\ b \end{pmatrix} or z := g(z_0) is defined as a vector or matrix: its entry.
    /// Null for another name, and for an index that is not a number (w_k in a sum stays a name of its own).
    /// </summary>
    private Expr? EntryOfDefinedMatrix(NameNode n)
    {
        if (n is not { Marks: "", Subscript: { } sub } || context.DefinitionOf(n.Base) is not { } defined) return null;
        if (ValueOf(defined, context, instances).Matrix is not { } m) return null;
        if (EntryIndices(sub, m.Columns == 1 ? 1 : 2) is not { } items || items.Select(Index).ToArray() is not { } indices) return null;
        if (indices is [var letter] && m.Columns == 1 && !letter.IsNumber(out _)) return VectorEntryPattern.At(m, letter);
        if (!indices.All(i => i.IsNumber(out var v) && v.IsInteger)) return null;
        return EntryAt(m, indices.Select(i => { i.IsNumber(out var v); return v.Numerator; }).ToArray())
            ?? throw Error(sub, $"an index within the size of {n.Base} as defined ({m.Rows}×{m.Columns})");
    }

    /// <summary>
    /// \lambda_1 and \lambda_2 where \lambda stands for two values, \lambda = 1 \pm i\alpha (the roots of an equation solved): the first
    /// with + and the second with -, as \lambda_{1,2} = 1 \pm i\alpha names them. "\lambda_1 \lambda_2 = 1 + \alpha^2" was an input error
    /// ("one value: ± stands for two"). Null for another name.
    /// </summary>
    private LatexValue? RootOfTwo(NameNode n)
    {
        if (n is not { Marks: "", Subscript.Items: [NumberNode { Value: var index }] } || !(index.IsOne || index == 2)) return null;
        if (context.DefinitionOf(n.Base) is not { } defined || !PlusMinusBranches.Has(defined.Body, defined.DefinedIn)) return null;
        var branch = defined with { Body = PlusMinusBranches.Take(defined.Body, plus: index.IsOne, defined.DefinedIn) };
        return ValueOf(branch, context, instances);
    }

    /// <summary>The entry of a vector (one index) or matrix (two) at 1-based indices; null outside it or with a wrong number of indices.</summary>
    private static Expr? EntryAt(Matrix m, IReadOnlyList<System.Numerics.BigInteger> indices)
    {
        if (!(indices.Count == 2 || (indices.Count == 1 && m.Columns == 1))) return null;
        var (r, c) = (indices[0] - 1, indices.Count > 1 ? indices[1] - 1 : 0);
        return r >= 0 && r < m.Rows && c >= 0 && c < m.Columns ? m[(int)r, (int)c] : null;
    }

    /// <summary>
    /// z_{0,k}: entry k of a declared vector z_0 (whose name has a subscript of its own), as a name z_0 with the
    /// subscript k; null when the first item does not complete the name of a declared vector.
    /// </summary>
    private (NameNode Vector, SubscriptNode Entry, MatrixShape Shape)? EntryOfSubscriptedVector(NameNode n) => SubscriptedVector(n, context);

    /// <summary>
    /// The declared vector or matrix <paramref name="n"/> names, as this lowering reads it: whole (z_0), by an entry of a vector whose name has a
    /// subscript of its own (z_{0,k} of z_0), or by an entry (\sigma_k of \sigma); null for another name. The checker reads a letter size (K)
    /// at the size tried in a step that names one.
    /// </summary>
    public static MatrixShape? ShapeNamed(NameNode n, LatexContext context) =>
        context.ShapeOf(n.Key) ?? SubscriptedVector(n, context)?.Shape ?? (n is { Subscript: not null, Marks: "" } ? context.ShapeOf(n.Base) : null);

    private static (NameNode Vector, SubscriptNode Entry, MatrixShape Shape)? SubscriptedVector(NameNode n, LatexContext context)
    {
        if (n is not { Marks: "", Subscript.Items: [var first, var index] } || n.Subscript.Raw.Split(',') is not [var firstRaw, var indexRaw]) return null;
        if (first is not (NumberNode { Value.IsInteger: true } or NameNode { Subscript: null, Marks: "" })) return null;
        var vectorKey = n.Base + "_" + firstRaw;
        if (context.ShapeOf(vectorKey) is not { Columns: 1 } shape) return null;
        var vector = n with { Base = vectorKey, Subscript = null };
        return (vector, n.Subscript with { Raw = indexRaw, Items = [index] }, shape);
    }

    /// <summary>The index items of an entry: "i,j", "ij" (two letters) or "12" (two digits) for a matrix.</summary>
    private static IReadOnlyList<MathNode>? EntryIndices(SubscriptNode sub, int count)
    {
        if (sub.Items is not { } items) return null;
        if (items.Count == count) return items;
        if (count == 2 && items.Count == 1)
        {
            if (items[0] is BinaryNode { Operator: BinaryOperator.ImplicitMultiply } b) return [b.Left, b.Right];
            if (items[0] is NumberNode { Value.IsInteger: true } k && k.Value.Numerator >= 11 && k.Value.Numerator <= 99)
            {
                var digits = k.Value.Numerator.ToString();
                return [k with { Value = int.Parse(digits[..1]) }, k with { Value = int.Parse(digits[1..]) }];
            }
        }
        return null;
    }

    /// <summary>An undefined function applied (a defined one is <see cref="Instantiate"/>'s, see <see cref="ApplyValue"/>).</summary>
    private Expr Apply(ApplyNode a)
    {
        // An undefined function of a whole vector, q(z): a function of its entries, q(z_1, .., z_K).
        var args = a.Arguments.SelectMany(x => x is NameNode n && context.ShapeOf(n.Key) is { Columns: 1 } ? Value(x).Matrix!.Entries : [Argument(x)]).ToArray();
        var name = a.Bar is { } bar ? $"{a.Function.Key}|{bar}" : a.Function.Key;
        var applied = Expressions.Apply.Of(name, args);
        if (a.Partials is { } partials)
        {
            if (args.Length != a.Arguments.Count) throw Error(a, $"scalar arguments for the derivative of {a.Function.Key} (a vector argument has no single position)");
            foreach (var v in partials) applied = applied.Differentiated(PartialPosition(a, v, a.Arguments.Select(x => x as NameNode).ToArray()));
        }
        if (a.Primes > 0 && args.Length != 1) throw Error(a, $"one argument for {a.Function.Key}' (a prime is the derivative of a function of one variable)");
        for (var k = 0; k < a.Primes; k++) applied = applied.Differentiated(0);
        return applied;
    }

    /// <summary>
    /// An argument of an undefined function; a declared function named alone (H(q), L(q_{\phi})) is the
    /// distribution itself, as in KL: a functional of it, not a call missing its argument.
    /// </summary>
    /// <remarks>
    /// A parameter of the definition being instantiated is its argument even when a function of that name is declared:
    /// the q of L(\theta, q; x) := \log p(x) - KL(q \| p(z \mid x)) is what L is applied to. Read as the function q, L(\theta, q_i^*; x)
    /// and L(\theta, \phi^*; x) were one value, and L(\theta, q_i^*; x) \ge L(\theta, \phi^*; x) was valid whichever way it was written.
    /// </remarks>
    private Expr Argument(MathNode node) =>
        node is NameNode n && !bound.ContainsKey(n.Key) && context.IsFunction(n.Key) && context.FunctionDefinitionOf(n.Key) is null ? Symbol.Of(n.Key) : Scalar(node);

    /// <summary>
    /// Which parameter the variable v of \frac{\partial V}{\partial v}(..) names: the parameter of V's definition called v, or
    /// for an undefined V the argument written as v (V(d, g) differentiated in d); any other reading would be a guess.
    /// </summary>
    private int PartialPosition(ApplyNode a, NameNode v, IReadOnlyList<NameNode?> parameters)
    {
        for (var k = 0; k < parameters.Count; k++)
            if (parameters[k]?.Key == v.Key) return k;
        throw Error(a, $"{v.Key} among the arguments of {a.Function.Key} to differentiate in: define {a.Function.Key} with named parameters first, as in {a.Function.Key}({v.Key}, ..) := ..");
    }

    /// <summary>
    /// A call's value: for g defined by a pattern, its body's (<see cref="Instantiate"/>: a matrix for g(z_0) := \mu + S z_0);
    /// any other call is a scalar (<see cref="Apply(ApplyNode)"/>).
    /// </summary>
    private LatexValue ApplyValue(ApplyNode a) =>
        context.FunctionDefinitionOf(FunctionDefinition.KeyOf(a.Function.Key, a.Bar)) is { } definition && definition.Parameters.Count == a.Arguments.Count
            ? Instantiate(a, definition)
            : Entropy(a) is { } entropy ? LatexValue.Of(entropy)
            : NormalDensity(a) is { } normal ? LatexValue.Of(normal) : LatexValue.Of(Apply(a));

    /// <summary>Whether <paramref name="a"/> is read as the normal density (<see cref="NormalDensity"/>): a formula, never a definition's pattern.</summary>
    public static bool IsNormalDensity(ApplyNode a, LatexContext context) =>
        a is { Bar: null or 1, Partials: null, Primes: 0, Arguments.Count: 3, Function: { Base: "cal(N)", Subscript: null, Marks: "" } }
        && !context.IsFunction(a.Function.Key) && context.FunctionDefinitionOf(a.Function.Key) is null;

    /// <summary>
    /// \mathcal{N}(x; \mu, \Sigma) (or \mathcal{N}(x \mid \mu, \Sigma)), the normal density at x, by its formula: (2\pi s)^{-1/2} \exp(-(x - \mu)^2 / (2s)) for a scalar x,
    /// s the variance; (2\pi)^{-K/2} \det(\Sigma)^{-1/2} \exp(-\frac{1}{2} (x - \mu)^T \Sigma^{-1} (x - \mu)) for a vector x of K entries, \mu a vector
    /// (or 0) and \Sigma a K x K matrix, I, or a scalar s for s I. Read as an unknown function, Question 2's densities written so could not be
    /// compared with their expansion. Only with three arguments and \mathcal{N} neither declared nor defined: \mathcal{N}(0, 1) names a
    /// distribution by its parameters and stays a name.
    /// </summary>
    private Expr? NormalDensity(ApplyNode a)
    {
        if (!IsNormalDensity(a, context) || a.Arguments is not [var at, var mean, var covariance]) return null;
        var x = Value(at);
        var half = Number.Of(-1, 2);
        if (x.Scalar is { } point)
        {
            var variance = Scalar(covariance);
            return Build.Mul(Build.Pow(Build.Mul(2, Constant.Pi, variance), half), Build.Exp(Build.Div(Build.Neg(Build.Pow(Build.Sub(point, Scalar(mean)), 2)), Build.Mul(2, variance))));
        }
        if (x.Matrix is not { Columns: 1 } vector) return null;
        var k = vector.Rows;
        var center = Value(mean) is { Matrix: { } m } ? m : Matrix.Of(k, 1, (_, _) => Scalar(mean));
        var sigma = covariance is NameNode n && MatrixInferencePass.IsIdentityName(n) && context.ShapeOf(n.Key) is null && !context.IsDeclaredValue(n.Key)
            ? Matrix.Identity(k)
            : Value(covariance) is { Matrix: { } c } ? c : MatrixOps.Scale(Scalar(covariance), Matrix.Identity(k));
        if (center.Rows != k || center.Columns != 1 || sigma.Rows != k || sigma.Columns != k)
            throw Error(a, $"the normal density \\mathcal{{N}}(x; \\mu, \\Sigma) of a vector x of {k} entries needs \\mu of {k} entries (or 0) and \\Sigma of size {k}x{k}");
        var deviation = MatrixOps.Subtract(vector, center);
        var form = MatrixOps.QuadraticForm(Inverse.Of(sigma), deviation);
        return Build.Mul(Build.Pow(Build.Mul(2, Constant.Pi), Build.Mul(half, Number.Of(k))), Build.Pow(Determinant.Of(sigma), half), Build.Exp(Build.Mul(half, form)));
    }

    /// <summary>
    /// H(q(z | x)), the entropy of a density, by its definition -E_{q(z | x)}[log q(z | x)] (made linear, z random there), as KL is
    /// read by its own: for a density written with its bar, or a declared function applied (H(q(z))), or named alone (H(q)) where the
    /// formula applies it (q(z \mid x) beside it) or one random variable is declared (% random: z), which it is a density of. H stays what the document defines,
    /// and H(q) without a declared random variable stays the functional H of q.
    /// </summary>
    private Expr? Entropy(ApplyNode a)
    {
        if (a is not { Bar: null, Partials: null, Primes: 0, Arguments: [var argument] }
            || !LatexMathParser.IsEntropyName(a.Function.Key) || context.FunctionDefinitionOf(a.Function.Key) is not null) return null;
        var inner = argument switch
        {
            ApplyNode { Partials: null, Primes: 0 } applied when applied.Bar is not null || IsUndefinedDensity(applied.Function) => applied,
            NameNode bare when IsUndefinedDensity(bare) && context.DensityFormOf(bare.Key) is { } form => form,
            NameNode bare when IsUndefinedDensity(bare) && TheRandomVariable(bare) is { } z => new ApplyNode(bare, [z], 0, null, bare.Span, bare.Start, bare.End),
            _ => null,
        };
        if (inner is null || Density(inner) is not { } q) return null;
        var name = Expectations.NameOver(q);
        Over(name, ConditionalDensities.Variables(q));
        return Build.Neg(LinearExpectation(name, Build.Log(q)));
    }

    /// <summary>The one declared random variable (a plain name such as z), as a name written where <paramref name="at"/> is; else null.</summary>
    private NameNode? TheRandomVariable(NameNode at) =>
        context.Randoms.Count == 1 && context.Randoms.First() is var z && !z.Contains('_', StringComparison.Ordinal) ? new(z, null, "", at.Span, at.Start, at.End) : null;

    /// <summary>The symbol a parameter's name is read as outside the function (z, the document's); null when it is not a plain symbol there.</summary>
    private static Symbol? FreeSymbolOf(NameNode parameter, LatexContext context, LatexSource source)
    {
        if (context.DefinitionOf(parameter.Key) is not null || context.IsFunction(parameter.Key)) return null;
        try { return new LatexLowering(context, source).Value(parameter).Scalar as Symbol; }
        catch (Exception e) when (IsUnreadable(e))
        {
            return null;
        }
    }

    /// <summary>
    /// g(w) for g(z) := body: the body read where g was defined (so a parameter named like a defined quantity is the parameter),
    /// differentiated for g' or \frac{\partial g}{\partial z}(..), with the arguments put for the parameters: a scalar parameter
    /// bound to a fresh symbol, a parameter that is a declared vector or matrix by its entries, replaced by those of the argument
    /// (of the same size). The value is a matrix for \mu + S z.
    /// </summary>
    private LatexValue Instantiate(ApplyNode a, FunctionDefinition definition)
    {
        var inner = context.ForDefinitionIn(definition.DefinedIn, FunctionDefinition.KeyOf(a.Function.Key, a.Bar));
        // A parameter's own entries stay symbols in the body (never the numbers drawn for it), so that they can be replaced.
        var kept = instances?.Where(kv => !definition.Parameters.Any(p => p.Key == kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        var lowering = new LatexLowering(inner, definition.Source, kept);
        var scalars = new Symbol?[definition.Parameters.Count];
        var map = new Dictionary<Expr, Expr>();
        var densities = new List<(Expr Value, string Parameter, string Function)>();
        // The parameter as the names of the body read it through their own definitions: m(z) := w_1 s_1 + w_2 s_2 with s_i := \sigma(a_i z + b_i)
        // depends on z through s_1 and s_2, whose z is the document's; read apart, m'(z) was 0. Not a parameter with a subscript: z_1 of
        // \tilde{q}(z_1 \mid x, z_{2:K}) := p(x, z_1) / \frac{1}{2}(w_1 + w_2) names one of several samples, and w_1 stays that sample's weight.
        var throughNames = new Dictionary<Expr, Expr>();
        for (var k = 0; k < scalars.Length; k++)
        {
            var parameter = definition.Parameters[k];
            if (inner.ShapeOf(parameter.Key) is null)
            {
                var symbol = scalars[k] = Symbol.Of("param·" + parameter.Key, context.FactsOf(parameter.Key) ?? Facts.Real);
                lowering.bound[parameter.Key] = symbol;
                if (parameter.Subscript is null && FreeSymbolOf(parameter, inner, definition.Source) is { } free) throughNames[free] = symbol;
                map[symbol] = Argument(a.Arguments[k]);
                if (a.Arguments[k] is NameNode named && !bound.ContainsKey(named.Key) && IsUndefinedDensity(named)) densities.Add((map[symbol], parameter.Key, named.Key));
                continue;
            }
            var entries = lowering.Value(parameter).Matrix!;
            var argument = Value(a.Arguments[k]).Matrix;
            if (argument is null || argument.Rows != entries.Rows || argument.Columns != entries.Columns)
                throw Error(a.Arguments[k], $"a {entries.Rows}×{entries.Columns} matrix for the parameter {parameter.Key} of {a.Function.Key}");
            for (var r = 0; r < entries.Rows; r++)
                for (var c = 0; c < entries.Columns; c++)
                    map[entries[r, c]] = argument[r, c];
        }
        Expr Read(Expr e) => throughNames.Count == 0 ? e : Substitution.Substitute(e, throughNames);
        if (a.Partials is null && a.Primes == 0)
        {
            var value = lowering.Value(definition.Body);
            return value.Scalar is { } scalar ? LatexValue.Of(WithNamedDistributions(Substitution.Substitute(Read(scalar), map), densities))
                : LatexValue.Of(value.Matrix!.Map(e => Substitution.Substitute(Read(e), map)));
        }
        var body = Read(lowering.Scalar(definition.Body));
        Symbol ScalarParameter(int k) => scalars[k] ?? throw Error(a, $"a scalar parameter of {a.Function.Key} to differentiate in");
        foreach (var v in a.Partials ?? []) body = Differentiate(a, body, ScalarParameter(PartialPosition(a, v, definition.Parameters)), 1);
        if (a.Primes > 0)
        {
            if (scalars.Length != 1) throw Error(a, $"one argument for {a.Function.Key}' (a prime is the derivative of a function of one variable)");
            body = Differentiate(a, body, ScalarParameter(0), a.Primes);
        }
        return LatexValue.Of(Substitution.Substitute(body, map));
    }
}
