using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;

namespace Ift6135.Sym.Symbolic.Parsing;

/// <summary>
/// The names of one problem: each name means one <see cref="Symbol"/> (with its facts), and some
/// names are declared undefined functions (f, h). Shared by the infix and the LaTeX parsers so that
/// "alpha" in an assumption and in an answer is the same symbol. A name is bound on first use
/// (real by default), so facts must be declared before the expressions that use them are parsed.
/// </summary>
public sealed class SymbolTable
{
    private readonly Dictionary<string, Symbol> symbols = new(StringComparer.Ordinal);
    private readonly HashSet<string> functions = new(StringComparer.Ordinal);

    /// <summary>The symbol for <paramref name="name"/>, created real on first use.</summary>
    public Symbol Get(string name)
    {
        if (!symbols.TryGetValue(name, out var s)) symbols[name] = s = Symbol.Of(name);
        return s;
    }

    /// <summary>
    /// The symbol of a summation or subscript index: the bound symbol if the name is bound, else an
    /// integer symbol that is NOT bound, so that the i of mu[i] does not turn the imaginary unit i elsewhere into a symbol.
    /// </summary>
    public Symbol Index(string name) => symbols.TryGetValue(name, out var s) ? s : Symbol.Of(name, Facts.Integer);

    /// <summary>An indexed symbol mu[i]: it takes the facts declared for its name (mu), real by default.</summary>
    public Symbol Indexed(string name, IReadOnlyList<Expr> indices) =>
        Symbol.Indexed(name, symbols.TryGetValue(name, out var s) ? s.Facts : Facts.Real, indices.ToArray());

    /// <summary>Binds <paramref name="name"/> to a symbol with exactly these facts (normalized), replacing any earlier binding.</summary>
    public Symbol Declare(string name, Facts facts)
    {
        var s = Symbol.Of(name, facts);
        symbols[name] = s;
        return s;
    }

    /// <summary>Adds facts to what is known of <paramref name="name"/> (a real symbol if it was not bound yet).</summary>
    public Symbol AddFacts(string name, Facts facts) =>
        Declare(name, (symbols.TryGetValue(name, out var s) ? s.Facts : Facts.Real) | facts);

    public bool TryGet(string name, out Symbol symbol) => symbols.TryGetValue(name, out symbol!);

    /// <summary>True when <paramref name="name"/> is bound to a symbol (so e, pi, i then mean that symbol, not the constant).</summary>
    public bool IsSymbol(string name) => symbols.ContainsKey(name);

    public void DeclareFunction(string name) => functions.Add(name);

    public bool IsFunction(string name) => functions.Contains(name);

    /// <summary>The bound symbols, in name order.</summary>
    public IReadOnlyList<Symbol> Symbols => symbols.Keys.Order(StringComparer.Ordinal).Select(k => symbols[k]).ToArray();

    public IReadOnlyList<string> Functions => functions.Order(StringComparer.Ordinal).ToArray();
}
