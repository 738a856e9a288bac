namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>
/// Matrices used without a declaration. Students write \det(\lambda I - A) without declaring I or A;
/// read as scalars, such a step gets a verdict about another claim. This reads the formulas of a chain
/// (all its sides share one shape) and finds the undeclared names that can only be matrices:
/// <list type="bullet">
/// <item>I (also \mathbf{I}, I_n, I_2) added to, subtracted from or multiplied with a matrix: an identity;</item>
/// <item>any name under \det, \operatorname{tr} or a transpose;</item>
/// <item>an upper-case name (A, \mathbf{W}, \Sigma) added to or multiplied with a matrix (lower-case names
/// next to a matrix are read as the scalars they conventionally are: \lambda A).</item>
/// </list>
/// Their sizes are solved from the sizes that are known (declared matrices, pmatrix literals, I_2) by
/// unifying dimensions: a sum needs equal sizes, a product inner sizes that agree, \det, \operatorname{tr},
/// powers and identities square sizes. A matrix whose size this leaves open is never guessed: it is
/// reported as undetermined, with the declaration that would settle it, and the checker says unknown.
/// </summary>
public sealed class MatrixInference
{
    private readonly IReadOnlyDictionary<string, string> undetermined;

    /// <summary>The context with every matrix whose size was determined declared (identities as identities).</summary>
    public LatexContext Context { get; }

    private readonly IReadOnlyDictionary<string, string> inferred;
    private readonly IReadOnlyDictionary<string, string> guessed;
    private readonly IReadOnlySet<string> secondary;

    private MatrixInference(LatexContext context, IReadOnlyDictionary<string, string> inferred, IReadOnlyDictionary<string, string> guessed,
        IReadOnlyDictionary<string, string> undetermined, IReadOnlySet<string> secondary)
    {
        Context = context;
        this.inferred = inferred;
        this.guessed = guessed;
        this.undetermined = undetermined;
        this.secondary = secondary;
    }

    /// <summary>Nothing inferred: the context as it is.</summary>
    public static MatrixInference None(LatexContext context) => new(context, new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>(), new HashSet<string>());

    /// <summary>What was inferred of the names in a formula, for the report ("I as the 2×2 identity"), or null when nothing.</summary>
    public string? InferredIn(MathNode node) => Describe(node, inferred, NoKeys);

    /// <summary>
    /// The declarations that would replace the guesses made in a formula (an undeclared name read as a general
    /// matrix: the student may have meant a given matrix, a number or a function), or null when nothing was guessed.
    /// An identity read from I next to a matrix is the convention, not a guess.
    /// </summary>
    public string? GuessedIn(MathNode node) => Describe(node, guessed, NoKeys);

    /// <summary>
    /// Why a formula cannot be checked (an undeclared matrix of undetermined size in it, and how to declare it),
    /// or null when every matrix in it has a known size.
    /// </summary>
    public string? UndeterminedIn(MathNode node)
    {
        var all = Describe(node, undetermined, NoKeys);
        return all is null ? null : Describe(node, undetermined, secondary) ?? all;
    }

    private static readonly IReadOnlySet<string> NoKeys = new HashSet<string>();

    private static string? Describe(MathNode node, IReadOnlyDictionary<string, string> notes, IReadOnlySet<string> left)
    {
        // Most chains infer nothing: then the formula's tree is not walked (this ran for every step checked).
        if (notes.Count == 0) return null;
        var found = MathNodes.SelfAndDescendants(node).OfType<NameNode>().Select(n => n.Key)
            .Where(k => notes.ContainsKey(k) && !left.Contains(k)).Distinct().Order(StringComparer.Ordinal).ToList();
        return found.Count == 0 ? null : string.Join("; ", found.Select(k => notes[k]));
    }

    /// <summary>Infers the undeclared matrices of formulas that are sides of one chain (so of one shape).</summary>
    public static MatrixInference Infer(IReadOnlyList<(MathNode Node, LatexSource Source)> sides, LatexContext context)
    {
        var marked = new SortedSet<string>(StringComparer.Ordinal);
        MatrixInferencePass pass;
        // Each pass may find more names that must be matrices (a name next to one found in the pass before);
        // the set only grows and is bounded by the names of the formulas, so this ends.
        do
        {
            pass = new MatrixInferencePass(context, marked);
            pass.Sides(sides.Select(s => s.Node).ToArray());
        }
        while (pass.Grew);
        if (marked.Count == 0) return None(context);
        var names = sides.SelectMany(s => MathNodes.SelfAndDescendants(s.Node).OfType<NameNode>().Select(n => (n, s.Source)))
            .GroupBy(x => x.n.Key).ToDictionary(g => g.Key, g => Written(g.First().n, g.First().Source), StringComparer.Ordinal);
        var inferred = new Dictionary<string, string>(StringComparer.Ordinal);
        var guessed = new Dictionary<string, string>(StringComparer.Ordinal);
        var identities = new HashSet<string>(StringComparer.Ordinal);
        var undetermined = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in marked)
        {
            var (rows, columns) = pass.SizeOf(key);
            var identity = MatrixInferencePass.IsIdentityName(pass.FirstUse(key));
            var name = names.GetValueOrDefault(key, key);
            if (rows is { } r && columns is { } c)
            {
                context = context.WithMatrix(key, new MatrixShape(r, c, identity ? MatrixForm.Identity : MatrixForm.General));
                inferred[key] = identity ? $"undeclared {name} read as the {r}×{c} identity" : $"undeclared {name} read as a general {r}×{c} matrix";
                if (!identity) guessed[key] = $"% matrix: {name} {r}x{c}";
            }
            else
            {
                undetermined[key] = Undetermined(name, rows, columns, identity, !MatrixInferencePass.IsMatrixLikeName(pass.FirstUse(key)));
                if (identity) identities.Add(key);
            }
        }
        // An identity's size is undetermined because a matrix next to it is: the message names that matrix only.
        var others = undetermined.Keys.Where(k => !identities.Contains(k)).ToHashSet(StringComparer.Ordinal);
        return new MatrixInference(context, inferred, guessed, undetermined, others.Count == 0 ? NoKeys : identities);
    }

    private static string Undetermined(string name, int? rows, int? columns, bool identity, bool vectorLike)
    {
        var size = $"{rows?.ToString() ?? "n"}x{columns?.ToString() ?? "n"}";
        var declaration = identity ? $"% matrix: {name} {size} identity"
            : vectorLike && rows is { } r ? $"% vector: {name} {r}, or % matrix: {name} {size}"
            : $"% matrix: {name} {size}";
        var alternative = identity ? "" : $", or % symbol: {name} if it is a number";
        return $"{name} is used as a matrix without a declaration, and its size cannot be told from the formulas: "
            + $"declare it: {declaration} (with n its size){alternative}";
    }

    /// <summary>The name as the document wrote it (\mathbf{A}, \Sigma), for a declaration to copy.</summary>
    private static string Written(NameNode n, LatexSource source)
    {
        if (n.Start < 0 || n.End > source.Text.Length || n.End <= n.Start) return n.Key;
        // A name's span may run over the layout that follows it (the & of an align).
        var text = source.Text[n.Start..n.End];
        var layout = text.IndexOf('&');
        return (layout < 0 ? text : text[..layout]).Trim();
    }
}
