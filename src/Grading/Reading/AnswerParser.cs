using System.Numerics;
using System.Text.RegularExpressions;
using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Checking.Declarations;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Parsing;
using Ift6135.Sym.Symbolic.Parsing.Latex;

namespace Ift6135.Sym.Grading.Reading;

/// <summary>
/// Reads one field of an answer into an <see cref="Answer"/> of the field's kind. LaTeX goes through the
/// checker's LaTeX reader with the sub-question's declarations; errors become <see cref="AnswerParseException"/>s
/// that name file:line:column and what was expected.
/// </summary>
public static partial class AnswerParser
{
    /// <param name="source">The field's text, each character placed in the student's file, so that a parse error names its file:line:column.</param>
    public static Answer Parse(FieldKey field, MappedText source, string file, DeclarationState declarations, int gridSize)
    {
        var text = source.Text;
        var line = source.PlaceOf(0).Line;
        try
        {
            return field.Kind switch
            {
                AnswerKind.PixelSet => Pixels(text, gridSize) ?? Pixels(FinalFormula(source, PixelToken()).Text, gridSize) ?? PixelsInProse(text, gridSize) ?? throw new AnswerParseException($"{file}:{line}: expected pixel names such as 32, 42, 43 or a {gridSize}x{gridSize} grid of 0 and 1, found \"{Short(text)}\""),
                AnswerKind.Choice => Choice(field, text) ?? throw new AnswerParseException($"{file}:{line}: expected one of: {string.Join(", ", field.Choices ?? [field.Expected.Canonical])}, found \"{Short(text)}\""),
                AnswerKind.BigO => BigO(FieldText.Unwrap(source), declarations.Context) ?? BigOInProse(source, declarations.Context)
                    ?? BigOInPlainText(source, declarations.Context) ?? throw new AnswerParseException($"{file}:{line}: expected a class such as O(1), O(K), O(K^2) or O(K \\log K), found \"{Short(text)}\""),
                AnswerKind.Matrix => new MatrixAnswer(Read(AfterLastEquals(FieldText.Unwrap(FinalFormula(source, MatrixEnvironment()))), t => LatexLowering.ParseValue(t, declarations.Context)).Matrix
                    ?? throw new AnswerParseException($"{file}:{line}: expected a matrix (\\begin{{pmatrix}} ... \\end{{pmatrix}}), found a scalar")),
                AnswerKind.ExprSet => new ExprListAnswer(List(FinalFormula(source, SetFormula()), declarations.Context, @"\{", @"\}")),
                AnswerKind.Point or AnswerKind.Witness => new ExprListAnswer(List(FinalFormula(source, TupleFormula()), declarations.Context, "(", ")")),
                _ => new ExprAnswer(Scalar(AfterLastEquals(FieldText.Unwrap(source)), declarations.Context, field.Size ?? LatexContext.SymbolicSize)),
            };
        }
        catch (ParseException e)
        {
            // A '$' left open is what the writer must fix, not the parse error it causes at that '$'.
            if (UnpairedDollar(text) is { } dollar) throw new AnswerParseException($"{file}:{line}: {dollar}");
            // Every piece is parsed through Read, which puts the error at its place in the student's file.
            throw new AnswerParseException($"{file}:{e.Error.Span.Line}:{e.Error.Span.Column}: {e.Error.Message}");
        }
    }

