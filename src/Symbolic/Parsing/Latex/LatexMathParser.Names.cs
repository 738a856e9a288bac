namespace Ift6135.Sym.Symbolic.Parsing.Latex;

public sealed partial class LatexMathParser
{
    /// <summary>
    /// A name, then what the context makes of it: a call of a declared function (f(x), f'(x)), the
    /// sigmoid \sigma(x) or its inverse \sigma^{-1}(x), a KL divergence D_{KL}(q \| p), an automatic call
    /// when the parentheses hold ',' or a conditioning '|' (p(x, z), q(z|x)), else the plain name.
    /// </summary>
    private MathNode ParseNameOrCall(bool single)
    {
        var start = Peek.Start;
        var name = ParseName(single);
        return single ? name : NameOrCall(start, name);
    }

    /// <summary>What follows a name read at <paramref name="start"/>: a call, an expectation E_{q}(..), primes, or nothing.</summary>
    private MathNode NameOrCall(int start, NameNode name)
    {
        if (JacobianVariable(name) is { } variable && StartsFactor(Peek))
        {
            // An undefined function applied to the vector (f(z_0)) is a number, whose Jacobian is no matrix: then J_{z_0} stays
            // a name (an undeclared matrix the checker asks to declare), and the tokens after it are read again. A function the
            // document defined by a pattern (g(z_0) := \mu + S z_0) has the value of its body, a vector there.
            var before = pos;
            var operand = ParsePostfix();
            if (operand is not ApplyNode apply || context.FunctionDefinitionOf(apply.Function.Key) is not null)
                return new DerivativeNode(operand, variable, 1, SpanFrom(start), start, LastEnd);
            pos = before;
        }
        if (IsExpectationName(name) && (Peek.IsChar('(') || Peek.IsChar('[')))
            return ExpectationBody(start, name.Subscript!.Raw) with { Distribution = name.Subscript.Items is [ApplyNode density] ? density : null };
        if (name is { Base: "D", Subscript.Raw: var raw } && IsKlWord(raw) && (Peek.IsChar('(') || Peek.IsChar('[')))
            return Kl(start);
        var primes = CountPrimes();
        var isFunction = IsDeclaredFunction(name);
        var isSigmoid = name is { Base: "sigma", Subscript: null, Marks: "" } && !isFunction && !context.IsDeclaredValue("sigma");
        if (isSigmoid && primes == 0 && InverseScriptThenParenthesis())
        {
            Advance();
            if (Peek.IsChar('{')) { SkipTrivia(); pos = MatchingClose(pos) + 1; }
            else { Advance(); Advance(); }
            var inverseArgs = ParseCallArguments(out _, "'(' after \\sigma^{-1}");
            return new CallNode("logit", inverseArgs, null, null, SpanFrom(start), start, LastEnd);
        }
        if (Peek.IsChar('(') && (isFunction || isSigmoid || (primes == 0 && (ParenthesesHoldSeparator() || ParenthesesHoldVector(name) || EntropyOfDensity(name)))))
        {
            var args = ParseCallArguments(out var bar, "'('");
            if (isSigmoid && primes == 0 && bar is null)
                return new CallNode("sigmoid", args, null, null, SpanFrom(start), start, LastEnd);
            if (isSigmoid && primes == 1 && bar is null) return SigmoidSlope(args, SpanFrom(start), start, LastEnd);
            if (isSigmoid && primes > 0)
                throw source.Error("the second derivative of the sigmoid written σ''(x): write it with σ(x), as σ(x)(1 - σ(x))(1 - 2σ(x)), or declare '% function: \\sigma'", start, LastEnd);
            return new ApplyNode(name, args, primes, bar, SpanFrom(start), start, LastEnd);
        }
        if (primes == 0 && !isFunction && (FunctionalArgument('[') ?? EntropyArgument(name)) is { } functionalOf)
            return new ApplyNode(name, [functionalOf], 0, null, SpanFrom(start), start, LastEnd);
        if (primes > 0)
            throw source.Error(isFunction ? $"'(' with the argument of {Printing.LatexNames.Identifier(name.Key)}'"
                // σ' = σ(1 - σ): the sigmoid's prime is read at an argument only (σ(1 - σ) would be σ applied to 1 - σ); declaring σ a
                // function, which the message said, would make it any function.
                : isSigmoid ? "the sigmoid's derivative at an argument, as \\sigma'(x) = \\sigma(x)(1 - \\sigma(x))"
                : $"a declared function before a prime: declare it with '% function: {DeclaredAs(name)}'", start, LastEnd);
        return name;
    }

