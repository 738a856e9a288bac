using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Parsing.Infix;

internal sealed partial class InfixReader
{
    /// <summary>Summation indices in scope (innermost last), which a name means before anything else.</summary>
    private readonly List<Symbol> indexScope = [];

    /// <summary>Above zero while reading the indices of mu[i]: a bare name there is an integer index.</summary>
    private int indexDepth;

    private Expr Name()
    {
        var name = Advance();
        if (Current.Kind == TokenKind.LeftBracket) return IndexedSymbol(name);
        if (Current.Kind == TokenKind.Prime) return Derivative(name);
        if (Current.Kind == TokenKind.LeftParen) return Call(name);
        if (BuiltinFunctions.IsKnown(name.Text) || IsBigOperator(name.Text))
            throw Error($"expected '(' after the function name '{name.Text}'", Current);
        if (table.IsFunction(name.Text)) throw Error($"expected '(' after the function name '{name.Text}'", Current);
        return Resolve(name.Text);
    }

    /// <summary>A plain name: a summation index in scope, a bound symbol, the constants e, pi, i, or a new real symbol.</summary>
    private Expr Resolve(string name)
    {
        for (var k = indexScope.Count - 1; k >= 0; k--)
            if (indexScope[k].Name == name) return indexScope[k];
        if (table.IsSymbol(name)) return table.Get(name);
        if (indexDepth > 0) return table.Index(name);
        return name switch
        {
            "e" => Constant.E,
            "pi" => Constant.Pi,
            "i" => Constant.I,
            _ => table.Get(name),
        };
    }

    private Expr IndexedSymbol(Token name) => IndexedSymbol(name.Text);

    private Expr IndexedSymbol(string name)
    {
        var open = Advance();
        var indices = new List<Expr>();
        indexDepth++;
        do indices.Add(Expression()); while (Accept(TokenKind.Comma));
        indexDepth--;
        Close(TokenKind.RightBracket, "]", open);
        return table.Indexed(name, indices);
    }

    /// <summary>f'(x), f''(x): derivatives of a one-argument undefined function.</summary>
    private Expr Derivative(Token name)
    {
        var order = 0;
        while (Accept(TokenKind.Prime)) order++;
        if (BuiltinFunctions.IsKnown(name.Text))
            throw Error($"'{name.Text}' is a known function: differentiate its argument instead of writing {name.Text}'", name);
        if (Current.Kind != TokenKind.LeftParen) throw Unexpected(Current, $"'(' after {name.Text}{new string('\'', order)}");
        var args = Arguments();
        if (args.Count != 1)
            throw Error($"{name.Text}' takes one argument; write partial derivatives of several-argument functions in LaTeX", name);
        var apply = Apply.Of(name.Text, args[0]);
        for (var k = 0; k < order; k++) apply = apply.Differentiated(0);
        return apply;
    }

    private Expr Call(Token name)
    {
        if (IsBigOperator(name.Text)) return Summation(name);
        if (table.IsFunction(name.Text)) return DeclaredCall(name.Text);
        if (Accented(name) is { } accented) return accented;
        if (!BuiltinFunctions.IsKnown(name.Text))
        {
            var what = table.IsSymbol(name.Text) || name.Text.Length == 1 ? $"'{name.Text}' is not a function" : $"unknown function '{name.Text}'";
            throw Error($"{what}: write {name.Text}*(...) for a product, or declare {name.Text} as a function", name);
        }
        var args = Arguments();
        return BuiltinFunctions.Apply(name.Text, args) ?? throw Error(BuiltinFunctions.ArityMessage(name.Text, args.Count), name);
    }

    /// <summary>
    /// f(x, y), and q(z | x): a conditional density, the Apply named q|1 (the count of arguments before the bar), as the
    /// LaTeX parser reads q(z \mid x), so that the printed form of either reads back as itself.
    /// </summary>
    private Apply DeclaredCall(string name)
    {
        var args = Arguments(conditional: true, out var before);
        return Apply.Of(before is { } k ? $"{name}|{k}" : name, args.ToArray());
    }

