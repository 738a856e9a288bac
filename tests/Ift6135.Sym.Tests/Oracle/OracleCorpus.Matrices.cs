using System.Text.Json.Nodes;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Solving;

namespace Ift6135.Sym.Tests.Oracle;

/// <summary>The matrix and solving cases: determinants, inverses, characteristic polynomials, eigenvalues, roots.</summary>
public static partial class OracleCorpus
{
    private static readonly Symbol Lambda = Symbol.Of("lambda");

    public static IReadOnlyList<OracleCase> Determinants()
    {
        var cases = new List<OracleCase>();
        foreach (var (n, count, offset) in new[] { (2, 15, 5000), (3, 15, 5100), (4, 10, 5200) })
            for (var seed = 1; seed <= count; seed++)
            {
                var (recipes, m) = RandomMatrix(offset + seed, n, sparse: n == 4);
                var ours = Determinant.Of(m);
                cases.Add(OracleCase.Of($"det{n}x{n}#{seed}", "det", SympySyntax.Symbols([.. m.Entries, ours]),
                    ("matrix", SympyMatrix(recipes)), ("ours", SympySyntax.Of(ours))));
            }
        return [.. cases, .. DenseDeterminants()];
    }

    /// <summary>
    /// Fully symbolic K×K determinants (a distinct symbol per entry, K! terms) for K = 3, 4, 5,
    /// and random dense 5×5 matrices of small polynomials: the minor-expansion path.
    /// </summary>
    private static IEnumerable<OracleCase> DenseDeterminants()
    {
        foreach (var n in new[] { 3, 4, 5 })
        {
            var recipes = new Recipe[n, n];
            for (var r = 0; r < n; r++)
                for (var c = 0; c < n; c++)
                    recipes[r, c] = new Recipe.Var(Symbol.Of($"m{r}_{c}"));
            var m = Build(recipes);
            var ours = Determinant.Of(m);
            yield return OracleCase.Of($"det-dense-symbolic{n}x{n}", "det", SympySyntax.Symbols([.. m.Entries, ours]),
                ("matrix", SympyMatrix(recipes)), ("ours", SympySyntax.Of(ours)));
        }
        for (var seed = 1; seed <= 3; seed++)
        {
            var (recipes, m) = RandomMatrix(5300 + seed, 5, sparse: false);
            var ours = Determinant.Of(m);
            yield return OracleCase.Of($"det-dense5x5#{seed}", "det", SympySyntax.Symbols([.. m.Entries, ours]),
                ("matrix", SympyMatrix(recipes)), ("ours", SympySyntax.Of(ours)));
        }
    }

    /// <summary>Inverses of random 2x2 and 3x3 matrices (a seed whose matrix is singular is skipped: the list stays fixed).</summary>
    public static IReadOnlyList<OracleCase> Inverses()
    {
        var cases = new List<OracleCase>();
        foreach (var (n, count, offset) in new[] { (2, 12, 6000), (3, 8, 6100) })
            for (var seed = 1; seed <= count; seed++)
            {
                var (recipes, m) = RandomMatrix(offset + seed, n, sparse: n == 3);
                if (Determinant.Of(m).IsZero) continue;
                var ours = Inverse.Of(m);
                cases.Add(OracleCase.Of($"inverse{n}x{n}#{seed}", "inverse", SympySyntax.Symbols([.. m.Entries]),
                    ("matrix", SympyMatrix(recipes)), ("ours", SympySyntax.Of(ours))));
            }
        return cases;
    }

    public static IReadOnlyList<OracleCase> CharacteristicPolynomials()
    {
        var cases = new List<OracleCase>();
        foreach (var (n, count, offset) in new[] { (2, 10, 7000), (3, 10, 7100) })
            for (var seed = 1; seed <= count; seed++)
            {
                var (recipes, m) = RandomMatrix(offset + seed, n, sparse: false);
                var ours = CharacteristicPolynomial.Of(m, Lambda);
                cases.Add(OracleCase.Of($"charpoly{n}x{n}#{seed}", "charpoly", SympySyntax.Symbols([.. m.Entries, ours, Lambda]),
                    ("matrix", SympyMatrix(recipes)), ("var", Str(SympySyntax.NameOf(Lambda))), ("ours", SympySyntax.Of(ours))));
            }
        return cases;
    }

