namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public sealed partial class LatexMathParser
{
    /// <summary>expression := [+|-|\pm|\mp] term ((+|-|\pm|\mp) term)*; a leading \pm is 0 \pm term (\mu = \pm 2, the roots of \mu^2 - 4).</summary>
    private MathNode ParseExpression()
    {
        var start = Peek.Start;
        MathNode left;
        if (Peek.IsChar('-')) { Advance(); var t = ParseTerm(); left = new NegateNode(t, SpanFrom(start), start, LastEnd); }
        else if (Peek.IsCommand("pm") || Peek.IsCommand("mp"))
        {
            var sign = Peek.IsCommand("pm") ? BinaryOperator.PlusMinus : BinaryOperator.MinusPlus;
            Advance();
            var zero = new NumberNode(Numbers.BigRational.Zero, SpanFrom(start), start, start);
            left = new BinaryNode(sign, zero, ParseTerm(), SpanFrom(start), start, LastEnd);
        }
        else
        {
            if (Peek.IsChar('+')) Advance();
            left = ParseTerm();
        }
        while (true)
        {
            var t = Peek;
            BinaryOperator op;
            if (t.IsChar('+')) op = BinaryOperator.Add;
            else if (t.IsChar('-')) op = BinaryOperator.Subtract;
            else if (t.IsCommand("pm")) op = BinaryOperator.PlusMinus;
            else if (t.IsCommand("mp")) op = BinaryOperator.MinusPlus;
            else return left;
            Advance();
            var right = ParseTerm();
            left = new BinaryNode(op, left, right, SpanFrom(start), start, LastEnd);
        }
    }

    /// <summary>
    /// term := unary ((\cdot|*|\times|\odot|/|implicit) unary)*, left to right; with <paramref name="stopAtBigOperator"/>
    /// (the body of a \sum or \prod) it ends before a further \sum or \prod factor, which the body's reader decides on.
    /// </summary>
    private MathNode ParseTerm(bool stopAtBigOperator = false)
    {
        var start = Peek.Start;
        var left = ParseUnary();
        while (true)
        {
            if (stopAtBigOperator && BigOperatorFactorFollows() is not null) return left;
            var op = ExplicitProductOperator(Peek);
            MathNode right;
            if (op == BinaryOperator.Divide && PeekAfter(1).IsCommand("partial") && PartialNumerator(left) is var (before, numerator))
            {
                var derivative = SlashDerivative(numerator, numerator.Start);
                left = before is null ? derivative : new BinaryNode(BinaryOperator.ImplicitMultiply, before, derivative, SpanFrom(start), start, LastEnd);
                continue;
            }
            if (op is not null)
            {
                Advance();
                right = ParseUnary();
            }
            else if (StartsFactor(Peek))
            {
                op = BinaryOperator.ImplicitMultiply;
                right = ParsePostfix();
            }
            else return left;
            left = new BinaryNode(op.Value, left, right, SpanFrom(start), start, LastEnd);
        }
    }

    /// <summary>
    /// The argument of a function written without parentheses (\log 2x, \det A): a run of implicitly
    /// multiplied factors, stopping at an explicit operator and, when <paramref name="stopAtFunction"/>,
    /// at the next function name (so \log a \log b is log(a) log(b)) or sum, except a sum after a coefficient:
    /// \log \frac{1}{K} \sum_{k=1}^{K} w_k is the log of the average, as the importance-weighted bound writes it.
    /// </summary>
    private MathNode ParseFactorRun(bool stopAtFunction)
    {
        var start = Peek.Start;
        var left = ParseUnary();
        while (StartsFactor(Peek) && !(stopAtFunction && StartsFunction(Peek) && !(StartsBigOperator(Peek) && IsCoefficient(left))))
        {
            var right = ParsePostfix();
            left = new BinaryNode(BinaryOperator.ImplicitMultiply, left, right, SpanFrom(start), start, LastEnd);
        }
        return left;
    }

    /// <summary>A number or a fraction with a number above the bar (2, \frac{1}{K}): what scales a sum that follows it.</summary>
    private static bool IsCoefficient(MathNode node) => node is NumberNode or FractionNode { Numerator: NumberNode };

    /// <summary>The product operator before a \sum or \prod that comes next as a factor (implicit or after \cdot, /...), else null.</summary>
    private BinaryOperator? BigOperatorFactorFollows()
    {
        if (StartsBigOperator(Peek)) return BinaryOperator.ImplicitMultiply;
        return ExplicitProductOperator(Peek) is { } op && StartsBigOperator(PeekAfter(1)) ? op : null;
    }

    private static bool StartsBigOperator(LatexToken t) =>
        t.Kind == LatexTokenKind.Command && CommandTable.Find(t.Text)?.Category == CommandCategory.BigOperator;

    private static BinaryOperator? ExplicitProductOperator(LatexToken t)
    {
        if (t.IsChar('*')) return BinaryOperator.Multiply;
        if (t.IsChar('/')) return BinaryOperator.Divide;
        if (t.Kind != LatexTokenKind.Command || CommandTable.Find(t.Text) is not { Category: CommandCategory.Operator } info) return null;
        return info.Payload switch
        {
            "*" => BinaryOperator.Multiply,
            "x" => BinaryOperator.Cross,
            "o" => BinaryOperator.Hadamard,
            "%" => BinaryOperator.HadamardDivide,
            "/" => BinaryOperator.Divide,
            _ => null,
        };
    }

    private MathNode ParseUnary()
    {
        while (Peek.IsChar('+')) Advance();
        var start = Peek.Start;
        if (Peek.IsChar('-'))
        {
            Advance();
            using var level = Nest();
            var operand = ParseUnary();
            return new NegateNode(operand, SpanFrom(start), start, LastEnd);
        }
        return ParsePostfix();
    }

    /// <summary>Whether <paramref name="t"/> can begin a factor of an implicit product.</summary>
    private bool StartsFactor(LatexToken t)
    {
        switch (t.Kind)
        {
            case LatexTokenKind.Number or LatexTokenKind.Letter: return true;
            case LatexTokenKind.Char:
                if (t.Text is "(" or "[" or "{") return true;
                // '|' closes an absolute value or separates a condition inside those scopes; elsewhere it opens |x|.
                return t.Text == "|" && scopes.Peek() is not (Scope.Abs or Scope.CallArgs);
            case LatexTokenKind.Command:
                if (t.Text == "|") return scopes.Peek() is not (Scope.Norm or Scope.CallArgs);
                if (t.Text is "{" or "begin" or "operatorname" or "mathbb" or "mathrm" or "partial" or "nabla" or "int" or "KL") return true;
                return CommandTable.Find(t.Text)?.Category is CommandCategory.Greek or CommandCategory.Function
                    or CommandCategory.Decoration or CommandCategory.Fraction or CommandCategory.Sqrt
                    or CommandCategory.BigOperator or CommandCategory.Constant;
            default: return false;
        }
    }

    private static bool StartsFunction(LatexToken t) =>
        t.Kind == LatexTokenKind.Command &&
        (t.Text is "operatorname" || CommandTable.Find(t.Text)?.Category is CommandCategory.Function or CommandCategory.BigOperator);

    /// <summary>postfix := primary (^script | ')* — powers, transposes.</summary>
    private MathNode ParsePostfix()
    {
        var start = Peek.Start;
        var node = ParsePrimary();
        while (true)
        {
            if (Peek.IsChar('^'))
            {
                Advance();
                node = ParseSuperscript(node, start);
            }
            else if (Peek.IsChar('_')) throw ErrorAt(Peek, "an operator (a subscript belongs right after a name)");
            else if (Peek.IsChar('\'')) throw ErrorAt(Peek, "an operator (a prime is read only on a declared function: declare it with '% function: f')");
            else if (Peek.IsChar('!')) throw ErrorAt(Peek, "an operator (factorials are not supported)");
            else return node;
        }
    }

    /// <summary>After '^': a transpose (\top, T, \intercal), else a power of a script (one token or a braced group).</summary>
    private MathNode ParseSuperscript(MathNode node, int start)
    {
        if (IsTransposeScript())
        {
            SkipScript();
            return new TransposeNode(node, SpanFrom(start), start, LastEnd);
        }
        if (Peek.IsChar('{') && PeekAfter(1).IsChar('-') && IsTransposeToken(PeekAfter(2)) && PeekAfter(3).IsChar('}'))
        {
            // S^{-T}: the transpose of the inverse (which is the inverse of the transpose).
            var minusOne = new NumberNode(-1, PeekAfter(1).Span, PeekAfter(1).Start, PeekAfter(2).End);
            Advance(); Advance(); Advance(); Advance();
            return new TransposeNode(new PowerNode(node, minusOne, SpanFrom(start), start, LastEnd), SpanFrom(start), start, LastEnd);
        }
        MathNode exponent;
        using (Nest()) exponent = ParseScript();   // x^{x^{...}} nests through scripts, not primaries
        return new PowerNode(node, exponent, SpanFrom(start), start, LastEnd);
    }

    private bool IsTransposeScript()
    {
        var t = Peek;
        if (t.IsChar('{'))
        {
            var inner = PeekAfter(1);
            return PeekAfter(2).IsChar('}') && IsTransposeToken(inner);
        }
        return IsTransposeToken(t);
    }

    private bool IsTransposeToken(LatexToken t) =>
        t.IsCommand("top") || t.IsCommand("intercal") || t.IsCommand("mathsf") ||
        (t.Kind == LatexTokenKind.Letter && t.Text == "T" && !context.IsDeclaredValue("T"));

    private void SkipScript()
    {
        if (Peek.IsChar('{')) { Advance(); Advance(); Advance(); }
        else Advance();
    }

    /// <summary>A script or macro argument: a braced group, one digit, one letter, or one command (with its own argument).</summary>
    private MathNode ParseScript()
    {
        var t = Peek;
        var start = t.Start;
        if (t.IsChar('{')) return ParseGroup();
        if (t.Kind == LatexTokenKind.Number)
        {
            var d = TakeSingleDigit();
            return new NumberNode(Numbers.BigRational.TryParse(d.Text, out var v) ? v : 0, d.Span, d.Start, d.End);
        }
        if (t.IsChar('-'))
        {
            // x^-1 is not TeX, but students write it: read as x^{-1}.
            Advance();
            if (Peek.IsChar('-')) throw ErrorAt(Peek, "a digit, a letter or a group after '^-'");
            using var level = Nest();
            var inner = ParseScript();
            return new NegateNode(inner, SpanFrom(start), start, LastEnd);
        }
        if (t.Kind == LatexTokenKind.Letter || t.Kind == LatexTokenKind.Command) return ParsePrimary(single: true);
        throw ErrorAt(t, "a superscript or argument (a digit, a letter, a command or a {group})");
    }

    /// <summary>{ expression }</summary>
    private MathNode ParseGroup()
    {
        var open = Peek;
        ExpectChar('{', "'{'");
        var inner = InScope(Scope.Group, ParseExpression);
        // Named as a bare group's brace is: an unclosed argument is otherwise reported only where the formula ends.
        ExpectChar('}', $"'}}' closing the '{{' {OpenedAt(open)}");
        return inner;
    }

    /// <summary>
    /// Where an unclosed bracket was opened, for a message given where the formula ends: the column alone when that is
    /// on the same line, else the line too (a display over several lines ends lines below its '{').
    /// </summary>
    private string OpenedAt(LatexToken open) =>
        open.Span.Line == Peek.Span.Line ? $"at column {open.Span.Column}" : $"at line {open.Span.Line}, column {open.Span.Column}";
}
