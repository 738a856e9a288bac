using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Printing;

namespace Ift6135.Sym.Bench.Corpus;

/// <summary>
/// Our expressions in a form SymPy reads: the InfixPrinter's text with ^ as ** and indexed symbols
/// mu[i] as plain symbols mu_i. The function names (sigmoid, logit, relu ...) and the constants
/// i, e, pi are defined in the oracle's namespace as their SymPy meaning.
/// </summary>
public static partial class SympySyntax
{
    public static string Of(Expr e) => Translate(InfixPrinter.Print(e));

    public static JsonArray Of(Matrix m) =>
        new(Enumerable.Range(0, m.Rows).Select(r => (JsonNode)new JsonArray(m.Row(r).Select(x => (JsonNode)JsonValue.Create(Of(x))!).ToArray())).ToArray());

    public static JsonArray Of(IEnumerable<Expr> values) => new(values.Select(v => (JsonNode)JsonValue.Create(Of(v))!).ToArray());

    public static string Translate(string infix)
    {
        var flat = Indexed().Replace(infix, m => m.Groups[1].Value + "_" + Regex.Replace(m.Groups[2].Value, @"[\s,]+", "_"));
        // lambda (an eigenvalue variable) and the other Python keywords cannot be SymPy names: lambda_ can.
        return PythonKeyword().Replace(flat, m => m.Value + "_").Replace("^", "**");
    }

    /// <summary>The name SymPy knows a symbol by (mu[i] is mu_i).</summary>
    public static string NameOf(Symbol s) => Translate(InfixPrinter.Print(s));

    /// <summary>Each free symbol with its domain, for the oracle's Symbol(..., positive=True ...).</summary>
    public static JsonObject Symbols(IEnumerable<Expr> exprs)
    {
        var result = new JsonObject();
        foreach (var s in exprs.SelectMany(Substitution.FreeSymbols).Distinct().OrderBy(s => NameOf(s), StringComparer.Ordinal))
            result[NameOf(s)] = Domain(s.Facts);
        return result;
    }

    private static string Domain(Facts f) =>
        f.HasFlag(Facts.Positive) ? "positive"
        : f.HasFlag(Facts.Negative) ? "negative"
        : f.HasFlag(Facts.Nonnegative) ? "nonnegative"
        : f.HasFlag(Facts.Nonpositive) ? "nonpositive"
        : f.HasFlag(Facts.Integer) ? "integer"
        : f.HasFlag(Facts.Real) ? "real"
        : "complex";

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(lambda|and|as|assert|async|await|break|class|continue|def|del|elif|else|except|finally|for|from|global|if|import|in|is|nonlocal|not|or|pass|raise|return|try|while|with|yield|None|True|False)(?![A-Za-z0-9_])")]
    private static partial Regex PythonKeyword();

    [GeneratedRegex(@"([A-Za-z_][A-Za-z_0-9]*)\[([^\[\]]*)\]")]
    private static partial Regex Indexed();
}
