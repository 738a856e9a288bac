using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Safety;

namespace Ift6135.Sym.Symbolic.Parsing.Infix;

/// <summary>
/// Precedence climbing over the tokens of one text. Lowest to highest: + and -; * and /; unary
/// minus (a leading one covers the whole term); ^ (right-associative, its exponent may carry a sign: 2^-1); calls, brackets, atoms.
/// So -x^2 is -(x^2) and a/b*c is (a/b)*c. Juxtaposition (2x) is an error that says what to write.
/// </summary>
internal sealed partial class InfixReader
{
    private readonly SourceText source;
    private readonly List<Token> tokens;
    private readonly SymbolTable table;
    private int position;
    private int depth;
    private readonly SafetyLimits limits = SafetyLimits.Current;

    public InfixReader(string text, SymbolTable table)
    {
        source = new SourceText(text);
        tokens = InfixLexer.Tokenize(source);
        this.table = table;
    }

    private Token Current => tokens[position];
    private Token Previous => tokens[position - 1];
    private Token Advance() => tokens[position++];

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind) return false;
        position++;
        return true;
    }

    private ParseException Error(string message, Token at) => source.Error(message, at.Offset, at.Length);

    private ParseException Unexpected(Token at, string expected) =>
        Error($"expected {expected}, found {at.Describe()}", at);

    /// <summary>Consumes the closing bracket that matches <paramref name="open"/>, or says which one is missing.</summary>
    private void Close(TokenKind kind, string closer, Token open)
    {
        if (Accept(kind)) return;
        // Named with its line when the input ends lines below it (an operand read from a file).
        var where = source.Line(open.Offset) == source.Line(Current.Offset) ? $"column {source.Column(open.Offset)}" : $"line {source.Line(open.Offset)}, column {source.Column(open.Offset)}";
        throw Error($"expected '{closer}' to close the '{open.Text}' at {where}, found {Current.Describe()}", Current);
    }

    public void ExpectEnd(string what)
    {
        if (Current.Kind == TokenKind.End) return;
        throw Error($"unexpected {Current.Describe()} after the end of the {what}", Current);
    }

    public bool AtEnd => Current.Kind == TokenKind.End;

    public bool AcceptComma() => Accept(TokenKind.Comma);

    /// <summary>
    /// Counts one level of recursion and refuses input nested deeper than the limit, with its place:
    /// the alternative is a stack overflow, which kills the process.
    /// </summary>
    private NestingLevel Nest()
    {
        if (++depth > limits.MaxNestingDepth)
            throw Error($"nesting deeper than {limits.MaxNestingDepth} levels (brackets, signs or powers) {Safety.LimitOptions.Describe(nameof(Safety.SafetyLimits.MaxNestingDepth))}", Current);
        return new NestingLevel(this);
    }

    private readonly struct NestingLevel(InfixReader reader) : IDisposable
    {
        public void Dispose() => reader.depth--;
    }

    public Expr Expression()
    {
        using var level = Nest();
        // The terms are summed in one step: adding them one at a time re-places each new term in a
        // growing sum, quadratic in the number of terms; the canonical sum is the same either way.
        var terms = new List<Expr> { Term() };
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var minus = Advance().Kind == TokenKind.Minus;
            var right = Term();
            terms.Add(minus ? Build.Neg(right) : right);
        }
        return terms.Count == 1 ? terms[0] : Build.Add(terms);
    }

    /// <summary>
    /// A leading sign covers the whole term: -a/b is -(a/b), as a mathematician reads it and as the
    /// printer writes it (the canonical forms of -(a/b) and (-a)/b may differ when a is a sum).
    /// </summary>
    private Expr Term()
    {
        if (Accept(TokenKind.Minus)) { using var level = Nest(); return Build.Neg(Term()); }
        if (Accept(TokenKind.Plus)) { using var level = Nest(); return Term(); }
        var start = Current.Offset;
        // The factors of a*b/c are multiplied in one step, as the canonical product they print from:
        // multiplying pairwise would distribute 3 over (x + 1) in 3*(x + 1)/y before /y arrives.
        var factors = new List<Expr> { Unary() };
        while (true)
        {
            if (Current.Kind is TokenKind.Star or TokenKind.Slash)
            {
                var divide = Advance().Kind == TokenKind.Slash;
                var slash = Previous;
                var right = Unary();
                if (divide && right.IsZero) throw Error("division by zero", slash);
                factors.Add(divide ? Build.Pow(right, Number.MinusOne) : right);
                continue;
            }
            if (StartsOperand(Current.Kind)) throw ImplicitMultiplication(start);
            return Build.Mul(factors);
        }
    }

    private static bool StartsOperand(TokenKind kind) =>
        kind is TokenKind.Number or TokenKind.Name or TokenKind.LeftParen;

    private ParseException ImplicitMultiplication(int leftStart)
    {
        var left = source.Text[leftStart..(Previous.Offset + Previous.Length)];
        var right = Current.Text;
        return Error($"missing operator in '{left}{right}': implicit multiplication is not allowed in infix, write {left}*{right}", Current);
    }

    private Expr Unary()
    {
        if (Accept(TokenKind.Minus)) { using var level = Nest(); return Build.Neg(Unary()); }
        if (Accept(TokenKind.Plus)) { using var level = Nest(); return Unary(); }
        return Power();
    }

    private Expr Power()
    {
        var b = Primary();
        if (!Accept(TokenKind.Caret)) return b;
        var caret = Previous;
        Expr exponent;
        using (Nest()) exponent = Unary();
        if (b.IsZero && exponent is Number { Value.IsNegative: true }) throw Error("0 to a negative power (division by zero)", caret);
        return Build.Pow(b, exponent);
    }

    private Expr Primary()
    {
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.Number:
                Advance();
                if (t.Text.Length > limits.MaxNumberDigits)
                    throw Error($"a number of {t.Text.Length} digits is longer than the limit of {limits.MaxNumberDigits} {Safety.LimitOptions.Describe(nameof(Safety.SafetyLimits.MaxNumberDigits))}", t);
                if (!BigRational.TryParse(t.Text, out var value)) throw Error($"'{t.Text}' is not a number", t);
                return Number.Of(value);
            case TokenKind.LeftParen:
                Advance();
                var inner = Expression();
                Close(TokenKind.RightParen, ")", t);
                return inner;
            case TokenKind.Name:
                return Name();
            case TokenKind.Bar:
                throw Error("'|' is not an absolute value here: write abs(x); a bar is read only as a condition inside a declared function's parentheses, q(z | x)", t);
            default:
                throw Unexpected(t, "a number, a name or '('");
        }
    }
}
