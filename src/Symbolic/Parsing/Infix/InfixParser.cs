using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Symbolic.Parsing.Infix;

/// <summary>
/// Reads the plain infix syntax that <see cref="Printing.InfixPrinter"/> writes, plus common user
/// syntax (** for powers, ln, relu, decimals as exact rationals). Names are resolved through a
/// <see cref="SymbolTable"/>; e, pi and i are the constants unless the table binds them.
/// Errors are <see cref="ParseException"/>s that say what was expected and point at the column.
/// </summary>
public static class InfixParser
{
    public static Expr Parse(string text, SymbolTable table)
    {
        var reader = new InfixReader(text, table);
        var e = reader.Expression();
        reader.ExpectExpressionEnd();
        return e;
    }

    public static Matrix ParseMatrix(string text, SymbolTable table)
    {
        var reader = new InfixReader(text, table);
        var m = reader.Matrix();
        reader.ExpectEnd("matrix");
        return m;
    }

    /// <summary>One relation a op b (chains such as 0 &lt; w &lt; 1 belong in assumptions).</summary>
    public static Relation ParseRelation(string text, SymbolTable table)
    {
        var reader = new InfixReader(text, table);
        var start = reader.CurrentOffset;
        var chain = reader.RelationChain();
        reader.ExpectEnd("relation");
        if (chain.Count > 1)
            throw reader.ErrorAt("a chain of relations is only allowed in assumptions; write one relation", start, text.Length - start);
        return chain[0];
    }

    /// <summary>
    /// Comma-separated relations and chains ("alpha>0, beta>=-alpha, 0<w<1"). Relations that bound a
    /// single symbol by a number (alpha > 0, r >= 0, 0 < w) also set that symbol's facts in the table,
    /// and the relations are then read again so that they hold the symbols with their new facts.
    /// Parse assumptions before the expressions that use their symbols.
    /// </summary>
    public static AssumptionSet ParseAssumptions(string text, SymbolTable table)
    {
        if (string.IsNullOrWhiteSpace(text)) return AssumptionSet.None;
        var first = ReadAll(text, table);
        foreach (var (relations, offset, length) in first)
            foreach (var r in relations)
                SymbolFacts.Apply(r, table, message => new InfixReader(text, table).ErrorAt(message, offset, length));
        return AssumptionSet.Of(ReadAll(text, table).SelectMany(a => a.Relations).ToArray());
    }

    /// <summary>
    /// Why <paramref name="name"/> cannot be declared an undefined function of the infix syntax (f in f(x)), or null
    /// when it can: it must be a plain name, and not one the syntax already reads otherwise (exp, sum, the accents).
    /// </summary>
    public static string? FunctionNameProblem(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            return $"'{name}' is not a name (letters, digits and _, starting with a letter)";
        if (BuiltinFunctions.IsKnown(name) || name is "sum" or "prod" or "e" or "pi" or "i" || AccentNames.Split($"{name}(x)") is not null)
            return $"'{name}' already has a meaning in the infix syntax";
        return null;
    }

    private static List<(List<Relation> Relations, int Offset, int Length)> ReadAll(string text, SymbolTable table)
    {
        var reader = new InfixReader(text, table);
        var all = new List<(List<Relation>, int, int)>();
        do
        {
            var start = reader.CurrentOffset;
            var chain = reader.RelationChain();
            all.Add((chain, start, Math.Max(1, reader.CurrentOffset - start)));
        }
        while (reader.AcceptComma());
        reader.ExpectEnd("assumptions");
        return all;
    }
}