    /// <summary>Eigenvalues of random 2x2 matrices and of lower-triangular 3x3 and 4x4 ones, plus the assignment's rotation-like matrix.</summary>
    public static IReadOnlyList<OracleCase> EigenvaluesCases()
    {
        var cases = new List<OracleCase>();
        for (var seed = 1; seed <= 20; seed++)
        {
            var (recipes, m) = RandomMatrix(8000 + seed, 2, sparse: false);
            cases.Add(EigenCase($"eigen2x2#{seed}", recipes, m));
        }
        for (var seed = 1; seed <= 10; seed++)
        {
            var g = new RecipeGenerator(8100 + seed);
            var recipes = g.Matrix(3 + seed % 2, lowerTriangular: true);
            cases.Add(EigenCase($"eigen-triangular#{seed}", recipes, Build(recipes)));
        }
        var alpha = new Recipe.Var(Symbol.Of("alpha"));
        Recipe one = new Recipe.Num(1);
        var rotation = new Recipe[,] { { one, alpha }, { new Recipe.Mul(new Recipe.Num(-1), alpha), one } };
        cases.Add(EigenCase("eigen-rotation [[1, alpha], [-alpha, 1]]", rotation, Build(rotation)));
        return cases;
    }

    /// <summary>Roots (with multiplicity) of quadratics with random rational coefficients, some with a positive symbol in them.</summary>
    public static IReadOnlyList<OracleCase> QuadraticRoots(int count = 30)
    {
        var cases = new List<OracleCase>();
        var x = RecipeGenerator.X;
        for (var seed = 1; seed <= count; seed++)
        {
            var g = new RecipeGenerator(9000 + seed);
            var a = g.Constant();
            var b = seed % 3 == 0 ? new Recipe.Mul(g.Constant(), new Recipe.Var(RecipeGenerator.A)) : g.Constant();
            var c = seed % 5 == 0 ? new Recipe.Var(RecipeGenerator.Bp) : g.Constant();
            var xr = new Recipe.Var(x);
            var poly = new Recipe.Add(new Recipe.Add(new Recipe.Mul(a, new Recipe.PowInt(xr, 2)), new Recipe.Mul(b, xr)), c);
            var ours = Solver.RootsWithMultiplicity(Relation.Eq(poly.Build(), Number.Zero), x);
            cases.Add(OracleCase.Of($"roots#{seed}", "roots", SympySyntax.Symbols([poly.Build(), .. ours]),
                ("expr", poly.Sympy()), ("var", Str("x")), ("ours", SympySyntax.Of(ours))));
        }
        return cases;
    }

    private static OracleCase EigenCase(string id, Recipe[,] recipes, Matrix m)
    {
        var ours = Eigenvalues.Of(m);
        return OracleCase.Of(id, "eigenvals", SympySyntax.Symbols([.. m.Entries, .. ours]),
            ("matrix", SympyMatrix(recipes)), ("ours", SympySyntax.Of(ours)));
    }

    private static (Recipe[,] Recipes, Matrix Matrix) RandomMatrix(int seed, int n, bool sparse)
    {
        var g = new RecipeGenerator(seed);
        var recipes = g.Matrix(n);
        if (sparse)
            for (var r = 0; r < n; r++)
                for (var c = 0; c < n; c++)
                    if (r != c && g.Next(2) == 0) recipes[r, c] = new Recipe.Num(0);
        return (recipes, Build(recipes));
    }

    private static Matrix Build(Recipe[,] recipes) => Matrix.Of(recipes.GetLength(0), recipes.GetLength(1), (r, c) => recipes[r, c].Build());

    /// <summary>The matrix as SymPy reads it, from the recipes (not from our printer).</summary>
    private static JsonArray SympyMatrix(Recipe[,] recipes) =>
        new(Enumerable.Range(0, recipes.GetLength(0))
            .Select(r => (JsonNode)new JsonArray(Enumerable.Range(0, recipes.GetLength(1)).Select(c => Str(recipes[r, c].Sympy())).ToArray()))
            .ToArray());

}
