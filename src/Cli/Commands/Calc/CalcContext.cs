using Ift6135.Sym.Cli.Infrastructure;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Parsing;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Cli.Commands.Calc;

/// <summary>
/// One calc invocation's reading state: the symbol scope and the assumptions, read first so that the
/// facts they give a name (alpha &gt; 0) hold for every later use of that name.
/// </summary>
internal sealed class CalcContext
{
    public SymbolScope Scope { get; }
    public AssumptionSet Assumptions { get; }
    public string? AssumeText { get; }

    private CalcContext(SymbolScope scope, AssumptionSet assumptions, string? assumeText)
    {
        Scope = scope;
        Assumptions = assumptions;
        AssumeText = assumeText;
    }

    public static CalcContext Create(string? assume, string? functions = null)
    {
        var scope = EngineBridge.NewScope();
        if (!string.IsNullOrWhiteSpace(functions)) EngineBridge.DeclareFunctions(functions, scope);
        if (string.IsNullOrWhiteSpace(assume)) return new CalcContext(scope, AssumptionSet.None, null);
        var assumptions = Located("--assume", () => EngineBridge.ParseAssumptions(assume, scope));
        return new CalcContext(scope, assumptions, assume);
    }

    /// <summary>An expression, or a matrix when the text starts with '[' ([[a, b], [c, d]]; [a, b] is a column).</summary>
    public Operand Read(string raw)
    {
        var (text, source) = Source(raw);
        var open = text.IndexOf('[');
        if (open < 0 || !string.IsNullOrWhiteSpace(text[..open]))
            return Operand.Of(Located(source, () => EngineBridge.ParseExpr(text, Scope)));
        var next = text[(open + 1)..].TrimStart();
        if (next.StartsWith('[')) return Operand.Of(Located(source, () => EngineBridge.ParseMatrix(text, Scope)));
        return Operand.Of(ReadVector(text, open, source));
    }

    /// <summary>
    /// [a, b, c] is read as the one-row matrix [[a, b, c]] and turned into a column. A parse error is
    /// moved back onto the text as the user wrote it (one column left of the inserted bracket).
    /// </summary>
    private Matrix ReadVector(string text, int open, string source)
    {
        var wrapped = text[..(open + 1)] + "[" + text[(open + 1)..] + "]";
        try
        {
            var row = EngineBridge.ParseMatrix(wrapped, Scope);
            return Matrix.Of(row.Columns, 1, (r, _) => row[0, r]);
        }
        catch (ParseException e)
        {
            var lines = text.Split('\n');
            var line = Math.Clamp(e.Error.Span.Line, 1, lines.Length);
            var openLine = text[..open].Count(ch => ch == '\n') + 1;
            var column = e.Error.Span.Column - (line == openLine && e.Error.Span.Column > open + 1 ? 1 : 0);
            var sourceLine = lines[line - 1].TrimEnd('\r');
            column = Math.Clamp(column, 1, sourceLine.Length + 1);
            var moved = e.Error with { Span = e.Error.Span with { Line = line, Column = column }, SourceLine = sourceLine };
            throw new LocatedParseException(moved, source);
        }
    }

    public Expr ReadExpr(string raw, string operation)
    {
        var operand = Read(raw);
        return operand.Scalar ?? throw new CliInputException($"{operation} needs an expression, not a matrix");
    }

    public Matrix ReadMatrix(string raw, string operation, bool square)
    {
        var operand = Read(raw);
        var m = operand.Matrix ?? throw new CliInputException($"{operation} needs a matrix such as [[a, b], [c, d]], not an expression");
        if (square && !m.IsSquare) throw new CliInputException($"{operation} needs a square matrix, got {m.Rows}x{m.Columns}");
        return m;
    }

    /// <summary>A relation (a = b, a &lt;= b ...) or, with no relation sign, the equation text = 0.</summary>
    public Relation ReadRelation(string raw)
    {
        var (text, source) = Source(raw);
        if (text.IndexOfAny(['=', '<', '>']) >= 0) return Located(source, () => EngineBridge.ParseRelation(text, Scope));
        return Relation.Eq(Located(source, () => EngineBridge.ParseExpr(text, Scope)), Number.Zero);
    }

    /// <summary>A variable name, looked up in the same scope as the expressions so that it is the same symbol.</summary>
    public Symbol ReadSymbol(string name)
    {
        var trimmed = name.Trim();
        var e = Located("<variable>", () => EngineBridge.ParseExpr(trimmed, Scope));
        return e as Symbol ?? throw new CliInputException($"'{trimmed}' is not a variable name");
    }

    /// <summary>Variable names given as repeated options and/or comma-separated lists ("x, y").</summary>
    public IReadOnlyList<Symbol> ReadSymbols(IEnumerable<string> names) =>
        names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
             .Select(ReadSymbol)
             .ToList();

    /// <summary>"@path" reads the file (errors then name the file); anything else is the text itself.</summary>
    private static (string Text, string Source) Source(string raw)
    {
        if (!raw.StartsWith('@')) return (raw, "<expr>");
        var path = raw[1..];
        if (!File.Exists(path)) throw new CliInputException($"cannot read '{path}': no such file");
        return (File.ReadAllText(path), path);
    }

    private static T Located<T>(string source, Func<T> read)
    {
        try { return read(); }
        catch (ParseException e) { throw new LocatedParseException(e.Error, source); }
    }
}

/// <summary>What a calc operation reads: an expression or a matrix.</summary>
internal sealed record Operand(Expr? Scalar, Matrix? Matrix)
{
    public static Operand Of(Expr e) => new(e, null);
    public static Operand Of(Matrix m) => new(null, m);

    /// <summary>Applies <paramref name="map"/> to the expression, or to every entry of the matrix.</summary>
    public Rendered MapRender(Func<Expr, Expr> map) =>
        Scalar is not null ? Rendered.Of(map(Scalar)) : Rendered.Of(Matrix!.Map(map));

    public Rendered Render() => Scalar is not null ? Rendered.Of(Scalar) : Rendered.Of(Matrix!);
}