    /// <summary>
    /// tilde(z), hat(theta)[1]: a letter under an accent, the symbol the LaTeX parser makes of \tilde{z} (named as
    /// <see cref="AccentNames"/> says), so that a printed accented name reads back as itself. Null for anything else.
    /// </summary>
    private Expr? Accented(Token word)
    {
        if (position + 2 >= tokens.Count || tokens[position + 1].Kind != TokenKind.Name || tokens[position + 2].Kind != TokenKind.RightParen) return null;
        var name = $"{word.Text}({tokens[position + 1].Text})";
        if (AccentNames.Split(name) is null) return null;
        position += 3;
        return Current.Kind == TokenKind.LeftBracket ? IndexedSymbol(name) : Resolve(name);
    }

    /// <summary>( a, b, ... ) after a function name.</summary>
    private List<Expr> Arguments() => Arguments(conditional: false, out _);

    /// <summary>( a, b, ... ), and when <paramref name="conditional"/> ( z, w | x ): then the count of arguments before the bar.</summary>
    private List<Expr> Arguments(bool conditional, out int? before)
    {
        var open = Advance();
        var args = new List<Expr>();
        before = null;
        if (Current.Kind == TokenKind.RightParen) throw Unexpected(Current, "an argument");
        do
        {
            args.Add(Expression());
            if (conditional && before is null && Current.Kind == TokenKind.Bar && tokens[position + 1].Kind != TokenKind.RightParen)
            {
                Advance();
                before = args.Count;
                args.Add(Expression());
            }
        }
        while (Accept(TokenKind.Comma));
        Close(TokenKind.RightParen, ")", open);
        return args;
    }

    private static bool IsBigOperator(string name) => name is "sum" or "prod";

    /// <summary>sum(body, i, lo, hi) and prod(body, i, lo, hi): the index is read first (it is the second argument) so the body sees it.</summary>
    private Expr Summation(Token name)
    {
        var open = Advance();
        var indexToken = FindSummationIndex(open);
        var index = table.Index(indexToken.Text);
        indexScope.Add(index);
        var body = Expression();
        indexScope.RemoveAt(indexScope.Count - 1);
        if (!Accept(TokenKind.Comma)) throw Unexpected(Current, $"',' then the index after the body of {name.Text}");
        if (Current.Kind != TokenKind.Name) throw Unexpected(Current, "the summation index");
        Advance();
        if (!Accept(TokenKind.Comma)) throw Unexpected(Current, $"',' then the lower bound of the {(name.Text == "prod" ? "product" : "sum")}");
        var lower = Expression();
        if (!Accept(TokenKind.Comma)) throw Unexpected(Current, $"',' then the upper bound of the {(name.Text == "prod" ? "product" : "sum")}");
        var upper = Expression();
        Close(TokenKind.RightParen, ")", open);
        return name.Text == "prod" ? Build.IndexedProduct(body, index, lower, upper) : Build.IndexedSum(body, index, lower, upper);
    }

    private Token FindSummationIndex(Token open)
    {
        var depth = 0;
        for (var k = position; k < tokens.Count; k++)
        {
            var kind = tokens[k].Kind;
            if (kind is TokenKind.LeftParen or TokenKind.LeftBracket) depth++;
            else if (kind is TokenKind.RightParen or TokenKind.RightBracket) { if (depth-- == 0) break; }
            else if (kind == TokenKind.End) break;
            else if (kind == TokenKind.Comma && depth == 0)
            {
                var candidate = tokens[k + 1];
                if (candidate.Kind == TokenKind.Name && tokens[k + 2].Kind == TokenKind.Comma) return candidate;
                throw Unexpected(candidate, "the summation index (a name) as the second argument of sum(body, i, lo, hi)");
            }
        }
        throw Error($"sum at column {source.Column(open.Offset)} needs four arguments: sum(body, i, lo, hi)", open);
    }
}