    /// <summary>
    /// Parses a piece of the field (what is left of it after unwrapping and splitting); an error is moved from the
    /// piece's own line and column to the place in the document of the character it names.
    /// </summary>
    private static T Read<T>(MappedText piece, Func<string, T> parse)
    {
        try { return parse(piece.Text); }
        catch (ParseException e)
        {
            var (line, column) = piece.PlaceOf(e.Error.Span.Line, e.Error.Span.Column);
            // "expected '}' closing the '{' at column 30": that column is the piece's too.
            var message = PlaceInMessage().Replace(e.Error.Message, m =>
            {
                var (l, c) = piece.PlaceOf(m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value) : e.Error.Span.Line, int.Parse(m.Groups["column"].Value));
                return l == line ? $"at column {c}" : $"at line {l}, column {c}";
            });
            throw new ParseException(e.Error with { Message = message, Span = e.Error.Span with { Line = line, Column = column } });
        }
    }

    [GeneratedRegex(@"at (line (?<line>\d+), )?column (?<column>\d+)")]
    private static partial Regex PlaceInMessage();

    /// <summary>What is wrong when the field's '$' signs (not \$) do not pair up; null when they do.</summary>
    private static string? UnpairedDollar(string text)
    {
        var t = text.Trim();
        var count = t.Where((c, k) => c == '$' && (k == 0 || t[k - 1] != '\\')).Count();
        if (count % 2 == 0) return null;
        if (t.StartsWith('$') && !t.EndsWith('$')) return "the '$' that opens the formula is never closed: end the formula with '$'";
        if (t.EndsWith('$') && !t.StartsWith('$')) return "the '$' that closes the formula has no opening '$': start the formula with '$'";
        return "the '$' signs of the formula do not pair up: each formula is written between two '$'";
    }

    /// <summary>K x K sizes are instantiated at <paramref name="size"/> (the declared size); a K left in the answer means that size too.</summary>
    private static Expr Scalar(MappedText latex, LatexContext context, int size = LatexContext.SymbolicSize)
    {
        var e = Read(latex, t => LatexLowering.ParseScalar(t, context));
        var k = Substitution.FreeSymbols(e).FirstOrDefault(s => s.Name == "K" && s.Indices.Count == 0);
        return k is null ? e : Substitution.Substitute(e, k, Number.Of(size));
    }

    private static PixelSetAnswer? Pixels(string text, int size)
    {
        text = Coordinates(text);
        // A grid typeset as a matrix (pmatrix, bmatrix, array with its column spec) is the grid of its entries.
        var t = MatrixEnvironment().Replace(FieldText.Unwrap(text), " ").Replace(@"\{", " ").Replace(@"\}", " ").Replace(@"\\", "\n").Replace("&", " ");
        var rows = t.Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0).ToArray();
        var grid = rows.Select(r => r.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToArray();
        if (grid.Length == size && grid.All(r => r.Length == size && r.All(c => c is '0' or '1')))
            return new PixelSetAnswer((from r in Enumerable.Range(0, size) from c in Enumerable.Range(0, size)
                                       where grid[r][c] == '1' select (r + 1, c + 1)).ToArray());
        var tokens = PixelToken().Matches(t).Select(m => m.Value).ToArray();
        if (tokens.Length == 0 && !EmptySet().IsMatch(t)) return null;
        if (PixelToken().Replace(t, "").Any(c => !char.IsWhiteSpace(c) && c is not (',' or ';' or '.'))) return null;
        return PixelNames(tokens, size);
    }

    /// <summary>The pixels named by two-digit tokens (row, column), each within the grid; null when a token names none.</summary>
    private static PixelSetAnswer? PixelNames(IReadOnlyList<string> tokens, int size)
    {
        bool Inside(int index) => index >= 1 && index <= size;
        if (tokens.Any(k => k.Length != 2 || !Inside(k[0] - '0') || !Inside(k[1] - '0'))) return null;
        return new PixelSetAnswer(tokens.Select(k => (k[0] - '0', k[1] - '0')).Distinct().Order().ToArray());
    }

    /// <summary>
    /// "The pixels are 32, 42, 43 and 52." or "Receptive field: 32, 33, 42--45 (not autoregressive)": the pixel names of a sentence,
    /// a run of one row written as a range, the output pixel after "of" and remarks in parentheses left out. Null when the sentence
    /// excludes some (not, except, but, without) or a number is no pixel of the grid: then the answer is not guessed.
    /// </summary>
    private static PixelSetAnswer? PixelsInProse(string text, int size)
    {
        text = Coordinates(text);
        var t = Parenthetical().Replace(FieldText.Unwrap(text).Replace(@"\{", " ").Replace(@"\}", " "), " ");
        t = OutputPixel().Replace(t, " ");
        if (Exclusion().IsMatch(t)) return null;
        t = PixelRange().Replace(t, m =>
        {
            var (row, from, to) = (m.Groups["row"].Value, m.Groups["from"].Value[0] - '0', m.Groups["to"].Value[0] - '0');
            return row == m.Groups["row2"].Value && from <= to
                ? string.Join(", ", Enumerable.Range(from, to - from + 1).Select(c => row + c)) : m.Value;
        });
        var tokens = PixelToken().Matches(t).Select(m => m.Value).ToArray();
        return tokens.Length == 0 ? null : PixelNames(tokens, size);
    }

    /// <summary>"(3, 2), (4, 2)": pixels as (row, column) pairs, named as the grid names them, 32, 42 (an unreadable answer before).</summary>
    private static string Coordinates(string text) => CoordinatePair().Replace(text, m => m.Groups["row"].Value + m.Groups["column"].Value);

    [GeneratedRegex(@"\(\s*(?<row>\d)\s*,\s*(?<column>\d)\s*\)")]
    private static partial Regex CoordinatePair();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthetical();

    /// <summary>"the receptive field of (pixel) 34": the output pixel, not one of the answer's.</summary>
    [GeneratedRegex(@"\bof\s+(the\s+)?(output\s+)?(pixel\s+)?\$?\d+\$?", RegexOptions.IgnoreCase)]
    private static partial Regex OutputPixel();

    [GeneratedRegex(@"\b(not|except|but|without|excluding|excluded|no)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exclusion();

    /// <summary>42--45, 42-45, 42 to 45, 42 \dots 45: the pixels of one row from one column to another.</summary>
    [GeneratedRegex(@"\b(?<row>\d)(?<from>\d)\s*(--|-|–|to|\\ldots|\\dots)\s*(?<row2>\d)(?<to>\d)\b")]
    private static partial Regex PixelRange();

    /// <summary>The one alternative named among the words ("the iterates diverge" names "diverges"); null when none or several are.</summary>
    private static ChoiceAnswer? Choice(FieldKey field, string text)
    {
        var words = Word().Matches(FieldText.Unwrap(text).Replace(@"\text", " ")).Select(m => m.Value.ToLowerInvariant()).ToArray();
        var choices = field.Choices ?? [field.Expected.Canonical];
        // A stem match, so that "diverge", "diverges" and "divergent" all name the same alternative.
        var hit = choices.Where(c => words.Any(w => Names(w, c))).ToArray();
        return hit.Length == 1 ? new ChoiceAnswer(hit[0]) : null;
    }

    private static bool Names(string word, string choice)
    {
        var stem = Stem(choice);
        return stem.Length > 0 && word.StartsWith(stem[..Math.Min(6, stem.Length)], StringComparison.Ordinal);
    }

    private static string Stem(string choice) => choice.ToLowerInvariant().TrimEnd('s');

    /// <summary>"$O(K)$ since the Jacobian is diagonal": the one class written in math in a sentence; null when none or several are.</summary>
    private static BigOAnswer? BigOInProse(MappedText text, LatexContext context)
    {
        var classes = InlineMath().Matches(text.Text).Select(m => m.Groups["math"]).Select(g => text.Slice(g.Index, g.Index + g.Length).Trim())
            .Where(m => BigOPattern().IsMatch(m.Text)).DistinctBy(m => m.Text).ToArray();
        return classes.Length == 1 ? BigO(classes[0], context) : null;
    }

    /// <summary>"so the cost is linear: O(K)." with no math mode: the one class written in the text; null when none or several are.</summary>
    private static BigOAnswer? BigOInPlainText(MappedText text, LatexContext context)
    {
        var classes = PlainBigO().Matches(text.Text).DistinctBy(m => m.Value.Replace(" ", "")).ToArray();
        return classes.Length == 1 ? BigO(text.Slice(classes[0].Index, classes[0].Index + classes[0].Length), context) : null;
    }

    [GeneratedRegex(@"(\\mathcal\s*\{\s*O\s*\}|\\Theta|\bO)\s*\([^()$]*(\([^()$]*\)[^()$]*)*\)")]
    private static partial Regex PlainBigO();

    [GeneratedRegex(@"\$(?<math>[^$]+)\$")]
    private static partial Regex InlineMath();

    /// <summary>
    /// The formula that gives the answer in a field written as prose with formulas ("With $V = d g$ .. \[ .. \] so $A = ..$."):
    /// the last one that <paramref name="holds"/> matches; the field itself when it is one formula, or has none that matches.
    /// </summary>
    private static MappedText FinalFormula(MappedText source, Regex holds)
    {
        var formulas = Formula().Matches(source.Text).Where(m => holds.IsMatch(m.Groups["math"].Value)).ToList();
        var text = source.Text.Trim();
        if (formulas.Count == 0 || (formulas.Count == 1 && formulas[0].Length >= text.TrimEnd('.', ',', ';').Trim().Length)) return source;
        var math = formulas[^1].Groups["math"];
        return source.Slice(math.Index, math.Index + math.Length);
    }

    /// <summary>A formula between $$..$$, $..$, \[..\] or \(..\); its inside is the group math.</summary>
    [GeneratedRegex(@"\$\$(?<math>.+?)\$\$|(?<![\\$])\$(?<math>[^$]+?)(?<!\\)\$|\\\[(?<math>.+?)\\\]|\\\((?<math>.+?)\\\)", RegexOptions.Singleline)]
    private static partial Regex Formula();

    [GeneratedRegex(@"(?<!\\)\$")]
    private static partial Regex InnerDollar();

    private static BigOAnswer? BigO(MappedText text, LatexContext context)
    {
        var m = BigOPattern().Match(text.Text);
        if (!m.Success) return null;
        var group = m.Groups["inner"];
        var inner = Read(text.Slice(group.Index, group.Index + group.Length), t => LatexLowering.ParseScalar(t, context));
        return Growth(inner) is var (p, q) ? new BigOAnswer("K", Number.Of(p), q) : null;
    }

    /// <summary>
    /// The growth (p, q) of c K^p (log K)^q, c free of K (a log base is such a constant); a sum grows as its
    /// fastest term (O(3K + 1) is O(K), O(K log K + K) is O(K log K)); null for anything else.
    /// </summary>
    private static (BigRational Power, int Log)? Growth(Expr e) => e switch
    {
        _ when !Substitution.FreeSymbols(e).Any(IsK) => (BigRational.Zero, 0),
        Symbol s when IsK(s) => (BigRational.One, 0),
        Power { Base: Symbol s, Exponent: Number p } when IsK(s) => (p.Value, 0),
        Function { Which: FunctionKind.Log, Arguments: [Symbol s] } when IsK(s) => (BigRational.Zero, 1),
        Power { Base: Function { Which: FunctionKind.Log, Arguments: [Symbol s] }, Exponent: Number { Value: { IsInteger: true } q } } when IsK(s) && BigInteger.Abs(q.Numerator) <= 64
            => (BigRational.Zero, (int)q.Numerator),
        Product product => Times(product.Factors.Select(Growth).ToArray()),
        Sum sum => Fastest(sum.Terms.Select(Growth).ToArray()),
        _ => null,
    };

    private static bool IsK(Symbol s) => s.Name == "K" && s.Indices.Count == 0;

    private static (BigRational, int)? Times((BigRational Power, int Log)?[] factors) =>
        factors.All(f => f is not null) ? factors.Aggregate((BigRational.Zero, 0), (a, f) => (a.Item1 + f!.Value.Power, a.Item2 + f.Value.Log)) : null;

    private static (BigRational, int)? Fastest((BigRational Power, int Log)?[] terms) =>
        terms.All(t => t is not null) ? terms.Select(t => t!.Value).OrderByDescending(t => t.Power).ThenByDescending(t => t.Log).First() : null;

    private static IReadOnlyList<Expr> List(MappedText text, LatexContext context, string open, string close)
    {
        // "$z_1 = -c/b$, $z_2 = ..$": one formula per item; the '$' between them (the outer pair is unwrapped) are spaces.
        // Only when they pair up: a '$' left open is reported as such (see Parse).
        var unwrapped = FieldText.Unwrap(text).Replace(@"\left", "").Replace(@"\right", "");
        var t = (UnpairedDollar(text.Text) is null ? unwrapped.Replace(InnerDollar(), _ => " ") : unwrapped).Trim();
        // "(d, g) = (0, 0)" or "\{\lambda_1, \lambda_2\} = \{..\}": the names, then the list; "d = 0, g = 0" names each item instead.
        var named = AfterLastEquals(t).Trim();
        if (named.Text.Length < t.Text.Length && Inside(named, open, close) is not null) t = named;
        if (Inside(t, open, close) is { } inner) t = inner;
        return SplitTopLevel(t).SelectMany(item => PlusMinusBranches(AfterLastEquals(item))).Select(item => Scalar(item, context)).ToArray();
    }

    /// <summary>
    /// "1 \pm i\alpha" is the pair 1 + i\alpha, 1 - i\alpha: every \pm takes + in the first and - in the second
    /// (\mp the opposite), as the checker reads it; an item without them is itself.
    /// </summary>
    private static IEnumerable<MappedText> PlusMinusBranches(MappedText item)
    {
        if (!PlusMinus().IsMatch(item.Text)) return [item];
        MappedText Branch(string plus, string minus) => item.Replace(PlusMinus(), m => m.Value.StartsWith(@"\pm", StringComparison.Ordinal) ? plus : minus);
        return [Branch("+", "-"), Branch("-", "+")];
    }

    /// <summary>The text between <paramref name="open"/> and <paramref name="close"/> when they wrap all of it ("(0, 0)", not "(a)(b)"), else null.</summary>
    private static MappedText? Inside(MappedText text, string open, string close)
    {
        if (text.Text.Length < open.Length + close.Length || !text.StartsWith(open) || !text.EndsWith(close)) return null;
        var inner = text.Slice(open.Length, text.Text.Length - close.Length);
        var depth = 0;
        foreach (var c in inner.Text)
        {
            if (c is '{' or '(' or '[') depth++;
            else if (c is '}' or ')' or ']' && --depth < 0) return null;
        }
        return inner;
    }

    /// <summary>"\lambda_1 = 1 + i\alpha" or "d = 0": the value after the last top-level '='.</summary>
    private static MappedText AfterLastEquals(MappedText text)
    {
        var t = text.Text;
        var depth = 0;
        var cut = -1;
        for (var k = 0; k < t.Length; k++)
        {
            if (t[k] is '{' or '(' or '[') depth++;
            else if (t[k] is '}' or ')' or ']') depth--;
            else if (t[k] == '=' && depth == 0) cut = k;
        }
        return cut < 0 ? text : text.Slice(cut + 1, t.Length);
    }

    private static IEnumerable<MappedText> SplitTopLevel(MappedText text)
    {
        var t = text.Text;
        var depth = 0;
        var start = 0;
        for (var k = 0; k <= t.Length; k++)
        {
            if (k < t.Length)
            {
                if (t[k] is '{' or '(' or '[') depth++;
                else if (t[k] is '}' or ')' or ']') depth--;
                if (t[k] != ',' || depth != 0) continue;
            }
            var item = text.Slice(start, k).Trim();
            if (item.Text.Length > 0) yield return item;
            start = k + 1;
        }
    }

    private static string Short(string text)
    {
        var t = string.Join(" ", text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return t.Length <= 60 ? t : t[..57] + "...";
    }

    /// <summary>\begin{pmatrix}, \end{bmatrix}, \begin{array}{ccccc} and the like.</summary>
    [GeneratedRegex(@"\\(begin|end)\s*\{\s*[A-Za-z]*matrix\*?\s*\}|\\begin\s*\{\s*array\s*\}\s*\{[^}]*\}|\\end\s*\{\s*array\s*\}")]
    private static partial Regex MatrixEnvironment();

    [GeneratedRegex(@"\d+")]
    private static partial Regex PixelToken();

    /// <summary>A tuple, "(0, 0)" or "(d, g) = (0, 0)": what a point or a pair is read from when the field is a sentence with formulas.</summary>
    [GeneratedRegex(@"\(.*,.*\)", RegexOptions.Singleline)]
    private static partial Regex TupleFormula();

    /// <summary>A set, "\{1 + i\alpha, 1 - i\alpha\}": what a set of values is read from when the field is a sentence with formulas.</summary>
    [GeneratedRegex(@"\\\{.*\\\}", RegexOptions.Singleline)]
    private static partial Regex SetFormula();

    /// <summary>\pm or \mp as a command (not the start of a longer name such as \pmatrix).</summary>
    [GeneratedRegex(@"\\(pm|mp)(?![A-Za-z])")]
    private static partial Regex PlusMinus();

    [GeneratedRegex(@"^\s*(\\emptyset|\\varnothing|none|empty)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EmptySet();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(\\mathcal\s*\{\s*O\s*\}|\\mathcal\s+O|\\mathcal\s*O|O|\\Theta)\s*(\\left)?\s*\((?<inner>.*?)(\\right)?\s*\)$", RegexOptions.Singleline)]
    private static partial Regex BigOPattern();
}
