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
    // The names written, and those defined, in the current scope: the document, or the answer of a template being read.
    private HashSet<string> seen = new(StringComparer.Ordinal);
    private HashSet<string> defined = new(StringComparer.Ordinal);
    private readonly Stack<(HashSet<string> Seen, HashSet<string> Defined, HashSet<string> Counts)> outer = new();

    // The names written as the upper bound of a sum or product (K of \sum_{k=1}^{K}) in the current scope: counts.
    private HashSet<string> counts = new(StringComparer.Ordinal);

    /// <summary>The counts of the current scope: a step elsewhere that uses K draws it as a positive integer, never K = -1.</summary>
    public IReadOnlySet<string> Counts => counts;

    /// <summary>
    /// \begin{answer}: each answer of a template is a question of its own, so a name of an earlier answer (g, the map
    /// of q2.1) may be defined afresh here (g, the map of q2.3); a definition of an earlier answer is still read where
    /// it is only used (A of q6.1 in q6.3).
    /// </summary>
    public void EnterAnswer()
    {
        outer.Push((seen, defined, counts));
        (seen, defined, counts) = (new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(counts, StringComparer.Ordinal));
    }

    /// <summary>\end{answer}: the answer's names count as written in the scope around it.</summary>
    public void LeaveAnswer()
    {
        if (!outer.TryPop(out var enclosing)) return;
        enclosing.Seen.UnionWith(seen);
        enclosing.Defined.UnionWith(defined);
        // The counts of an answer end with it: K may be another quantity in the next question.
        (seen, defined, counts) = enclosing;
    }

    /// <summary>Records that <paramref name="key"/> was defined (by := or by its first use) in the current scope.</summary>
    public void MarkDefined(string key) => defined.Add(key);

    /// <summary>
    /// The functions the document defined in a form the checker cannot substitute (\tilde{q}(z_1 | x, z_{2:K}) := ..): their
    /// values are not free, so no step may be refuted by taking them as unknowns. For the whole document: that is only safer.
    /// </summary>
    public IReadOnlySet<string> Unsubstituted => unsubstituted;

    private readonly HashSet<string> unsubstituted = new(StringComparer.Ordinal);

    public void MarkUnsubstituted(string key) => unsubstituted.Add(key);

    /// <summary>
    /// Whether <paramref name="name"/> is something new here: never written before, nor declared, nor defined,
    /// and not an entry x_4 of a declared vector or matrix x.
    /// </summary>
    /// <remarks>w_1 is not fresh where w_j := .. defines every w_k (the pattern gives it its value).</remarks>
    public bool IsFresh(NameNode name, DeclarationState state) =>
        IsFresh(name.Key, state) && (name.Subscript is null || !state.Context.IsDeclaredValue(name.Base + name.Marks))
        && !(name is { Subscript.Items: [_], Marks: "" } && state.Context.IndexedDefinitionOf(name.Base + "_") is not null)
        && !(name is { Subscript: not null, Marks: "" } && LatexLowering.DefinesMatrix(state.Context, name.Base))
        && !LatexLowering.ReadsAsConjugate(state.Context, name);

    private bool IsFresh(string key, DeclarationState state)
    {
        var context = state.Context;
        var definition = context.DefinitionOf(key) is not null || context.FunctionDefinitionOf(key) is not null;
        // A definition blocks a new one in its own scope; one made in an earlier answer may be replaced.
        var definedHere = definition && (outer.Count == 0 || defined.Contains(key));
        var declaredFunction = context.IsFunction(key) && context.FunctionDefinitionOf(key) is null;
        return !seen.Contains(key) && !context.IsDeclaredValue(key) && !declaredFunction && !definedHere
            && !state.Assumptions.Concat(state.Givens).Any(a => Names(a.Left).Contains(key) || Names(a.Right).Contains(key));
    }

    /// <summary>
    /// Whether <paramref name="key"/> is read here only through the definition an earlier answer made (z_1 := -c/b - 1 of 5.1), not yet written
    /// in this answer: a condition that introduces it here ("Suppose $g(z_1) = g(z_2)$", "For $z_1 &lt; z_2$") makes it a variable again.
    /// </summary>
    public bool OnlyInherited(string key, DeclarationState state) =>
        outer.Count > 0 && !seen.Contains(key) && !defined.Contains(key) && state.Context.DefinitionOf(key) is not null;

    /// <summary>Records the names of a formula, whether or not it is checked (an unreadable line records nothing).</summary>
    public void Add(MathBlock block, LatexContext context, IReadOnlyList<string> documentLines)
    {
        foreach (var line in block.Lines)
        {
            try
            {
                var parsed = LatexMathParser.ParseLine(new LatexSource(line.Text, line.Line, line.Column, documentLines), context);
                foreach (var node in parsed.Expressions) Record(node);
            }
            catch (ParseException) { /* reported where the line is checked, if it is */ }
        }
    }

    /// <summary>Records the names of expressions already read (those of a block, read into chains).</summary>
    public void Add(IEnumerable<MathNode> expressions)
    {
        foreach (var node in expressions) Record(node);
    }

    /// <summary>Records the names of a chain once it is checked, so that the chains after it see them as used.</summary>
    public void Add(Chain chain)
    {
        foreach (var piece in chain.Pieces) Record(piece.Node);
    }

    private void Record(MathNode node)
    {
        Walk(node, seen, counts);
    }

    /// <summary>The names a formula writes as the upper bound of a sum or product: K of \sum_{k=1}^{K}.</summary>
    public static IEnumerable<string> CountsIn(MathNode node)
    {
        var found = new List<string>();
        Walk(node, null, found);
        return found;
    }

    /// <summary>Every name written in a formula: its symbols, and the functions it applies.</summary>
    public static IEnumerable<string> Names(MathNode node)
    {
        var found = new List<string>();
        Walk(node, found, null);
        return found;
    }

    /// <summary>
    /// One walk over the formula adding its names and its counts to whichever collection is given: a chain of LINQ
    /// iterators over <see cref="MathNodes.SelfAndDescendants"/> per formula cost ~8% of check's corpus pass, every step
    /// records its names and counts (the per-node work was the iterators' own).
    /// </summary>
    private static void Walk(MathNode node, ICollection<string>? names, ICollection<string>? counts) =>
        MathNodes.ForEach(node, next =>
        {
            var name = next switch
            {
                NameNode n => n.Key,
                ApplyNode apply => apply.Function.Key,
                BigOperatorNode big => big.Index.Key,
                DerivativeNode d => d.Variable.Key,
                _ => null,
            };
            if (name is not null) names?.Add(name);
            if (counts is not null && next is BigOperatorNode { Upper: NameNode { Subscript: null } upper }) counts.Add(upper.Key);
        });
}
