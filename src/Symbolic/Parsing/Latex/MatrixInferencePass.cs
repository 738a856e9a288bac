namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>
/// One pass of <see cref="MatrixInference"/> over the sides of a chain: the shape of every formula
/// (null for a scalar; a matrix's rows and columns as classes of <see cref="DimensionClasses"/>), marking
/// the undeclared names that the shapes around them make matrices. Names marked during the pass were read
/// as scalars where they occurred before: <see cref="Grew"/> asks for another pass.
/// </summary>
internal sealed class MatrixInferencePass(LatexContext context, SortedSet<string> marked)
{
    /// <summary>
    /// How strongly the place of a name asks for a matrix: not at all, if it is upper case or I, also if it is a lower-case
    /// Latin letter (on the right of a matrix: A v, where a scalar would be written on the left), always.
    /// </summary>
    private enum Pull { None, UpperCase, RightOfMatrix, Any }

    private readonly record struct Shape(int Rows, int Columns);

    private readonly DimensionClasses dimensions = new();
    private readonly Dictionary<string, Shape> candidates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameNode> firstUse = new(StringComparer.Ordinal);
    private readonly HashSet<string> bound = new(StringComparer.Ordinal);

    public bool Grew { get; private set; }

    /// <summary>The sides of one chain: each inferred, and all of one shape.</summary>
    public void Sides(IReadOnlyList<MathNode> sides)
    {
        var shapes = sides.Select(s => Infer(s, Pull.None)).ToArray();
        if (shapes.FirstOrDefault(s => s is not null) is not { } matrix || IsOneByOne(matrix)) return;
        for (var k = 0; k < sides.Count; k++)
        {
            if (shapes[k] is { } s) Unify(s, matrix);
            else Promote(sides[k], Pull.UpperCase);
        }
    }

    /// <summary>The rows and columns of a marked name, each null when nothing determined it.</summary>
    public (int? Rows, int? Columns) SizeOf(string key) =>
        candidates.TryGetValue(key, out var s) ? (dimensions.SizeOf(s.Rows), dimensions.SizeOf(s.Columns)) : (null, null);

    public NameNode? FirstUse(string key) => firstUse.GetValueOrDefault(key);

    /// <summary>I, \mathbf{I}, I_n, I_2: the identity's names (a number subscript is its size).</summary>
    public static bool IsIdentityName(NameNode? n) =>
        n is { Base: "I" or "bold(I)", Marks: "" }
        && n.Subscript is null or { Items: [NumberNode { Value.IsInteger: true }] } or { Items: [NameNode { Subscript: null }] };

    /// <summary>An upper-case Latin or Greek letter, possibly bold: a matrix by convention when next to one.</summary>
    public static bool IsMatrixLikeName(NameNode? n)
    {
        if (n is null) return false;
        var letter = Letter(n);
        return (letter.Length == 1 && char.IsAsciiLetterUpper(letter[0])) || (CommandTable.IsGreek(letter) && char.IsUpper(letter[0]));
    }

    /// <summary>The letter of a name, without the bold of \mathbf{x}.</summary>
    private static string Letter(NameNode n) =>
        n.Base.StartsWith("bold(", StringComparison.Ordinal) && n.Base.EndsWith(')') ? n.Base[5..^1] : n.Base;

    /// <summary>A lower-case Latin letter, possibly bold (v, x_k, \mathbf{z}): a vector by convention on the right of a matrix.</summary>
    private static bool IsVectorLikeName(NameNode n)
    {
        var letter = Letter(n);
        return n.Marks == "" && letter.Length == 1 && char.IsAsciiLetterLower(letter[0]) && letter is not ("e" or "i");
    }

    private Shape? Infer(MathNode node, Pull pull)
    {
        switch (node)
        {
            case NameNode n: return Name(n, pull);
            case NegateNode g: return Infer(g.Operand, pull);
            case BinaryNode { Operator: BinaryOperator.Divide } b: return Quotient(b.Left, b.Right, pull);
            case BinaryNode { Operator: BinaryOperator.Multiply or BinaryOperator.ImplicitMultiply or BinaryOperator.Cross } b: return Product(b, pull);
            case BinaryNode b: return SameShape(b.Left, b.Right, pull);
            case FractionNode f: return Quotient(f.Numerator, f.Denominator, pull);
            case PowerNode p:
                Infer(p.Exponent, Pull.None);
                return Infer(p.Base, pull) is { } powered ? Square(powered) : null;
            case TransposeNode { Operand: MatrixNode { IsTuple: true } tuple }: return Infer(tuple, Pull.Any);
            case TransposeNode t: return Infer(t.Operand, Pull.Any) is { } transposed ? new Shape(transposed.Columns, transposed.Rows) : null;
            case CallNode { Function: "det" or "tr", Arguments: [var argument] }:
                if (Infer(argument, Pull.Any) is { } a) Square(a);
                return null;
            case MatrixNode m:
                foreach (var entry in m.Rows.SelectMany(r => r)) Infer(entry, Pull.None);
                return new Shape(dimensions.Known(m.Rows.Count), dimensions.Known(m.Rows.Count == 0 ? 0 : m.Rows[0].Count));
            case BigOperatorNode big: return BigOperator(big);
            case SetNode set:
                foreach (var element in set.Elements) Infer(element, Pull.None);
                return null;
            default:
                // Functions of scalars, derivatives, expectations: their operands are read for the names in them.
                foreach (var child in MathNodes.Children(node)) Infer(child, Pull.None);
                return null;
        }
    }

