using System.Collections.Immutable;
using Ift6135.Sym.Symbolic.Assumptions;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public enum MatrixForm { General, LowerTriangular, UpperTriangular, Diagonal, Symmetric, Identity }

/// <summary>
/// The declared size of a matrix or vector (a vector is n × 1). A size written as a letter (K×K)
/// is instantiated at <see cref="LatexContext.SymbolicSize"/>; <see cref="SizeNote"/> says so.
/// </summary>
/// <param name="SizeLetter">The letter a size was written as (K of K×K), or null for a number.</param>
public sealed record MatrixShape(int Rows, int Columns, MatrixForm Structure, string? SizeLetter = null)
{
    /// <summary>"K = 3": the instantiation a verdict on this matrix holds at; null for a size given as a number.</summary>
    public string? SizeNote => SizeLetter is null ? null : NoteOf(SizeLetter);

    /// <summary>How a report says at what size the letter <paramref name="letter"/> was read: "K = 3".</summary>
    public static string NoteOf(string letter) => $"{letter} = {LatexContext.SymbolicSize}";
}

/// <summary>
/// A name defined in the document (A := .., M_A = pmatrix in a % define: environment), kept as syntax
/// with the context it was written in: it is lowered where it is used, with the facts known there. <see cref="Entry"/> is set for
/// the names of a column defined at once ((d_{k+1}, g_{k+1})^T = A (d_k, g_k)^T): the name is that entry of the body's value.
/// </summary>
public sealed record ValueDefinition(MathNode Body, LatexSource Source, LatexContext DefinedIn, int? Entry = null);

/// <summary>A function defined by a pattern, g(z) := a max(0, bz + c): its parameter names and its body, as syntax.</summary>
public sealed record FunctionDefinition(IReadOnlyList<NameNode> Parameters, MathNode Body, LatexSource Source, LatexContext DefinedIn)
{
    /// <summary>
    /// The key a definition of <paramref name="function"/> is kept under: its name, or for a conditional written with a bar after
    /// <paramref name="bar"/> arguments (\tilde{q}(z_1 \mid x, z_{2:K}) := ..) the name and that count, as the reader names the
    /// application (tilde(q)|1): the conditional's definition says nothing of the function without a bar.
    /// </summary>
    public static string KeyOf(string function, int? bar) => bar is { } k ? $"{function}|{k}" : function;
}

/// <summary>
/// What the document defined (A := .., g(z) := ..) and which quantities it declared random (% random:); and, for the formula being read,
/// how it applies a density it also names alone (<see cref="LatexContext.DensityFormOf"/>).
/// </summary>
public sealed record Definitions(
    ImmutableSortedDictionary<string, ValueDefinition> Values,
    ImmutableSortedDictionary<string, FunctionDefinition> Functions,
    ImmutableSortedSet<string> Randoms,
    ImmutableDictionary<string, ApplyNode>? DensityForms = null,
    bool DivergencesAsWritten = false)
{
    public static readonly Definitions None = new(
        ImmutableSortedDictionary<string, ValueDefinition>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedDictionary<string, FunctionDefinition>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal));
}

/// <summary>
/// What a document has declared so far, keyed by the name as written (<see cref="NameNode.Key"/>:
/// alpha, z_0, w_i, bold(x)): facts of symbols, undefined functions, matrix and vector shapes.
/// Immutable: each declaration returns a new context, so a formula is read with what was declared before it.
/// </summary>
public sealed class LatexContext
{
    /// <summary>The size at which a matrix declared with a letter size (K×K) is instantiated.</summary>
    public const int SymbolicSize = 3;

