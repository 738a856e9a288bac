using Ift6135.Sym.Symbolic.Numbers;

namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public sealed partial class LatexMathParser
{
    /// <summary>A primary: number, name or call, constant, function, fraction, root, big operator, bracket, |x|, \|x\|, matrix.</summary>
    private MathNode ParsePrimary(bool single = false)
    {
        using var level = Nest();
        return Primary(Peek, single);
    }

    private MathNode Primary(LatexToken t, bool single)
    {
        switch (t.Kind)
        {
            case LatexTokenKind.Number:
                Advance();
                if (t.Text.Length > limits.MaxNumberDigits)
                    throw source.Error($"a number of {t.Text.Length} digits is longer than the limit of {limits.MaxNumberDigits} {Safety.LimitOptions.Describe(nameof(Safety.SafetyLimits.MaxNumberDigits))}", t.Start, t.End);
                if (!BigRational.TryParse(t.Text, out var value)) throw source.Error($"a number, found '{t.Text}'", t.Start, t.End);
                return new NumberNode(value, t.Span, t.Start, t.End);
            case LatexTokenKind.Letter:
                return ParseNameOrCall(single);
            case LatexTokenKind.Char:
                return ParseBracketed(t);
            case LatexTokenKind.Command:
                return ParseCommand(t, single);
            default:
                throw ErrorAt(t, "an expression");
        }
    }

    private MathNode ParseBracketed(LatexToken t)
    {
        var start = t.Start;
        switch (t.Text)
        {
            case "(": return ParenthesizedOrTuple(t);
            case "[": return Delimited(']', Scope.Paren);
            case "{": return Delimited('}', Scope.Group);
            case "|":
                Advance();
                var inner = InScope(Scope.Abs, ParseExpression);
                ExpectChar('|', "'|' closing the absolute value");
                return new CallNode("abs", [inner], null, null, SpanFrom(start), start, LastEnd);
            default:
                throw ErrorAt(t, "an expression");
        }

        MathNode Delimited(char close, Scope scope)
        {
            Advance();
            var inner = InScope(scope, ParseExpression);
            ExpectChar(close, $"'{close}' closing the '{t.Text}' {OpenedAt(t)}");
            return inner;
        }
    }

    /// <summary>
    /// (x + 1) is a grouping; (d, g) with two or more comma-separated entries is a tuple, read as the column
    /// vector of its entries so that two tuples are compared entry by entry, as vectors are; so is (d, g)^T, the way a column is
    /// written inline. A call f(x, y) never gets here: the name before it reads its arguments.
    /// </summary>
    private MathNode ParenthesizedOrTuple(LatexToken open)
    {
        var start = open.Start;
        Advance();
        var entries = ParseCommaList(Scope.Paren);
        ExpectChar(')', entries.Count == 1 ? $"')' closing the '(' {OpenedAt(open)}" : "',' or ')' closing the tuple");
        return entries.Count == 1
            ? entries[0]
            : new MatrixNode(entries.Select(e => (IReadOnlyList<MathNode>)[e]).ToArray(), SpanFrom(start), start, LastEnd) { IsTuple = true };
    }

    /// <summary>One or more expressions separated by top-level commas (a tuple's entries, a set's elements, a subscript's indices).</summary>
    private List<MathNode> ParseCommaList(Scope scope)
    {
        var list = new List<MathNode>();
        InScope(scope, () =>
        {
            list.Add(ParseExpression());
            while (Peek.IsChar(',')) { Advance(); list.Add(ParseExpression()); }
            return 0;
        });
        return list;
    }

    private MathNode ParseCommand(LatexToken t, bool single)
    {
        var start = t.Start;
        var info = CommandTable.Find(t.Text);
        switch (t.Text)
        {
            case "|":
                Advance();
                var inner = InScope(Scope.Norm, ParseExpression);
                if (!Peek.IsCommand("|")) throw ErrorAt(Peek, "'\\|' closing the norm");
                Advance();
                var p = Peek.IsChar('_') ? ParseSubscriptRaw() : null;
                return new CallNode("norm", [inner], null, p, SpanFrom(start), start, LastEnd);
            case "{": return ParseBraceSet(start);
            case "begin": return ParseEnvironment();
            case "operatorname": return ParseOperatorName();
            case "mathbb": return ParseBlackboard();
            case "mathrm": return ParseRoman(single);
            case "partial" when PeekAfter(1).IsChar('_'):
            case "nabla" when PeekAfter(1).IsChar('_'):
                return ParseSubscriptedPartial(start);
            case "nabla":
                return ParseGradient(start);
            case "partial":
                Advance();
                return new NameNode(PartialMark, null, "", t.Span, t.Start, t.End);
            case "KL":
                Advance();
                return ParseFunction("KL", start);
            case "argmax" or "argmin":
                Advance();
                return ParseArgOptimum(t.Text == "argmax", start);
            case "arg":
                Advance();
                if (!Peek.IsCommand("max") && !Peek.IsCommand("min")) throw ErrorAt(Peek, "\\max or \\min after \\arg");
                return ParseArgOptimum(Advance().Text == "max", start);
        }
        switch (info?.Category)
        {
            case CommandCategory.Greek or CommandCategory.Decoration: return ParseNameOrCall(single);
            case CommandCategory.Constant:
                Advance();
                return new ConstantNode(info.Payload == "pi" ? ConstantName.Pi : ConstantName.Infinity, t.Span, t.Start, t.End);
            case CommandCategory.Function:
                Advance();
                return ParseFunction(info.Payload, start);
            case CommandCategory.Fraction: return ParseFraction();
            case CommandCategory.Sqrt: return ParseRoot();
            case CommandCategory.BigOperator: return ParseBigOperator(info.Payload == "sum" ? BigOperatorKind.Sum : BigOperatorKind.Product);
            case CommandCategory.Unsupported when t.Text == "int": return ParseIntegral();
            case CommandCategory.Unsupported:
                throw source.Error($"'\\{t.Text}' cannot be checked: write the expression out explicitly", t.Start, t.End);
        }
        throw ErrorAt(t, "an expression");
    }

    /// <summary>\{a, b\}: a finite set; \{x\} with one element stays a grouping (as it always was).</summary>
    private MathNode ParseBraceSet(int start)
    {
        Advance();
        var elements = ParseCommaList(Scope.Paren);
        if (!Peek.IsCommand("}")) throw ErrorAt(Peek, elements.Count == 1 ? "'\\}' closing the '\\{'" : "',' or '\\}' closing the set");
        Advance();
        return elements.Count == 1 ? elements[0] : new SetNode(elements, SpanFrom(start), start, LastEnd);
    }

    /// <summary>The base name used for the \partial of a derivative; never a symbol of its own.</summary>
    internal const string PartialMark = "∂";

    /// <summary>\mathrm{..}: a single letter is that letter (upright d or e), an operator word is the operator, another word a name.</summary>
    private MathNode ParseRoman(bool single)
    {
        var t = Peek;
        var word = PeekBracedWord(1);
        if (ArgOptimumWord(word) is { } maximum)
        {
            Advance(); SkipBracedWord();
            return ParseArgOptimum(maximum, t.Start);
        }
        if (word is not null && word.Length > 1 && CommandTable.OperatorName(word) is { } op)
        {
            Advance(); SkipBracedWord();
            return ParseFunction(op, t.Start);
        }
        return ParseNameOrCall(single);
    }

    private MathNode ParseOperatorName()
    {
        var t = Advance();
        // \operatorname*{argmax}: the starred form sets limits below, the same operator.
        if (Peek.IsChar('*')) Advance();
        if (ArgOptimumWord(PeekBracedWord(0)) is { } maximum)
        {
            SkipBracedWord();
            return ParseArgOptimum(maximum, t.Start);
        }
        if (PeekBracedWord(0) is null && Peek.IsChar('{') && PeekAfter(1).Kind == LatexTokenKind.Command)
        {
            // \operatorname{\tilde{q}}: the printer's way of naming a decorated function; it is the name \tilde{q}.
            Advance();
            var decorated = ParseName(single: false);
            ExpectChar('}', "'}' closing the operator name");
            if (!Peek.IsChar('(')) return NameOrCall(t.Start, decorated);
            // Like \operatorname{foo}(x): an operator name before parentheses is applied to them, declared or not.
            var decoratedArgs = ParseCallArguments(out var decoratedBar, "'('");
            return new ApplyNode(decorated, decoratedArgs, 0, decoratedBar, SpanFrom(t.Start), t.Start, LastEnd);
        }
        var word = PeekBracedWord(0) ?? throw ErrorAt(Peek, "a braced operator name, as in \\operatorname{tr}");
        SkipBracedWord();
        if (CommandTable.OperatorName(word) is { } op) return ParseFunction(op, t.Start);
        // An operator the table does not know is an undefined function of its argument.
        var name = new NameNode(word, null, "", SpanFrom(t.Start), t.Start, LastEnd);
        var args = ParseCallArguments(out var bar, "'(' after \\operatorname{" + word + "}");
        return new ApplyNode(name, args, 0, bar, SpanFrom(t.Start), t.Start, LastEnd);
    }

    /// <summary>\mathbb{E}_{q}[..] is an expectation; other blackboard letters are sets, which are not values.</summary>
    private MathNode ParseBlackboard()
    {
        var t = Advance();
        var word = PeekBracedWord(0) ?? throw ErrorAt(Peek, "a braced letter, as in \\mathbb{E}");
        SkipBracedWord();
        if (word != "E") throw source.Error($"\\mathbb{{{word}}} is a set, not a value", t.Start, LastEnd);
        if (!Peek.IsChar('_')) return ExpectationBody(t.Start, "");
        var (subscript, variables, distribution) = ParseExpectationSubscript();
        return ExpectationBody(t.Start, subscript) with { Variables = variables, Distribution = distribution };
    }

    /// <summary>
    /// The subscript of an expectation: z \sim q(z \mid x) (the variables, then the distribution, whose text is the key), or the
    /// distribution alone (q, q(z \mid x)); the distribution is kept as a node when it is a density applied to its variables.
    /// </summary>
    private (string Key, IReadOnlyList<MathNode>? Variables, ApplyNode? Distribution) ParseExpectationSubscript()
    {
        if (PeekAfter(1).IsChar('{'))
        {
            var save = pos;
            var textCount = texts.Count;
            try
            {
                Advance(); Advance();
                var variables = ParseCommaList(Scope.Group);
                if (Peek.IsCommand("sim"))
                {
                    Advance();
                    var from = Peek.Start;
                    var distribution = InScope(Scope.Group, ParseExpression);
                    var key = Compact(source.Text[from..LastEnd]);
                    ExpectChar('}', "'}'");
                    return (key, variables, distribution as ApplyNode);
                }
            }
            catch (ParseException) { }
            Backtrack(save, textCount);
        }
        var subscript = ParseSubscript();
        return (subscript.Raw, null, subscript.Items is [ApplyNode a] ? a : null);
    }

    /// <summary>The bracketed argument of an expectation ([..], (..) or \{..\}) after its subscript.</summary>
    private ExpectationNode ExpectationBody(int start, string subscript)
    {
        var open = Peek;
        char close = open.IsChar('[') ? ']' : open.IsChar('(') ? ')' : open.IsCommand("{") ? '}' : '\0';
        if (close == '\0') throw ErrorAt(open, "'[' opening the argument of the expectation");
        Advance();
        var body = InScope(Scope.Paren, ParseExpression);
        if (close == '}' ? !Peek.IsCommand("}") : !Peek.IsChar(close)) throw ErrorAt(Peek, $"'{close}' closing the expectation");
        Advance();
        return new ExpectationNode(subscript, body, SpanFrom(start), start, LastEnd);
    }

    /// <summary>The letters of a braced word {KL} starting at meaningful token <paramref name="offset"/>, or null.</summary>
    private string? PeekBracedWord(int offset)
    {
        if (!PeekAfter(offset).IsChar('{')) return null;
        var word = "";
        for (var k = offset + 1; ; k++)
        {
            var t = PeekAfter(k);
            if (t.IsChar('}')) return word.Length == 0 ? null : word;
            if (t.Kind != LatexTokenKind.Letter) return null;
            word += t.Text;
        }
    }

    private void SkipBracedWord()
    {
        ExpectChar('{', "'{'");
        while (!Peek.IsChar('}'))
        {
            if (Peek.Kind == LatexTokenKind.End) throw ErrorAt(Peek, "'}'");
            Advance();
        }
        Advance();
    }

    /// <summary>\begin{pmatrix} a &amp; b \\ c &amp; d \end{pmatrix} (also bmatrix, matrix, Bmatrix; vmatrix is a determinant).</summary>
    private MathNode ParseEnvironment()
    {
        var begin = Advance();
        var name = PeekBracedWord(0) ?? throw ErrorAt(Peek, "an environment name in braces");
        SkipBracedWord();
        if (name is not ("pmatrix" or "bmatrix" or "matrix" or "Bmatrix" or "vmatrix" or "smallmatrix"))
            throw source.Error($"the environment '{name}' is not a matrix; only pmatrix, bmatrix, matrix and vmatrix are read in formulas", begin.Start, LastEnd);
        var rows = new List<IReadOnlyList<MathNode>>();
        var row = new List<MathNode>();
        scopes.Push(Scope.Matrix);
        try
        {
            while (true)
            {
                if (Peek.IsCommand("end")) break;
                row.Add(ParseExpression());
                if (Peek.IsChar('&')) { Advance(); continue; }
                if (Peek.IsCommand("\\")) { Advance(); rows.Add(row); row = []; continue; }
                if (!Peek.IsCommand("end")) throw ErrorAt(Peek, "'&', '\\\\' or \\end{" + name + "}");
            }
        }
        finally { scopes.Pop(); }
        if (row.Count > 0) rows.Add(row);
        Advance();
        var endName = PeekBracedWord(0);
        SkipBracedWord();
        if (endName != name) throw source.Error($"\\end{{{name}}} to close \\begin{{{name}}}", begin.Start, LastEnd);
        if (rows.Count == 0) throw source.Error("a matrix with at least one entry", begin.Start, LastEnd);
        var width = rows[0].Count;
        if (rows.Any(r => r.Count != width))
            throw source.Error($"every row of the matrix to have {width} entries", begin.Start, LastEnd);
        var matrix = new MatrixNode(rows, SpanFrom(begin.Start), begin.Start, LastEnd);
        return name == "vmatrix" ? new CallNode("det", [matrix], null, null, matrix.Span, matrix.Start, matrix.End) : matrix;
    }
}