    /// <summary>
    /// L_K[q] and L_1[\tilde{q}(z \mid x)]: square brackets after a name that hold a density alone (a declared function named
    /// without its argument, or a call) make a functional applied to it; the name times a function missing its argument
    /// would mean nothing. The density read, the brackets consumed; else null with nothing consumed.
    /// </summary>
    private MathNode? FunctionalArgument(char bracket, bool declaredOnly = false)
    {
        if (!Peek.IsChar(bracket)) return null;
        var (open, close) = (pos, MatchingClose(pos));
        if (close < 0) return null;
        try
        {
            Advance();
            SkipTrivia();
            var inner = Peek.Kind is LatexTokenKind.Letter or LatexTokenKind.Command ? NameOrCall(Peek.Start, ParseName(single: false)) : null;
            SkipTrivia();
            var isDensity = inner switch
            {
                ApplyNode a => !declaredOnly || IsDeclaredFunction(a.Function),
                NameNode n => IsDeclaredFunction(n),
                _ => false,
            };
            if (isDensity && pos == close) { Advance(); return inner; }
        }
        catch (ParseException) { }
        pos = open;
        return null;
    }

    private bool IsDeclaredFunction(NameNode n) => context.IsFunction(n.Key) || (n.Subscript is not null && context.IsFunction(n.Base));

    /// <summary>
    /// H(q), H(q(z)), \mathcal{H}(q_\phi(z)) with H undeclared: the entropy of the declared density alone in the parentheses, named
    /// bare or applied (read as a product, H(q) was an input error, "q is a declared function", and H(q(z)) was H times q(z)).
    /// A call of an undeclared function in them (H(g(a, b))) stays a product, as any undeclared name before parentheses.
    /// </summary>
    private MathNode? EntropyArgument(NameNode name) =>
        name is { Subscript: null, Marks: "" } && IsEntropyName(name.Key) && !context.IsDeclaredValue(name.Key) ? FunctionalArgument('(', declaredOnly: true) : null;

    /// <summary>
    /// J_{z_0} before an operand, with z_0 a declared vector and J declared as nothing: the Jacobian by z_0 of what follows
    /// (J_{z_0}(\mu + S z_0)); the variable, else null.
    /// </summary>
    private NameNode? JacobianVariable(NameNode name) =>
        name is { Base: "J", Marks: "", Subscript.Items: [NameNode v] } && context.ShapeOf(v.Key) is { Columns: 1 }
        && !context.IsDeclaredValue(name.Key) && !context.IsFunction(name.Key) && !context.IsDeclaredValue("J") && !context.IsFunction("J")
            ? v : null;

    /// <summary>A name as a declaration writes it: \ell, \phi_1 with their backslash (the key drops it), f as it is.</summary>
    private static string DeclaredAs(NameNode name) => (CommandTable.Find(name.Base) is null ? "" : "\\") + name.Key;

    /// <summary>E_{q} (the printer's form of \mathbb{E}_{q}) unless the document declared E or E_{q} as something else.</summary>
    private bool IsExpectationName(NameNode name) =>
        name is { Base: "E", Subscript: not null, Marks: "" } &&
        !context.IsFunction(name.Key) && !context.IsFunction("E") && !context.IsDeclaredValue(name.Key) && !context.IsDeclaredValue("E");

    private MathNode Kl(int start)
    {
        // D_{KL}[q \| p], written with square brackets as often as with parentheses.
        var args = ParseCallArguments(out _, "'(' after D_{KL}", close: Peek.IsChar('[') ? ']' : ')');
        if (args.Count != 2) throw source.Error("two arguments of the KL divergence, as in D_{KL}(q \\| p)", start, LastEnd);
        return new CallNode("KL", args, null, null, SpanFrom(start), start, LastEnd);
    }

