namespace Ift6135.Sym.Symbolic.Parsing.Latex;

/// <summary>
/// A recursive-descent parser for the LaTeX math students write, producing a typed <see cref="MathNode"/>
/// tree. The context settles what the text alone cannot: x(y-z) is a call only when x is a declared
/// function (or when the parentheses hold a ',' or a conditioning '|'), \sigma(x) is the sigmoid unless
/// sigma is declared a value. Errors are <see cref="ParseException"/>s naming the place and what was expected.
/// </summary>
public sealed partial class LatexMathParser
{
    private enum Scope { Top, Paren, Abs, Norm, CallArgs, Matrix, Group }

    private readonly LatexSource source;
    private readonly LatexContext context;
    private readonly List<LatexToken> tokens;
    private readonly List<string> texts = [];
    private readonly Stack<Scope> scopes = new();
    private int pos;

    private LatexMathParser(LatexSource source, LatexContext context)
    {
        this.source = source;
        this.context = context;
        tokens = [.. LatexScanner.Scan(source)];
        scopes.Push(Scope.Top);
    }

    /// <summary>Parses one expression (no relation); the whole text must be consumed.</summary>
    public static MathNode Parse(string latex, LatexContext context) => Parse(new LatexSource(latex), context);

    public static MathNode Parse(LatexSource source, LatexContext context)
    {
        var parser = new LatexMathParser(source, context);
        var node = parser.ParseExpression();
        parser.SkipTrailingPunctuation();
        parser.Expect(LatexTokenKind.End, "an operator or the end of the formula");
        return node;
    }

    /// <summary>Parses one line of a display: expressions separated by relations, maybe starting with a relation.</summary>
    public static ParsedLine ParseLine(LatexSource source, LatexContext context) => new LatexMathParser(source, context).ParseLine();

    private ParsedLine ParseLine()
    {
        var expressions = new List<MathNode>();
        var relations = new List<RelationToken>();
        string? sideNote = null;
        int? sideStart = null;
        var startsWithRelation = TryRelation() is { } first && Add(relations, first);
        if (Peek.Kind == LatexTokenKind.End) return Finish();
        while (true)
        {
            expressions.Add(WithProseBarrier(ParseExpression));
            if (tokens[pos].Kind == LatexTokenKind.Text && RelationFollowsNote())
            {
                // "x + 1 \quad \text{(expand)} = 1 + x": a note between a side and its relation, kept as the justification.
                texts.Add(tokens[pos++].Text.Trim());
            }
            else if (tokens[pos].Kind == LatexTokenKind.Text)
            {
                // Words after the formula ("\quad \text{for some } c \in (a, b)"): the side ends at them, and they with
                // whatever follows are the line's note, kept as its justification, not read as a factor of the side.
                // No side-note start: unlike a side condition after a comma, the words are never read as a further relation.
                var note = tokens[pos];
                sideNote = $"{note.Text.Trim()} {source.Text[note.End..].Trim()}".Trim();
                texts.Add(sideNote);
                pos = tokens.Count - 1;
                break;
            }
            if (TryRelation() is { } r)
            {
                relations.Add(r);
                if (Peek.Kind == LatexTokenKind.End) throw ErrorAt(Peek, $"an expression after '{r.Written}'");
                continue;
            }
            if (SkipTrailingPunctuation()) break;
            if (Peek.IsChar(',') || Peek.IsChar(';'))
            {
                // What follows a top-level comma is a side condition ("x = 1, y > 0"): kept, not checked.
                var from = Advance().End;
                sideNote = source.Text[from..].Trim();
                sideStart = from;
                break;
            }
            Expect(LatexTokenKind.End, "an operator, a relation or the end of the line");
            break;
        }
        return Finish();

        ParsedLine Finish() => new(expressions, relations, startsWithRelation, texts.ToArray(), sideNote, sideStart);
        static bool Add(List<RelationToken> list, RelationToken r) { list.Add(r); return true; }
    }

    /// <summary>Drops a final ',' '.' or ';' (punctuation ending a displayed formula); true when the formula then ends.</summary>
    private bool SkipTrailingPunctuation()
    {
        if ((Peek.IsChar(',') || Peek.IsChar('.') || Peek.IsChar(';')) && PeekAfter(1).Kind == LatexTokenKind.End)
        {
            Advance();
            return true;
        }
        return Peek.Kind == LatexTokenKind.End;
    }

