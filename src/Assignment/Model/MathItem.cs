using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Assignment.Model;

/// <summary>A piece of mathematics as the engine holds it; never a string of LaTeX.</summary>
public abstract record MathItem
{
    public static MathItem From(object o) => o switch
    {
        MathItem m => m,
        Expr e => new ExprItem(e),
        Matrix m => new MatrixItem(m),
        Relation r => new RelationItem(r),
        int n => new ExprItem(Number.Of(n)),
        _ => throw new ArgumentException($"Not a mathematical object: {o.GetType().Name}"),
    };
}

public sealed record ExprItem(Expr Expr) : MathItem
{
    /// <summary>Shown as a polynomial in this variable (descending powers, coefficients in front) when set: the unknown of a characteristic polynomial.</summary>
    public Symbol? InPowersOf { get; init; }

    public override string ToString() => Expr.ToString();
}

public sealed record MatrixItem(Matrix Matrix) : MathItem
{
    public override string ToString() => Matrix.ToString();
}

public sealed record RelationItem(Relation Relation) : MathItem
{
    public override string ToString() => Relation.ToString();
}

/// <summary>A name given a value by definition (A = [[...]]): a definition, not a claim to verify.</summary>
public sealed record DefinitionItem(Expr Name, MathItem Value) : MathItem
{
    public override string ToString() => $"{Name} := {Value}";
}

/// <summary>A finite set of expressions {a, b, c}, e.g. eigenvalues or the roots of an equation.</summary>
public sealed record SetItem(IReadOnlyList<MathItem> Elements) : MathItem
{
    public override string ToString() => "{" + string.Join(", ", Elements) + "}";
}

/// <summary>Several items side by side, separated by commas (x = 0, y = 0).</summary>
public sealed record ListItem(IReadOnlyList<MathItem> Items) : MathItem
{
    public override string ToString() => string.Join(", ", Items);
}

/// <summary>
/// left = right between items that are not both expressions (a vector equal to a matrix times a
/// vector). Shown, not claimed: the equality is established by a verified chain or is a definition.
/// </summary>
public sealed record EqualityItem(MathItem Left, MathItem Right) : MathItem
{
    public override string ToString() => $"{Left} = {Right}";
}

/// <summary>An unevaluated product of items written side by side (A x_k), for display.</summary>
public sealed record ProductItem(IReadOnlyList<MathItem> Factors) : MathItem
{
    public override string ToString() => string.Join(" ", Factors);
}

/// <summary>The determinant of a matrix written out, det(...), for display; its value is the determinant.</summary>
public sealed record DeterminantItem(Matrix Matrix) : MathItem
{
    public override string ToString() => $"det({Matrix})";
}

/// <summary>A matrix written with a transpose sign, for display (A^T A); its value is the transposed matrix.</summary>
public sealed record TransposeItem(Matrix Matrix) : MathItem
{
    public override string ToString() => $"({Matrix})^T";
}

/// <summary>An open interval a variable lies in, written as inequalities: lower &lt; x &lt; upper, or x &gt; lower when Upper is null.</summary>
public sealed record IntervalItem(Expr Variable, Expr Lower, Expr? Upper) : MathItem
{
    public override string ToString() => Upper is null ? $"{Variable} > {Lower}" : $"{Lower} < {Variable} < {Upper}";
}