    private static bool IsKlWord(string raw) =>
        raw is "KL" or @"\mathrm{KL}" or @"\text{KL}" or @"\operatorname{KL}" or @"\textrm{KL}" or @"\mathit{KL}";

    private bool InverseScriptThenParenthesis()
    {
        if (!Peek.IsChar('^')) return false;
        var a = PeekAfter(1);
        if (a.IsChar('-')) return PeekAfter(2) is { Kind: LatexTokenKind.Number, Text: "1" } && PeekAfter(3).IsChar('(');
        return a.IsChar('{') && PeekAfter(2).IsChar('-') && PeekAfter(3) is { Kind: LatexTokenKind.Number, Text: "1" }
            && PeekAfter(4).IsChar('}') && PeekAfter(5).IsChar('(');
    }

    /// <summary>Whether the parentheses that follow hold a top-level ',' ';' or '|' (so they are arguments, not a factor).</summary>
    /// <summary>
    /// q(z) with z a declared vector and q an undeclared name: a function of the vector (a density, a map), not q times
    /// z, which is written without parentheses.
    /// </summary>
    private bool ParenthesesHoldVector(NameNode name)
    {
        if (context.IsDeclaredValue(name.Key)) return false;
        SkipTrivia();
        var close = MatchingClose(pos);
        if (close < 0) return false;
        var inner = string.Concat(source.Text[tokens[pos].End..tokens[close].Start].Where(c => !char.IsWhiteSpace(c) && c is not ('{' or '}')));
        return context.ShapeOf(inner.TrimStart('\\')) is { Columns: 1 };
    }

    private bool ParenthesesHoldSeparator() => ParenthesesHold(0, t => t.IsChar(',') || t.IsChar(';') || t.IsChar('|'));

    /// <summary>Whether the parentheses opening at the next token hold a token <paramref name="wanted"/> at nesting <paramref name="depth"/> inside them.</summary>
    private bool ParenthesesHold(int depth, Func<LatexToken, bool> wanted)
    {
        SkipTrivia();
        var close = MatchingClose(pos);
        if (close < 0) return false;
        var level = 0;
        for (var p = pos + 1; p < close; p++)
        {
            var change = Nesting(tokens[p]);
            level += change;
            if (change == 0 && level == depth && wanted(tokens[p])) return true;
        }
        return false;
    }

    /// <summary>
    /// H(q(z | x)) or \mathcal{H}(q(z | x)) with H undeclared: the entropy of the density in the parentheses (a bar one level in
    /// tells it), a call; H (q(z)) without a bar stays a product, as any undeclared name before parentheses.
    /// </summary>
    private bool EntropyOfDensity(NameNode name)
    {
        if (name is not { Subscript: null, Marks: "" } || !IsEntropyName(name.Key) || context.IsDeclaredValue(name.Key)) return false;
        return ParenthesesHold(1, t => t.IsChar('|') || t.IsCommand("mid"));
    }

    /// <summary>The names read as an entropy when applied to a density: H and \mathcal{H}.</summary>
    internal static bool IsEntropyName(string key) => key is "H" or "cal(H)";

    private int CountPrimes()
    {
        var n = 0;
        while (true)
        {
            if (Peek.IsChar('\'')) { Advance(); n++; }
            else if (Peek.IsChar('^') && PeekAfter(1).IsCommand("prime")) { Advance(); Advance(); n++; }
            else if (Peek.IsChar('^') && PeekAfter(1).IsChar('{') && PeekAfter(2).IsCommand("prime"))
            {
                Advance(); Advance();
                while (Peek.IsCommand("prime")) { Advance(); n++; }
                ExpectChar('}', "'}' after the primes");
            }
            else return n;
        }
    }

