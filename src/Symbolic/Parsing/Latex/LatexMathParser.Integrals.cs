namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public sealed partial class LatexMathParser
{
    /// <summary>
    /// \int_{a}^{b} f(z) \, dz (bounds optional, dz_1 a differential too): the integrand is what stands before the differential d z (or \mathrm{d} z),
    /// the first d followed by a name outside brackets; without one the integral is an error naming what to write.
    /// </summary>
    private IntegralNode ParseIntegral()
    {
        var start = Advance().Start;
        MathNode? lower = null, upper = null;
        for (var round = 0; round < 2; round++)
        {
            if (Peek.IsChar('_') && lower is null) { Advance(); lower = ParseScript(); }
            else if (Peek.IsChar('^') && upper is null) { Advance(); upper = ParseScript(); }
        }
        SkipTrivia();
        var differential = DifferentialFrom(pos);
        if (differential < 0) throw source.Error(@"a differential closing the integral, as in \int f(z) \, dz", start, LastEnd);
        // \int_0^1 dz: the integrand is 1.
        MathNode body = differential == pos
            ? new NumberNode(1, tokens[pos].Span, tokens[pos].Start, tokens[pos].Start)
            : ParseBefore(differential, () => InScope(Scope.Paren, ParseExpression));
        if (Peek.IsCommand("mathrm")) { Advance(); Advance(); Advance(); Advance(); }
        else Advance();
        // dz_1: the differential's variable is a whole name, its subscript included.
        var variable = ParseName(single: false);
        return new IntegralNode(lower, upper, body, variable, SpanFrom(start), start, LastEnd);
    }

    /// <summary>
    /// The position of the differential's d after <paramref name="from"/>: a letter d or \mathrm{d} followed by a name, outside
    /// brackets, before anything that ends the integrand's side (a relation, a line break); -1 when there is none.
    /// </summary>
    private int DifferentialFrom(int from)
    {
        var depth = 0;
        var inner = 0;
        for (var p = from; p < tokens.Count; p++)
        {
            var t = tokens[p];
            if (t.Kind == LatexTokenKind.End) return -1;
            depth += Nesting(t);
            if (depth < 0) return -1;
            if (depth > 0) continue;
            // \int \int f \, dx \, dy: the first differential closes the inner integral.
            if (t.IsCommand("int")) { inner++; continue; }
            if (t.IsChar('=') || t.IsChar('<') || t.IsChar('>') || t.IsCommand("\\") || t.IsChar('&')) return -1;
            var next = p + 1;
            if (t.IsCommand("mathrm") && next + 2 < tokens.Count && tokens[next].IsChar('{') && tokens[next + 1].Text == "d" && tokens[next + 2].IsChar('}'))
                next += 3;
            else if (!(t.Kind == LatexTokenKind.Letter && t.Text == "d")) continue;
            while (next < tokens.Count && tokens[next].Kind == LatexTokenKind.Space) next++;
            if (next >= tokens.Count || !IsNameStart(tokens[next])) continue;
            if (inner == 0) return p;
            inner--;
        }
        return -1;
    }

    private static bool IsNameStart(LatexToken t) =>
        t.Kind == LatexTokenKind.Letter || (t.Kind == LatexTokenKind.Command && CommandTable.Find(t.Text)?.Category == CommandCategory.Greek);

    /// <summary>Runs <paramref name="parse"/> with the tokens from <paramref name="stop"/> on hidden: it sees the end of the formula there.</summary>
    private T ParseBefore<T>(int stop, Func<T> parse)
    {
        var hidden = tokens[stop];
        tokens[stop] = hidden with { Kind = LatexTokenKind.End, Text = "" };
        try
        {
            var result = parse();
            if (Peek.Kind != LatexTokenKind.End || pos != stop) throw ErrorAt(Peek, "the differential closing the integral");
            return result;
        }
        finally { tokens[stop] = hidden; }
    }
}