    public static readonly LatexContext Empty = new(
        ImmutableSortedDictionary<string, Facts>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal),
        ImmutableSortedDictionary<string, MatrixShape>.Empty.WithComparers(StringComparer.Ordinal),
        Definitions.None);

    private readonly ImmutableSortedDictionary<string, Facts> facts;
    private readonly ImmutableSortedSet<string> functions;
    private readonly ImmutableSortedDictionary<string, MatrixShape> shapes;
    private readonly Definitions defined;

    private LatexContext(ImmutableSortedDictionary<string, Facts> facts, ImmutableSortedSet<string> functions,
        ImmutableSortedDictionary<string, MatrixShape> shapes, Definitions defined)
    {
        this.facts = facts;
        this.functions = functions;
        this.shapes = shapes;
        this.defined = defined;
    }

    /// <summary>Declares <paramref name="key"/> a symbol, adding <paramref name="added"/> to what is known of it (Real at least).</summary>
    public LatexContext WithSymbol(string key, Facts added = Facts.Real)
    {
        var old = facts.TryGetValue(key, out var f) ? f : Facts.Real;
        return new(facts.SetItem(key, (old | added | Facts.Real).Normalize()), functions.Remove(key), shapes, defined);
    }

    /// <summary>
    /// Makes <paramref name="key"/> a plain scalar symbol again (% symbol: z after z was a vector, a function or
    /// defined): a document that reuses a name in a later question says so.
    /// </summary>
    public LatexContext AsScalar(string key) =>
        new(facts.SetItem(key, facts.TryGetValue(key, out var f) ? f : Facts.Real), functions.Remove(key), shapes.Remove(key),
            defined with { Values = defined.Values.Remove(key), Functions = defined.Functions.Remove(key) });

    public LatexContext WithFunction(string key) => new(facts.Remove(key), functions.Add(key), shapes.Remove(key), defined);

    public LatexContext WithMatrix(string key, MatrixShape shape) => new(facts, functions.Remove(key), shapes.SetItem(key, shape), defined);

    /// <summary>Defines the name <paramref name="key"/> (A := ..): later formulas read it as <paramref name="value"/>.</summary>
    public LatexContext WithDefinition(string key, ValueDefinition value) =>
        new(facts, functions, shapes, defined with { Values = defined.Values.SetItem(key, value), Functions = defined.Functions.Remove(key) });

    /// <summary>The context with the name <paramref name="key"/> no longer defined: a variable again (d/dr with r := ‖z - z_0‖).</summary>
    public LatexContext WithoutDefinition(string key) => new(facts, functions, shapes, defined with { Values = defined.Values.Remove(key) });

    /// <summary>
    /// The way the formulas being read apply each density (q(z \mid x) for q): a density they also name alone (H(q), KL(q \| ..)) is that
    /// application. For one chain of a derivation, not beyond it.
    /// </summary>
    public LatexContext WithDensityForms(IReadOnlyDictionary<string, ApplyNode> forms) =>
        forms.Count == 0 ? this : new(facts, functions, shapes, defined with { DensityForms = forms.ToImmutableDictionary(StringComparer.Ordinal) });

    /// <summary>
    /// The context with every KL divergence read as written, a function of its two distributions that is never negative, rather than by its
    /// definition: D_{KL}(q \| p(z \mid x)) \ge 0 holds so (Gibbs), and is no algebra once the divergence is written out as expectations.
    /// </summary>
    public LatexContext WithDivergencesAsWritten() => new(facts, functions, shapes, defined with { DivergencesAsWritten = true });

    /// <summary>Whether KL divergences are read as written (<see cref="WithDivergencesAsWritten"/>).</summary>
    public bool DivergencesAsWritten => defined.DivergencesAsWritten;

    /// <summary>How the formulas being read apply the density <paramref name="key"/> (<see cref="WithDensityForms"/>), or null.</summary>
    public ApplyNode? DensityFormOf(string key) => defined.DensityForms?.GetValueOrDefault(key);

    /// <summary>The function <paramref name="key"/> still declared, its definition by a pattern forgotten: its applications stay applications.</summary>
    public LatexContext WithoutFunctionDefinition(string key) => new(facts, functions, shapes, defined with { Functions = defined.Functions.Remove(key) });

    /// <summary>Defines the function <paramref name="key"/> by a pattern (g(z) := ..): it becomes a declared function whose applications are replaced.</summary>
    public LatexContext WithFunctionDefinition(string key, FunctionDefinition definition) =>
        new(facts.Remove(key), functions.Add(key), shapes.Remove(key),
            defined with { Functions = defined.Functions.SetItem(key, definition), Values = defined.Values.Remove(key) });

    /// <summary>Declares <paramref name="key"/> a random variable (% random: z): expectations keep what depends on it inside.</summary>
    public LatexContext WithRandom(string key) => new(facts, functions, shapes, defined with { Randoms = defined.Randoms.Add(key) });

    public ValueDefinition? DefinitionOf(string key) => defined.Values.TryGetValue(key, out var v) ? v : null;

    /// <summary>Every name the document defined so far with its definition, in key order.</summary>
    public IEnumerable<KeyValuePair<string, ValueDefinition>> ValueDefinitions => defined.Values;

    /// <summary>
    /// A definition of a name that is <paramref name="prefix"/> and one letter, w_j := p(x, z_j) / q(z_j | x) for the prefix "w_" (or
    /// z_{0,k} := .. for "z_0,"): the pattern every w_1, w_k is read with (the letter put as the index written), and that letter;
    /// null if there is none.
    /// </summary>
    public (ValueDefinition Definition, string Index)? IndexedDefinitionOf(string prefix)
    {
        foreach (var (key, value) in defined.Values)
            if (key.Length == prefix.Length + 1 && key.StartsWith(prefix, StringComparison.Ordinal) && char.IsAsciiLetter(key[^1]) && value.Entry is null)
                return (value, key[^1..]);
        return null;
    }

    /// <summary>The context a definition's body is read in: what is declared now, with the definitions in force where it was written.</summary>
    /// <remarks>
    /// A function the body applies that was only declared where the body was written, and is defined now, is read through its
    /// definition: "$g(z) = a f(bz + c)$ with $f(x) = \max(0, x)$" (the statement's own wording) defines g with f the ReLU. Never the
    /// definition being read itself (<paramref name="self"/>), so that two functions defined through each other stop.
    /// </remarks>
    public LatexContext ForDefinitionIn(LatexContext definedIn, string? self = null)
    {
        var lexical = definedIn.defined;
        var functionsThen = lexical.Functions;
        foreach (var (key, function) in defined.Functions)
            if (key != self && !functionsThen.ContainsKey(key) && !lexical.Values.ContainsKey(key)) functionsThen = functionsThen.SetItem(key, function);
        return new(facts, functions, shapes, lexical with { Functions = functionsThen, Randoms = defined.Randoms });
    }

    public FunctionDefinition? FunctionDefinitionOf(string key) => defined.Functions.TryGetValue(key, out var f) ? f : null;

    public IReadOnlySet<string> Randoms => defined.Randoms;

    public LatexContext WithVector(string key, int size, string? sizeLetter = null) =>
        WithMatrix(key, new MatrixShape(size, 1, MatrixForm.General, sizeLetter));

    public bool IsFunction(string key) => functions.Contains(key);

    /// <summary>Declared as a symbol, a matrix or a vector (so not the imaginary unit, Euler's number or the sigmoid).</summary>
    public bool IsDeclaredValue(string key) => facts.ContainsKey(key) || shapes.ContainsKey(key);

    public Facts? FactsOf(string key) => facts.TryGetValue(key, out var f) ? f : null;

    public MatrixShape? ShapeOf(string key) => shapes.TryGetValue(key, out var s) ? s : null;

    /// <summary>Whether any matrix or vector is declared: most documents declare none, and a walk looking for them can stop there.</summary>
    public bool DeclaresShapes => !shapes.IsEmpty;

    public IEnumerable<string> Functions => functions;

    /// <summary>The key under which facts of a matrix's diagonal entries are kept (from an assumption such as S_{ii} &gt; 0).</summary>
    public static string DiagonalKey(string matrixKey) => matrixKey + "_{ii}";
}