    /// <summary>
    /// (a, b | c): the arguments of a call; <paramref name="bar"/> is how many come before a conditioning bar. Without
    /// <paramref name="separators"/> (\exp, \log: one value each), | and \| only write absolute values and norms, as in
    /// \exp(-\frac{1}{2}\|z\|^2), where they would otherwise end the factor before them as a bar or the KL separator.
    /// </summary>
    /// <param name="close">The bracket that ends the arguments: ')' after '(', or ']' for D_{KL}[q \| p], which opens with '['.</param>
    private List<MathNode> ParseCallArguments(out int? bar, string what, bool separators = true, char close = ')')
    {
        ExpectChar(close == ']' ? '[' : '(', what);
        var args = new List<MathNode>();
        int? seenBar = null;
        scopes.Push(separators ? Scope.CallArgs : Scope.Paren);
        try
        {
            while (true)
            {
                args.Add(ParseExpression());
                var t = Peek;
                if (t.IsChar(',') || t.IsChar(';') || t.IsCommand("|")) { Advance(); continue; }
                if (t.IsChar('|'))
                {
                    Advance();
                    if (Peek.IsChar('|')) Advance(); // q || p, the KL separator typed with two bars
                    else seenBar ??= args.Count;
                    continue;
                }
                if (t.IsChar(close)) { Advance(); break; }
                throw ErrorAt(t, $"',' or '{close}' in the arguments");
            }
        }
        finally { scopes.Pop(); }
        bar = seenBar;
        return args;
    }

    /// <summary>A name: a letter, a Greek letter or a decorated name, then its subscript and its marks (θ^*, x^{(i)}).</summary>
    private NameNode ParseName(bool single)
    {
        var start = Peek.Start;
        var baseName = ParseNameBase();
        if (single) return new NameNode(baseName, null, "", SpanFrom(start), start, LastEnd);
        var subscript = Peek.IsChar('_') ? ParseSubscript() : null;
        var marks = ParseMarks();
        // q^*_x, the mark written before the subscript: the same name as q_x^* (it was an input error).
        if (subscript is null && marks.Length > 0 && Peek.IsChar('_')) subscript = ParseSubscript();
        return new NameNode(baseName, subscript, marks, SpanFrom(start), start, LastEnd);
    }

    private string ParseNameBase()
    {
        var t = Peek;
        if (t.Kind == LatexTokenKind.Letter) { Advance(); return t.Text; }
        if (t.Kind == LatexTokenKind.Number) { TakeSingleDigit(); return t.Text[..1]; }
        if (t.Kind != LatexTokenKind.Command) throw ErrorAt(t, "a name");
        var info = CommandTable.Find(t.Text);
        if (info?.Category == CommandCategory.Greek) { Advance(); return info.Payload; }
        if (t.Text == "mathrm" || info?.Category == CommandCategory.Decoration)
        {
            Advance();
            var inner = DecoratedInner();
            // An upright single letter is that letter (\mathrm{d}, \mathrm{e}); a font on a word keeps the word.
            if (t.Text is "mathrm" or "mathit" or "mathsf") return inner;
            return $"{info!.Payload}({inner})";
        }
        throw ErrorAt(t, "a name");
    }

    /// <summary>The inside of \hat{..}: one name token, or a braced run of letters, digits and names.</summary>
    private string DecoratedInner()
    {
        if (!Peek.IsChar('{')) return ParseNameBase();
        Advance();
        var inner = "";
        while (!Peek.IsChar('}'))
        {
            if (Peek.Kind == LatexTokenKind.End) throw ErrorAt(Peek, "'}' closing the name");
            inner += ParseNameBase();
        }
        Advance();
        if (inner.Length == 0) throw ErrorAt(Peek, "a name inside the braces");
        return inner;
    }

