using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>
/// Turns a <see cref="MathNode"/> into engine objects, given what the document declared: a scalar
/// <see cref="Expr"/> or a <see cref="Matrix"/>. Declared matrices and vectors become matrices of entry
/// symbols (S_{ij}) of their declared size, so products do not commute and transposes, inverses and
/// determinants are computed, not assumed. Names: e is Euler's number and i the imaginary unit unless
/// declared or bound by a sum; everything else undeclared is a real symbol.
/// Errors (sizes that do not fit, a function used as a value) are located <see cref="ParseException"/>s.
/// </summary>
public sealed partial class LatexLowering
{
    private readonly LatexContext context;
    private readonly LatexSource source;
    /// <summary>Matrices larger than this are not inverted or expanded into determinants (the expressions would explode).</summary>
    public const int MaxDeterminantSize = 6;

    private readonly Dictionary<string, Symbol> bound = new(StringComparer.Ordinal);

    /// <summary>Declared matrices given as values (numbers drawn for a numeric check) in place of their entry symbols; null: none.</summary>
    private readonly IReadOnlyDictionary<string, Matrix>? instances;

    private LatexLowering(LatexContext context, LatexSource source, IReadOnlyDictionary<string, Matrix>? instances = null)
    {
        this.context = context;
        this.source = source;
        this.instances = instances;
    }

    /// <summary>
    /// Lowers a formula; <paramref name="instances"/> gives declared matrices by name as values to use instead of
    /// their entry symbols (a large matrix identity is checked on drawn numbers, where its symbolic form would explode).
    /// </summary>
    public static LatexValue Lower(MathNode node, LatexContext context, LatexSource source, IReadOnlyDictionary<string, Matrix>? instances = null)
    {
        var lowering = new LatexLowering(context, source, instances);
        // A finite set is a whole side of a relation ({a, b} = {b, a}), never an operand.
        return node is SetNode set ? LatexValue.OfSet(set.Elements.Select(lowering.Scalar).ToArray()) : lowering.Value(node);
    }

    /// <summary>
    /// A formula read with the name <paramref name="boundKey"/> standing for <paramref name="value"/>, as a sum's index does in its body:
    /// the function an arg max optimizes, read at a marker put for its variable.
    /// </summary>
    public static LatexValue LowerWithBound(MathNode node, string boundKey, Symbol value, LatexContext context, LatexSource source)
    {
        var lowering = new LatexLowering(context, source);
        lowering.bound[boundKey] = value;
        return lowering.Value(node);
    }

    /// <summary>The value of a defined name (A := ..), read with the declarations of where it was defined.</summary>
    public static LatexValue ValueOf(ValueDefinition defined, LatexContext context, IReadOnlyDictionary<string, Matrix>? instances = null)
    {
        var value = Lower(defined.Body, context.ForDefinitionIn(defined.DefinedIn), defined.Source, instances);
        return defined.Entry is not { } entry ? value
            : value.Matrix is { } m && entry < m.Rows * m.Columns ? LatexValue.Of(m.Entries.ElementAt(entry))
            : throw new ParseException(new ParseError($"a vector of at least {entry + 1} entries, as the column of names it defines", defined.Body.Span, defined.Source.LineText(defined.Body.Span.Line)));
    }

    /// <summary>
    /// Whether <paramref name="e"/> says a formula could not be read or computed as asked (a parse error, a value of the wrong kind, an
    /// operation the engine refuses): what a reading that is only tried, and may fail, catches.
    /// </summary>
    public static bool IsUnreadable(Exception e) =>
        e is ParseException or ArgumentException or InvalidOperationException or NotSupportedException or ArithmeticException;

    /// <summary>Whether <paramref name="key"/> is defined (w := \begin{pmatrix}..\end{pmatrix}, z := g(z_0)) as a vector or matrix: w_1 is then its entry.</summary>
    public static bool DefinesMatrix(LatexContext context, string key)
    {
        if (context.DefinitionOf(key) is not { } defined) return false;
        try { return ValueOf(defined, context).IsMatrix; }
        catch (Exception e) when (IsUnreadable(e))
        {
            return false;
        }
    }

    /// <summary>Lowers a formula that must be a scalar.</summary>
    public static Expr LowerScalar(MathNode node, LatexContext context, LatexSource source) =>
        new LatexLowering(context, source).Scalar(node);