    private Shape? BigOperator(BigOperatorNode s)
    {
        if (s.Lower is { } lower) Infer(lower, Pull.None);
        if (s.Upper is { } upper) Infer(upper, Pull.None);
        var added = bound.Add(s.Index.Key);
        Infer(s.Body, Pull.None);
        if (added) bound.Remove(s.Index.Key);
        return null;
    }

    private Shape? Name(NameNode n, Pull pull)
    {
        var key = n.Key;
        if (bound.Contains(key)) return null;
        if (context.ShapeOf(key) is { } declared) return new Shape(dimensions.Known(declared.Rows), dimensions.Known(declared.Columns));
        if (context.DefinitionOf(key) is { } defined) return DefinedShape(defined);
        if (!IsUndeclared(n)) return null;
        if (!marked.Contains(key))
        {
            if (!IsPulled(n, pull)) return null;
            marked.Add(key);
            Grew = true;
        }
        return CandidateShape(n);
    }

    /// <summary>Neither declared nor a constant (e, i), a function, a sum's index or an entry of a declared matrix.</summary>
    private bool IsUndeclared(NameNode n)
    {
        if (context.IsFunction(n.Key) || context.IsDeclaredValue(n.Key) || n.Base == LatexMathParser.PartialMark) return false;
        if (n.Subscript is not null && context.ShapeOf(n.Base) is not null) return false;
        return !(n is { Subscript: null, Marks: "", Base: "e" or "i" });
    }

    private static bool IsPulled(NameNode n, Pull pull) => pull switch
    {
        Pull.Any => true,
        Pull.UpperCase => IsIdentityName(n) || IsMatrixLikeName(n),
        Pull.RightOfMatrix => IsIdentityName(n) || IsMatrixLikeName(n) || IsVectorLikeName(n),
        _ => false,
    };

    private Shape CandidateShape(NameNode n)
    {
        if (candidates.TryGetValue(n.Key, out var known)) return known;
        firstUse[n.Key] = n;
        Shape shape;
        if (IsIdentityName(n))
        {
            var size = n.Subscript is { Items: [NumberNode k] } && k.Value.Numerator is var v && v > 0 && v <= LatexLowering.MaxDeterminantSize * 4
                ? dimensions.Known((int)v) : dimensions.Unknown();
            shape = new Shape(size, size);
        }
        else shape = new Shape(dimensions.Unknown(), dimensions.Unknown());
        candidates[n.Key] = shape;
        return shape;
    }

    /// <summary>A defined name (A := pmatrix ..): its shape is that of its value, read as the lowering reads it.</summary>
    private Shape? DefinedShape(ValueDefinition defined)
    {
        try
        {
            var value = LatexLowering.ValueOf(defined, context);
            return value.Matrix is { } m ? new Shape(dimensions.Known(m.Rows), dimensions.Known(m.Columns)) : null;
        }
        catch (Exception e) when (e is ParseException or ArgumentException or InvalidOperationException or ArithmeticException)
        {
            // The step that uses it reports the error; here it has no shape to offer.
            return null;
        }
    }

    private Shape? SameShape(MathNode left, MathNode right, Pull pull)
    {
        var a = Infer(left, pull);
        var b = Infer(right, pull);
        if (a is { } x && b is { } y) return Unify(x, y);
        if (a is { } m && !IsOneByOne(m)) Promote(right, Pull.UpperCase);
        if (b is { } n && !IsOneByOne(n)) Promote(left, Pull.UpperCase);
        return a ?? b;
    }

    private Shape? Product(BinaryNode b, Pull pull)
    {
        // A factor of a matrix product is a matrix only if its name says so: \lambda I is a scalar times I.
        var inner = pull == Pull.None ? Pull.None : Pull.UpperCase;
        var a = Infer(b.Left, inner);
        var c = Infer(b.Right, inner);
        if (a is { } x && c is { } y)
        {
            dimensions.Unify(x.Columns, y.Rows);
            return new Shape(x.Rows, y.Columns);
        }
        if (a is { } m && !IsOneByOne(m)) Promote(b.Right, Pull.RightOfMatrix);
        if (c is { } n && !IsOneByOne(n)) Promote(b.Left, Pull.UpperCase);
        return a ?? c;
    }

    private Shape? Quotient(MathNode numerator, MathNode denominator, Pull pull)
    {
        Infer(denominator, Pull.None);
        return Infer(numerator, pull);
    }

    /// <summary>A 1 × 1 product (x^\top A x) is a scalar: what is next to it is not pulled to be a matrix.</summary>
    private bool IsOneByOne(Shape s) => dimensions.SizeOf(s.Rows) == 1 && dimensions.SizeOf(s.Columns) == 1;

    private Shape Square(Shape s)
    {
        dimensions.Unify(s.Rows, s.Columns);
        return s;
    }

    private Shape Unify(Shape a, Shape b)
    {
        dimensions.Unify(a.Rows, b.Rows);
        dimensions.Unify(a.Columns, b.Columns);
        return a;
    }

    /// <summary>
    /// Marks the names of a formula found next to a matrix (added to one, multiplied with one) that are
    /// matrices by their name; the next pass reads them as matrices.
    /// </summary>
    private void Promote(MathNode node, Pull pull)
    {
        switch (node)
        {
            case NameNode n when IsUndeclared(n) && !bound.Contains(n.Key) && IsPulled(n, pull):
                if (marked.Add(n.Key)) Grew = true;
                break;
            case NegateNode g: Promote(g.Operand, pull); break;
            case BinaryNode { Operator: BinaryOperator.Divide } b: Promote(b.Left, pull); break;
            case BinaryNode b: Promote(b.Left, pull); Promote(b.Right, pull); break;
            case FractionNode f: Promote(f.Numerator, pull); break;
            case PowerNode p: Promote(p.Base, pull); break;
        }
    }
}