    private RelationToken? TryRelation()
    {
        var t = Peek;
        LatexRelation? r = null;
        var length = 1;
        if (t.Kind == LatexTokenKind.Char)
        {
            var next = PeekAfter(1);
            var glued = next.Kind == LatexTokenKind.Char && next.Start == t.End;
            (r, length) = t.Text switch
            {
                "=" => (LatexRelation.Equal, 1),
                "<" when glued && next.Text == "=" => (LatexRelation.LessOrEqual, 2),
                ">" when glued && next.Text == "=" => (LatexRelation.GreaterOrEqual, 2),
                ":" when glued && next.Text == "=" => (LatexRelation.Defines, 2),
                "<" => (LatexRelation.Less, 1),
                ">" => (LatexRelation.Greater, 1),
                _ => ((LatexRelation?)null, 1),
            };
        }
        else if (t.Kind == LatexTokenKind.Command && CommandTable.Find(t.Text) is { Category: CommandCategory.Relation } info)
        {
            r = info.Payload switch
            {
                "!=" => LatexRelation.NotEqual,
                "<=" => LatexRelation.LessOrEqual,
                ">=" => LatexRelation.GreaterOrEqual,
                "~~" => LatexRelation.Approx,
                "=>" => LatexRelation.Implies,
                "<=>" => LatexRelation.Iff,
                "<==" => LatexRelation.ImpliedBy,
                ":=" => LatexRelation.Defines,
                _ => LatexRelation.Other,
            };
        }
        else if (t.IsCommand("not") && PeekAfter(1).IsChar('='))
        {
            r = LatexRelation.NotEqual;
            length = 2;
        }
        if (r is null) return null;
        var first = Advance();
        var last = first;
        for (var k = 1; k < length; k++) last = Advance();
        return new RelationToken(r.Value, source.Text[first.Start..last.End], source.SpanOf(first.Start, last.End));
    }

    // ---- token access -------------------------------------------------------------------------

    /// <summary>The next meaningful token: layout is skipped, \text{..} is recorded as a justification, '&amp;' is layout outside matrices.</summary>
    private LatexToken Peek
    {
        get
        {
            SkipTrivia();
            return tokens[pos];
        }
    }

    private void SkipTrivia()
    {
        while (true)
        {
            var t = tokens[pos];
            if (t.Kind == LatexTokenKind.Space) pos++;
            else if (t.Kind == LatexTokenKind.Text && EndsTheSide(t)) return;
            else if (t.Kind == LatexTokenKind.Text) { texts.Add(t.Text.Trim()); pos++; }
            else if (t.IsChar('&') && scopes.Peek() != Scope.Matrix) pos++;
            else return;
        }
    }

    /// <summary>Where the side being read began (its first meaningful token), while a line's side is read; else -1.</summary>
    private int sideStartToken = -1;

    /// <summary>Parses one side of a line, where words after a complete operand end the side (<see cref="EndsTheSide"/>).</summary>
    private MathNode WithProseBarrier(Func<MathNode> parse)
    {
        SkipTrivia();
        sideStartToken = pos;
        try
        {
            var side = parse();
            SkipTrivia();   // still armed: stops at words that end the side, which the caller then takes as the line's note
            return side;
        }
        finally { sideStartToken = -1; }
    }

    /// <summary>
    /// Whether a \text{..} ends the side being read: it holds words (a space or two letters in a row), stands at the
    /// top level, and follows a complete operand (not an operator or an opening bracket). Then what follows it is
    /// prose ("for some c"), not a factor: "f'(c)(b - a) \text{ for some } c" must not read as f'(c)(b - a) c.
    /// A short label such as \text{KL} or \text{d} is not prose and is skipped as before.
    /// </summary>
    private bool EndsTheSide(LatexToken text)
    {
        if (sideStartToken < 0 || pos <= sideStartToken || scopes.Count != 1) return false;
        if (!HoldsWords(text.Text)) return false;
        var before = tokens[LastConsumed()];
        return before.Kind switch
        {
            LatexTokenKind.Number or LatexTokenKind.Letter => true,
            LatexTokenKind.Char => before.Text is ")" or "]" or "}" or "|" or "'" or "!",
            LatexTokenKind.Command => CommandTable.Find(before.Text)?.Category is not (CommandCategory.Operator or CommandCategory.Relation),
            _ => false,
        };
    }

    /// <summary>
    /// Prose rather than a label: a space inside, a word of three letters or more, or a short word set off by a space
    /// as words are ("\text{as } \beta \ge 0", "\text{ by }"); \text{d}, \text{KL} and \text{tr} are labels.
    /// </summary>
    private static bool HoldsWords(string text)
    {
        var words = text.Trim();
        if (words.Contains(' ') || System.Text.RegularExpressions.Regex.IsMatch(words, "[A-Za-z]{3,}")) return true;
        return words.Length < text.Length && System.Text.RegularExpressions.Regex.IsMatch(words, "^[a-z]{2,}$");
    }

    /// <summary>Whether a relation comes next after the note at <see cref="pos"/> (and any layout or further notes).</summary>
    private bool RelationFollowsNote()
    {
        var p = pos + 1;
        while (tokens[p].Kind is LatexTokenKind.Space or LatexTokenKind.Text) p++;
        var t = tokens[p];
        return t.Kind == LatexTokenKind.Char ? t.Text is "=" or "<" or ">" or ":"
            : t.Kind == LatexTokenKind.Command && (t.Text == "not" || CommandTable.Find(t.Text)?.Category == CommandCategory.Relation);
    }

    /// <summary>The k-th meaningful token after the next one (layout skipped, nothing recorded).</summary>
    private LatexToken PeekAfter(int k)
    {
        SkipTrivia();
        var p = pos;
        while (k > 0 && tokens[p].Kind != LatexTokenKind.End)
        {
            p++;
            while (tokens[p].Kind is LatexTokenKind.Space or LatexTokenKind.Text) p++;
            k--;
        }
        return tokens[p];
    }