    /// <summary>Parses and lowers a scalar formula in one go (tests, declarations).</summary>
    public static Expr ParseScalar(string latex, LatexContext context)
    {
        var src = new LatexSource(latex);
        return LowerScalar(LatexMathParser.Parse(src, context), context, src);
    }

    public static LatexValue ParseValue(string latex, LatexContext context)
    {
        var src = new LatexSource(latex);
        return Lower(LatexMathParser.Parse(src, context), context, src);
    }

    private ParseException Error(MathNode at, string message) =>
        source.Error(message, at.Start, Math.Max(at.End, at.Start + 1));

    private Expr Scalar(MathNode node)
    {
        var v = Value(node);
        return v.Scalar ?? throw Error(node, $"a scalar here, but this is a {v.Matrix!.Rows}×{v.Matrix.Columns} matrix");
    }

    private LatexValue Value(MathNode node) => node switch
    {
        NumberNode n => LatexValue.Of(Number.Of(n.Value)),
        ConstantNode { Which: ConstantName.Pi } => LatexValue.Of(Constant.Pi),
        ConstantNode c => throw Error(c, "∞ is not a value that can be checked"),
        NameNode n => Name(n),
        NegateNode n => Negate(Value(n.Operand)),
        BinaryNode b => Binary(b),
        PowerNode p => Power(p),
        // (g, d)^T, a tuple written as a row and transposed: the column the tuple already is (a column of a pmatrix transposed is a row).
        TransposeNode { Operand: MatrixNode { IsTuple: true } tuple } => Value(tuple),
        TransposeNode t => Value(t.Operand) is { Matrix: { } m } ? LatexValue.Of(MatrixOps.Transpose(m)) : Value(t.Operand),
        FractionNode f => Divide(f, Value(f.Numerator), Value(f.Denominator)),
        RootNode r => LatexValue.Of(r.Index is null ? Build.Sqrt(Scalar(r.Radicand)) : Build.Pow(Scalar(r.Radicand), Build.Div(Number.One, Scalar(r.Index)))),
        CallNode c => Call(c),
        ApplyNode a => ApplyValue(a),
        BigOperatorNode s => LatexValue.Of(BigOperator(s)),
        ExpectationNode e => LatexValue.Of(Expectation(e)),
        IntegralNode i => LatexValue.Of(Integral(i)),
        DerivativeNode d => DerivativeValue(d),
        MatrixNode m => LatexValue.Of(Matrix.FromRows(m.Rows.Select(r => (IReadOnlyList<Expr>)r.Select(Scalar).ToArray()).ToArray())),
        SubscriptNode s => throw Error(s, "a value, not a subscript"),
        SetNode s => throw Error(s, "a value: a finite set \\{a, b\\} is read only as a whole side of a relation"),
        ArgOptimumNode a => throw Error(a, "an arg max or arg min only as a name's definition, as in q^* = \\arg\\max_{q \\in Q} f(q) (the name then optimizes f)"),
        _ => throw Error(node, "a formula the checker can read"),
    };

    private static LatexValue Negate(LatexValue v) =>
        v.Matrix is { } m ? LatexValue.Of(MatrixOps.Scale(Number.MinusOne, m)) : LatexValue.Of(Build.Neg(v.Scalar!));

    private LatexValue Binary(BinaryNode b)
    {
        if (b.Operator is BinaryOperator.PlusMinus or BinaryOperator.MinusPlus)
            throw Error(b, "one value: ± stands for two (the checker splits a step with ± into its two branches)");
        var left = Value(b.Left);
        var right = Value(b.Right);
        return b.Operator switch
        {
            BinaryOperator.Add => Add(b, left, right, negateRight: false),
            BinaryOperator.Subtract => Add(b, left, right, negateRight: true),
            BinaryOperator.Divide => Divide(b, left, right),
            BinaryOperator.Hadamard => Hadamard(b, left, right),
            BinaryOperator.HadamardDivide => Hadamard(b, left, Reciprocal(b, right)),
            _ => Multiply(b, left, right),
        };
    }

    private LatexValue Add(MathNode at, LatexValue a, LatexValue b, bool negateRight)
    {
        if (negateRight) b = Negate(b);
        if (a.Scalar is { } x && b.Scalar is { } y) return LatexValue.Of(Build.Add(x, y));
        if (a.Matrix is { } m && b.Matrix is { } n)
        {
            if (m.Rows != n.Rows || m.Columns != n.Columns)
                throw Error(at, $"matrices of the same size to add, found {m.Rows}×{m.Columns} and {n.Rows}×{n.Columns}");
            return LatexValue.Of(MatrixOps.Add(m, n));
        }
        throw Error(at, "two scalars or two matrices of one size to add, found a scalar and a matrix");
    }

