using Ift6135.Sym.Bench.Corpus;
using System.Text.Json.Nodes;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Rewriting;

namespace Ift6135.Sym.Tests.Oracle;

/// <summary>The calculus and rewriting cases: derivatives and expansions; and the whole corpus.</summary>
public static partial class OracleCorpus
{
    public static IReadOnlyList<OracleCase> All() =>
        [.. Construction(), .. Derivatives(), .. MixedDerivatives(), .. Expansions(), .. Determinants(),
         .. Inverses(), .. CharacteristicPolynomials(), .. EigenvaluesCases(), .. QuadraticRoots()];

    /// <summary>First derivatives of random expressions, by x (real) or a (positive).</summary>
    public static IReadOnlyList<OracleCase> Derivatives(int count = 100)
    {
        var cases = new List<OracleCase>();
        for (var seed = 1; seed <= count; seed++)
        {
            var v = seed % 3 == 0 ? RecipeGenerator.A : RecipeGenerator.X;
            var recipe = Containing(2000 + seed * 16, v);
            var ours = Differentiation.Diff(recipe.Build(), v);
            cases.Add(OracleCase.Of($"diff#{seed} d/d{v}", "diff", SympySyntax.Symbols([ours, .. RecipeSymbols()]),
                ("expr", recipe.Sympy()), ("vars", new JsonArray(Str(v.Name))), ("ours", SympySyntax.Of(ours))));
        }
        return cases;
    }

    /// <summary>Mixed second derivatives d²/dx dy of random expressions.</summary>
    public static IReadOnlyList<OracleCase> MixedDerivatives(int count = 20)
    {
        var cases = new List<OracleCase>();
        for (var seed = 1; seed <= count; seed++)
        {
            var recipe = Containing(30000 + seed * 16, RecipeGenerator.X, RecipeGenerator.Y);
            var ours = Differentiation.Diff(Differentiation.Diff(recipe.Build(), RecipeGenerator.X), RecipeGenerator.Y);
            cases.Add(OracleCase.Of($"diff2#{seed} d2/dxdy", "diff", SympySyntax.Symbols([ours, .. RecipeSymbols()]),
                ("expr", recipe.Sympy()), ("vars", new JsonArray(Str("x"), Str("y"))), ("ours", SympySyntax.Of(ours))));
        }
        return cases;
    }

    /// <summary>
    /// A random expression in which every one of <paramref name="variables"/> survives construction
    /// (so no derivative is trivially zero): the first of the seeds from <paramref name="seed"/> on that gives one.
    /// </summary>
    private static Recipe Containing(int seed, params Symbol[] variables)
    {
        for (var k = 0; ; k++)
        {
            var recipe = new RecipeGenerator(seed + k).Expression(3);
            var built = recipe.Build();
            if (variables.All(v => built.Contains(v))) return recipe;
        }
    }

    /// <summary>Expansions of products and powers of short sums; SymPy also checks ours is fully expanded.</summary>
    public static IReadOnlyList<OracleCase> Expansions(int count = 40)
    {
        var cases = new List<OracleCase>();
        for (var seed = 1; seed <= count; seed++)
        {
            var g = new RecipeGenerator(4000 + seed);
            var recipe = g.Polynomial(2 + g.Next(2));
            var ours = Rewrite.Expand(recipe.Build());
            cases.Add(OracleCase.Of($"expand#{seed}", "expand", SympySyntax.Symbols([ours, .. RecipeSymbols()]),
                ("expr", recipe.Sympy()), ("ours", SympySyntax.Of(ours))));
        }
        return cases;
    }
}
