using Ift6135.Sym.Bench.Corpus;
using System.Text.Json.Nodes;

namespace Ift6135.Sym.Tests.Oracle;

/// <summary>
/// The cases our engine answers and SymPy judges, generated from fixed seeds (the same corpus every run).
/// Each category lives in its own method; <see cref="All"/> is the whole corpus.
/// </summary>
public static partial class OracleCorpus
{
    /// <summary>Canonical construction and the infix printer: the built expression equals the recipe as written.</summary>
    public static IReadOnlyList<OracleCase> Construction(int count = 100)
    {
        var cases = new List<OracleCase>();
        for (var seed = 1; seed <= count; seed++)
        {
            var recipe = new RecipeGenerator(1000 + seed).Expression(4);
            var ours = recipe.Build();
            cases.Add(OracleCase.Of($"construction#{seed}", "equal", SympySyntax.Symbols([ours, .. RecipeSymbols()]),
                ("expected", recipe.Sympy()), ("ours", SympySyntax.Of(ours))));
        }
        return cases;
    }

    /// <summary>The generator's symbols, declared even when canonicalization removed them (x - x = 0).</summary>
    private static IEnumerable<Symbolic.Expressions.Expr> RecipeSymbols() =>
        [RecipeGenerator.X, RecipeGenerator.Y, RecipeGenerator.A, RecipeGenerator.Bp];

    private static JsonNode? Str(string s) => JsonValue.Create(s);
}