    /// <summary>x_1, \mu_{i}, S_{ij}, q_{\phi}, D_{\mathrm{KL}}: the raw text (key) and, when it reads as math, its items.</summary>
    private SubscriptNode ParseSubscript()
    {
        ExpectChar('_', "'_'");
        var t = Peek;
        var start = t.Start;
        if (t.IsChar('{'))
        {
            var open = pos;
            var close = MatchingClose(open);
            if (close < 0) throw ErrorAt(t, "a subscript with a closing '}'");
            var raw = Compact(source.Text[(tokens[open].End)..tokens[close].Start]);
            var textCount = texts.Count;
            if (raw is @"\pm" or @"\mp")
            {
                // \lambda_{\pm} is \lambda_\pm (below), one key for both spellings.
                Backtrack(close + 1, textCount);
                return new SubscriptNode(raw[1..], null, SpanFrom(start), start, LastEnd);
            }
            IReadOnlyList<MathNode>? items;
            try
            {
                Advance();
                var list = ParseCommaList(Scope.Group);
                ExpectChar('}', "'}'");
                items = list;
            }
            catch (ParseException)
            {
                Backtrack(close + 1, textCount);
                items = null;
            }
            return new SubscriptNode(raw, items, SpanFrom(start), start, LastEnd);
        }
        if (t.Kind == LatexTokenKind.Number)
        {
            var d = TakeSingleDigit();
            var n = new NumberNode(Numbers.BigRational.TryParse(d.Text, out var v) ? v : 0, d.Span, d.Start, d.End);
            return new SubscriptNode(d.Text, [n], d.Span, d.Start, d.End);
        }
        if (t.IsCommand("pm") || t.IsCommand("mp"))
        {
            // \lambda_\pm names the two roots together: a label, not an index.
            Advance();
            return new SubscriptNode(t.IsCommand("pm") ? "pm" : "mp", null, SpanFrom(start), start, LastEnd);
        }
        if (t.IsChar('+') || t.IsChar('-'))
        {
            // \lambda_+ and \lambda_-, the root with each sign: labels too.
            Advance();
            return new SubscriptNode(t.Text, null, SpanFrom(start), start, LastEnd);
        }
        if (t.Kind is LatexTokenKind.Letter or LatexTokenKind.Command)
        {
            var item = ParsePrimary(single: true);
            return new SubscriptNode(Compact(source.Text[start..LastEnd]), [item], SpanFrom(start), start, LastEnd);
        }
        throw ErrorAt(t, "a subscript");
    }

    private string ParseSubscriptRaw() => ParseSubscript().Raw;

    /// <summary>Superscripts that name rather than raise: ^*, ^\star, ^{(i)}.</summary>
    private string ParseMarks()
    {
        if (!Peek.IsChar('^')) return "";
        var a = PeekAfter(1);
        if (a.IsChar('*') || a.IsCommand("star") || a.IsCommand("ast")) { Advance(); Advance(); return "^*"; }
        if (!a.IsChar('{')) return "";
        var b = PeekAfter(2);
        if ((b.IsChar('*') || b.IsCommand("star") || b.IsCommand("ast")) && PeekAfter(3).IsChar('}'))
        {
            Advance(); Advance(); Advance(); Advance();
            return "^*";
        }
        if (b.IsChar('('))
        {
            Advance();
            SkipTrivia();
            var open = pos;
            var close = MatchingClose(open);
            if (close < 0) return "";
            var raw = Compact(source.Text[tokens[open].End..tokens[close].Start]);
            pos = close + 1;
            return "^" + raw;
        }
        return "";
    }

    /// <summary>A subscript or mark as a key: spaces dropped, Greek letters by name (q_{\phi} and q_\phi are both q_phi).</summary>
    private static string Compact(string s)
    {
        var compact = string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        return GreekCommand().Replace(compact, m => CommandTable.Find(m.Groups[1].Value) is { Category: CommandCategory.Greek } g ? g.Payload : m.Value);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\\([a-zA-Z]+)")]
    private static partial System.Text.RegularExpressions.Regex GreekCommand();

    /// <summary>σ'(x), the sigmoid's derivative, as the identity gives it: σ(x)(1 - σ(x)) ("Using $\\sigma'(t) = \\sigma(t)(1 - \\sigma(t))$" was an input error).</summary>
    private static MathNode SigmoidSlope(IReadOnlyList<MathNode> args, SourceSpan span, int start, int end)
    {
        var sigmoid = new CallNode("sigmoid", args, null, null, span, start, end);
        var rest = new BinaryNode(BinaryOperator.Subtract, new NumberNode(Numbers.BigRational.One, span, start, end), sigmoid, span, start, end);
        return new BinaryNode(BinaryOperator.Multiply, sigmoid, rest, span, start, end);
    }
}