    private LatexToken Advance()
    {
        var t = Peek;
        if (t.Kind != LatexTokenKind.End) pos++;
        return t;
    }

    private LatexToken Expect(LatexTokenKind kind, string what)
    {
        var t = Peek;
        if (t.Kind != kind) throw ErrorAt(t, what);
        return Advance();
    }

    private LatexToken ExpectChar(char c, string what)
    {
        var t = Peek;
        if (!t.IsChar(c)) throw ErrorAt(t, what);
        return Advance();
    }

    private int depth;
    private readonly Safety.SafetyLimits limits = Safety.SafetyLimits.Current;

    /// <summary>
    /// Counts one level of nesting (every bracket, group, fraction, script and sign passes through a
    /// primary or a sign) and refuses input nested deeper than the limit, with its place: the
    /// alternative is a stack overflow, which kills the process.
    /// </summary>
    private NestingLevel Nest()
    {
        if (++depth > limits.MaxNestingDepth)
        {
            depth--;
            throw source.Error($"nesting deeper than {limits.MaxNestingDepth} levels (groups, brackets, fractions or signs) {Safety.LimitOptions.Describe(nameof(Safety.SafetyLimits.MaxNestingDepth))}", Peek.Start, Math.Max(Peek.End, Peek.Start + 1));
        }
        return new NestingLevel(this);
    }

    private readonly struct NestingLevel(LatexMathParser parser) : IDisposable
    {
        public void Dispose() => parser.depth--;
    }

    private ParseException ErrorAt(LatexToken t, string expected) =>
        source.Error($"expected {expected}, found {Describe(t)}", t.Start, Math.Max(t.End, t.Start + 1));

    private static string Describe(LatexToken t) => t.Kind switch
    {
        LatexTokenKind.End => "the end of the formula",
        LatexTokenKind.Command => $"'\\{t.Text}'",
        // A character copied from a PDF that looks like an operator or a letter: say what to write instead.
        _ when t.Text.Length == 1 && Safety.LookAlikes.Explain(t.Text[0]) is { } lookAlike => lookAlike,
        _ => $"'{t.Text}'",
    };

    /// <summary>The source position just after the last consumed token (the end of the node being built).</summary>
    private int LastEnd => pos == 0 ? 0 : tokens[LastConsumed()].End;

    /// <summary>The last token read as part of the formula: layout skipped, alignment marks '&amp;' included (outside matrices they are
    /// layout too), so that "\frac{a}{b} &amp;&amp; \text{since } ..": ends its side at the words as "\frac{a}{b} \text{since } .." does.</summary>
    private int LastConsumed()
    {
        var p = pos - 1;
        while (p > 0 && (tokens[p].Kind is LatexTokenKind.Space or LatexTokenKind.Text || tokens[p].IsChar('&') && scopes.Peek() != Scope.Matrix)) p--;
        return p;
    }

    private SourceSpan SpanFrom(int start) => source.SpanOf(start, Math.Max(LastEnd, start + 1));

    private T InScope<T>(Scope scope, Func<T> body)
    {
        scopes.Push(scope);
        try { return body(); }
        finally { scopes.Pop(); }
    }

    /// <summary>Splits a multi-digit number token so that \frac12 and x^23 read one digit, as TeX does.</summary>
    private LatexToken TakeSingleDigit()
    {
        var t = Peek;
        if (t.Kind == LatexTokenKind.Number && t.Text.Length > 1)
        {
            var first = t with { Text = t.Text[..1], End = t.Start + 1, Span = source.SpanOf(t.Start, t.Start + 1) };
            var rest = t with { Text = t.Text[1..], Start = t.Start + 1, Span = source.SpanOf(t.Start + 1, t.End) };
            tokens[pos] = rest;
            tokens.Insert(pos, first);
        }
        return Advance();
    }

    /// <summary>The index of the token closing the bracket opened at <paramref name="open"/> (counting ( [ { and \{ \}).</summary>
    private int MatchingClose(int open)
    {
        var depth = 0;
        for (var p = open; p < tokens.Count; p++)
        {
            var change = Nesting(tokens[p]);
            depth += change;
            if (change < 0 && depth == 0) return p;
        }
        return -1;
    }

    /// <summary>+1 for a token opening a bracket or group ( [ { \{, -1 for one closing it, 0 for any other token.</summary>
    private static int Nesting(LatexToken t) =>
        t.IsChar('(') || t.IsChar('[') || t.IsChar('{') || t.IsCommand("{") ? 1
        : t.IsChar(')') || t.IsChar(']') || t.IsChar('}') || t.IsCommand("}") ? -1
        : 0;

    /// <summary>Back to token <paramref name="position"/> after a reading that failed, dropping the notes it recorded.</summary>
    private void Backtrack(int position, int textCount)
    {
        pos = position;
        texts.RemoveRange(textCount, texts.Count - textCount);
    }
}
