using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Render;

/// <summary>
/// The comment declarations a question opens with, so that the checker reads its formulas as the
/// engine meant them: the undefined functions it applies (% function: f, \tilde{q}), the names that
/// are plain symbols here though an other question applies them as functions (% symbol: g), and
/// the random variables of its expectations (% random: z). Each line is "kind: names".
/// </summary>
public static class Declarations
{
    public static IReadOnlyList<string> Of(Question q, IReadOnlySet<string> documentFunctions)
    {
        var exprs = ExpressionsOf(q).ToArray();
        var functions = exprs.SelectMany(Applications).Select(a => LatexPrinter.DeclaredFunctionName(a.Name)).OfType<string>()
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        var symbols = exprs.SelectMany(Symbols).Where(s => !s.IsIndexed).Select(s => LatexPrinter.Print(s))
            .Where(documentFunctions.Contains).Distinct().Order(StringComparer.Ordinal).ToArray();
        var random = q.RandomVariables.Select(LatexPrinter.Print).ToArray();
        var lines = new List<string>();
        if (functions.Length > 0) lines.Add("function: " + string.Join(", ", functions));
        if (symbols.Length > 0) lines.Add("symbol: " + string.Join(", ", symbols));
        if (random.Length > 0) lines.Add("random: " + string.Join(", ", random));
        return lines;
    }

    /// <summary>Every name the document applies as an undefined function, as printed.</summary>
    public static IReadOnlySet<string> FunctionsOf(Solution solution) =>
        solution.Questions.SelectMany(ExpressionsOf).SelectMany(Applications)
            .Select(a => LatexPrinter.DeclaredFunctionName(a.Name)).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<Expr> ExpressionsOf(Question q) =>
        Inlines(q.Summary).Concat(q.Setup.Concat(q.Parts.SelectMany(p => p.Blocks)).Concat(q.Closing).SelectMany(ItemsOf))
            .Concat(q.Parts.SelectMany(p => Inlines(p.Restatement)))
            .SelectMany(LocalAssumptions.Expressions);

    private static IEnumerable<MathItem> ItemsOf(Block b) => b switch
    {
        Prose p => Inlines(p.Text),
        Formula f => Inlines(f.Caption).Prepend(f.Math),
        Chain c => c.Steps.Select(s => s.Expression).Prepend(c.Start).Concat(Inlines(c.Caption)),
        Result r => Inlines(r.Statement),
        Table t => t.Header.Concat(t.Rows.SelectMany(r => r)).Append(t.Caption).SelectMany(Inlines),
        Figure f => Inlines(f.Caption),
        _ => [],
    };

    private static IEnumerable<MathItem> Inlines(Inline? text) =>
        text is null ? [] : text.Flat.OfType<MathPiece>().Select(p => p.Math);

    private static IEnumerable<Apply> Applications(Expr e) =>
        (e is Apply a ? [a] : Enumerable.Empty<Apply>()).Concat(e.Args.SelectMany(Applications));

    private static IEnumerable<Symbol> Symbols(Expr e) =>
        (e is Symbol s ? [s] : Enumerable.Empty<Symbol>()).Concat(e.Args.SelectMany(Symbols));
}
