using System.Collections.Immutable;
using Ift6135.Sym.Symbolic.Assumptions;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public enum MatrixForm { General, LowerTriangular, UpperTriangular, Diagonal, Symmetric, Identity }

/// <summary>
/// The declared size of a matrix or vector (a vector is n × 1). A size written as a letter (K×K)
/// is instantiated at <see cref="LatexContext.SymbolicSize"/>; <see cref="SizeNote"/> says so.
/// </summary>
public sealed record MatrixShape(int Rows, int Columns, MatrixForm Structure, string? SizeNote = null);

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
        ImmutableSortedDictionary<string, MatrixShape>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, Facts> facts;
    private readonly ImmutableSortedSet<string> functions;
    private readonly ImmutableSortedDictionary<string, MatrixShape> shapes;

    private LatexContext(ImmutableSortedDictionary<string, Facts> facts, ImmutableSortedSet<string> functions,
        ImmutableSortedDictionary<string, MatrixShape> shapes)
    {
        this.facts = facts;
        this.functions = functions;
        this.shapes = shapes;
    }

    /// <summary>Declares <paramref name="key"/> a symbol, adding <paramref name="added"/> to what is known of it (Real at least).</summary>
    public LatexContext WithSymbol(string key, Facts added = Facts.Real)
    {
        var old = facts.TryGetValue(key, out var f) ? f : Facts.Real;
        return new(facts.SetItem(key, (old | added | Facts.Real).Normalize()), functions.Remove(key), shapes);
    }

    public LatexContext WithFunction(string key) => new(facts.Remove(key), functions.Add(key), shapes.Remove(key));

    public LatexContext WithMatrix(string key, MatrixShape shape) => new(facts, functions.Remove(key), shapes.SetItem(key, shape));

    public LatexContext WithVector(string key, int size, string? sizeNote = null) =>
        WithMatrix(key, new MatrixShape(size, 1, MatrixForm.General, sizeNote));

    public bool IsFunction(string key) => functions.Contains(key);

    /// <summary>Declared as a symbol, a matrix or a vector (so not the imaginary unit, Euler's number or the sigmoid).</summary>
    public bool IsDeclaredValue(string key) => facts.ContainsKey(key) || shapes.ContainsKey(key);

    public Facts? FactsOf(string key) => facts.TryGetValue(key, out var f) ? f : null;

    public MatrixShape? ShapeOf(string key) => shapes.TryGetValue(key, out var s) ? s : null;

    public IEnumerable<string> Functions => functions;

    /// <summary>The key under which facts of a matrix's diagonal entries are kept (from an assumption such as S_{ii} &gt; 0).</summary>
    public static string DiagonalKey(string matrixKey) => matrixKey + "_{ii}";
}