    private LatexValue Multiply(MathNode at, LatexValue a, LatexValue b)
    {
        if (a.Scalar is { } x && b.Scalar is { } y) return LatexValue.Of(Build.Mul(x, y));
        if (a.Scalar is { } s) return LatexValue.Of(MatrixOps.Scale(s, b.Matrix!));
        if (b.Scalar is { } t) return LatexValue.Of(MatrixOps.Scale(t, a.Matrix!));
        var m = a.Matrix!;
        var n = b.Matrix!;
        if (m.Columns == n.Rows) return LatexValue.Of(MatrixOps.Multiply(m, n));
        // u \cdot v between two column vectors of one length is their inner product.
        if (at is BinaryNode { Operator: BinaryOperator.Multiply } && m.Columns == 1 && n.Columns == 1 && m.Rows == n.Rows)
            return LatexValue.Of(MatrixOps.Multiply(MatrixOps.Transpose(m), n));
        throw Error(at, $"sizes that fit to multiply, found {m.Rows}×{m.Columns} times {n.Rows}×{n.Columns}");
    }

    private LatexValue Hadamard(MathNode at, LatexValue a, LatexValue b)
    {
        if (a.Scalar is not null || b.Scalar is not null) return Multiply(at, a, b);
        var m = a.Matrix!;
        var n = b.Matrix!;
        if (m.Rows != n.Rows || m.Columns != n.Columns)
            throw Error(at, $"operands of one size for ⊙, found {m.Rows}×{m.Columns} and {n.Rows}×{n.Columns}");
        return LatexValue.Of(MatrixOps.Hadamard(m, n));
    }

    /// <summary>The entrywise reciprocal, what ⊘ multiplies by entrywise: (z - \mu) \oslash \sigma.</summary>
    private static LatexValue Reciprocal(MathNode at, LatexValue v) =>
        v.Matrix is { } m ? LatexValue.Of(m.Map(e => Build.Pow(e, Number.MinusOne))) : LatexValue.Of(Build.Pow(v.Scalar!, Number.MinusOne));

    private LatexValue Divide(MathNode at, LatexValue a, LatexValue b)
    {
        if (b.Matrix is not null) throw Error(at, "a scalar denominator: dividing by a matrix is not defined (write the inverse)");
        return a.Matrix is { } m ? LatexValue.Of(MatrixOps.Scale(Build.Pow(b.Scalar!, Number.MinusOne), m)) : LatexValue.Of(Build.Div(a.Scalar!, b.Scalar!));
    }

    private LatexValue Power(PowerNode p)
    {
        var baseValue = Value(p.Base);
        var exponent = Scalar(p.Exponent);
        if (baseValue.Scalar is { } b) return LatexValue.Of(Build.Pow(b, exponent));
        var m = baseValue.Matrix!;
        // A vector has no matrix power: sigma^2 of a vector sigma is its entries squared, as the statement's diag(sigma^2) writes it.
        if (m.Columns == 1 || m.Rows == 1) return LatexValue.Of(m.Map(e => Build.Pow(e, exponent)));
        if (!m.IsSquare) throw Error(p, $"a square matrix under a power, found {m.Rows}×{m.Columns}");
        if (!exponent.IsNumber(out var k))
            throw Error(p.Exponent, "a number as the power of a matrix (an integer from -16 to 16): a power with a symbol in it (A^k) is not computed; "
                + "state it in prose, or mark the step '% argued:' with the reason it holds");
        if (!k.IsInteger || k.Numerator > 16 || k.Numerator < -16)
            throw Error(p.Exponent, "an integer power of a matrix (between -16 and 16)");
        var n = (int)k.Numerator;
        if (n >= 0) return LatexValue.Of(MatrixOps.Power(m, n));
        if (m.Rows > MaxDeterminantSize) throw Error(p, $"a matrix of size at most {MaxDeterminantSize} to invert");
        Matrix inverse;
        try { inverse = Inverse.Of(m); }
        catch (SingularMatrixException) { throw Error(p, "an invertible matrix: this one is singular"); }
        return LatexValue.Of(MatrixOps.Power(inverse, -n));
    }
}
