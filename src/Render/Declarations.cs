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
    public static IReadOnlyList<string> Of(Question q, IReadOnlySet<string> documentFunctions) => Lines(NamesOf(q), documentFunctions);

    /// <summary>What the declarations of a question need from that question alone (the costly part: every formula walked and its names printed).</summary>
    public static QuestionNames NamesOf(Question q)
    {
        var applied = new HashSet<Apply>();
        var symbols = new HashSet<Symbol>();
        foreach (var node in ExpressionsOf(q).SelectMany(e => e.Descendants()))
        {
            if (node is Apply a) applied.Add(a);
            else if (node is Symbol { IsIndexed: false } s) symbols.Add(s);
        }
        return new QuestionNames(
            applied.Select(a => LatexPrinter.DeclaredFunctionName(a.Name)).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray(),
            symbols.Select(s => LatexPrinter.Print(s)).Distinct().Order(StringComparer.Ordinal).ToArray(),
            q.RandomVariables.Select(LatexPrinter.Print).ToArray());
    }

    /// <summary>The declaration lines of a question from its names, given every name the document applies as a function.</summary>
    public static IReadOnlyList<string> Lines(QuestionNames names, IReadOnlySet<string> documentFunctions)
    {
        var symbols = names.Symbols.Where(documentFunctions.Contains).ToArray();
        var lines = new List<string>();
        if (names.Functions.Count > 0) lines.Add("function: " + string.Join(", ", names.Functions));
        if (symbols.Length > 0) lines.Add("symbol: " + string.Join(", ", symbols));
        if (names.Random.Count > 0) lines.Add("random: " + string.Join(", ", names.Random));
        return lines;
    }

    /// <summary>Every name the document applies as an undefined function, as printed.</summary>
    public static IReadOnlySet<string> FunctionsOf(Solution solution) => FunctionsOf(solution.Questions.Select(NamesOf));

    /// <summary>Every name the questions apply as an undefined function: the union of their <see cref="QuestionNames.Functions"/>.</summary>
    public static IReadOnlySet<string> FunctionsOf(IEnumerable<QuestionNames> questions) =>
        questions.SelectMany(n => n.Functions).ToHashSet(StringComparer.Ordinal);

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
}
