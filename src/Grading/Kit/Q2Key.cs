using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Statement;
using Ift6135.Sym.Symbolic.Calculus;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using Ift6135.Sym.Symbolic.Numbers;
using Ift6135.Sym.Symbolic.Parsing.Latex;
using MatrixStructure = Ift6135.Sym.Symbolic.Matrices.MatrixStructure;

namespace Ift6135.Sym.Grading.Kit;

/// <summary>
/// Question 2. The expected answers are the solution's (the costs of 2.2 and 2.4, the mean and covariance of
/// 2.3, from which the density is written at the solution's worked dimension); the engine computes here the
/// Jacobians shown in the rubric and the mistakes, each the computation done the mistaken way (no absolute
/// value, det J not inverted, a general determinant for a structured one).
/// </summary>
internal static class Q2Key
{
    /// <summary>The statement's bound for a general determinant, O(K^2.37).</summary>
    private static readonly BigRational GeneralDeterminantExponent = new(237, 100);

    public static readonly IReadOnlyList<string> Declarations =
        ["% matrix: S KxK", "% vector: z, \\mu, z_0, \\sigma K", "% assume: \\sigma_k > 0", "% symbol: K"];

    /// <summary>The statement's base density, the standard normal (the density of z_0 in the change of variables).</summary>
    private const string BaseDensity = "% given: q(z_0) = \\mathcal{N}(z_0; 0, I)";

    /// <summary>
    /// The statement's equation (1): z = g(z_0) and the change of variables. Without them the natural derivation was refuted where it
    /// substitutes z_0 (z and z_0 unrelated) and its first step, q(z) = q(z_0) |det J|^{-1}, was unknown (q(z) determined by nothing).
    /// </summary>
    private static readonly string[] ChangeOfVariables = ["% given: z = g(z_0)", "% given: q(z) = q(z_0) |\\det J_{z_0} g(z_0)|^{-1}"];

    public static IReadOnlyList<PartKey> Parts(AssignmentParameters parameters, Func<string, Part?> solutionPart)
    {
        var state = AnswerContext.Read(Declarations);
        Matrix Value(string latex) => LatexLowering.ParseValue(latex, state.Context).Matrix!;
        var s = Value("S");
        var (z, mu, z0) = (Value("z"), Value("\\mu"), Value("z_0"));
        var n = s.Rows;

        var sigma = Enumerable.Range(1, n).Select(k => (Expr)Symbol.Indexed("sigma", Symbolic.Assumptions.Facts.Positive, Number.Of(k))).ToArray();
        var diagonalMap = MatrixOps.Add(mu, MatrixOps.Hadamard(Matrix.Column(sigma), z0));
        var lower = Matrix.Of(n, n, (r, c) => c > r ? Number.Zero : s[r, c]);
        var triangularMap = MatrixOps.Add(mu, MatrixOps.Multiply(lower, z0));

        PartKey Make(string id, IReadOnlyList<FieldKey> fields, IReadOnlyList<KeyStep> steps, string expectation, string? map = null)
        {
            var info = PartCatalog.Part(id);
            IReadOnlyList<string> declarations = fields.FirstOrDefault(f => f.Size is not null) is { Size: { } size } ? DeclarationsAt(size) : Declarations;
            // What the statement gives a derivation of 2.1 and 2.3: the base density and the map, so that their steps are checked.
            if (map is not null) declarations = [.. declarations, BaseDensity, $"% given: g(z_0) = {map}", .. ChangeOfVariables];
            return new PartKey(id, info.Title, parameters.PointsOf(id), solutionPart(id)?.Restatement ?? info.Restatement, fields, steps, expectation, declarations);
        }

        var jDiag = Jacobian(diagonalMap, z0);
        var jTri = Jacobian(triangularMap, z0);
        // What a derivation of 2.1 reaches, for the key steps found among its valid steps: |det J| as the product of the scales, and the
        // density the solution's change of variables ends with (a student's N(z; \mu, diag(\sigma^2)) is that expression).
        var productOfScales = new Relation(RelationKind.Equal, Build.Abs(Determinant.Of(jDiag)), Build.Mul(sigma));
        var density = SolutionChains.Conclusion(solutionPart("q2.1"), "change-of-variables");
        return
        [
            Make("q2.1", [], [
                new("invert the map: z0 = (z - mu) / sigma, coordinate by coordinate", 1m),
                new("the Jacobian of g is diagonal, so |det J| is the product of the sigma_k", 2m, new DefinitionItem(Symbol.Of("J"), new MatrixItem(jDiag)), productOfScales),
                new("substitute into the change-of-variables formula", 1m),
                new("recognize the product of K univariate normals N(mu_k, sigma_k^2), i.e. N(mu, diag(sigma^2))", 2m, density is null ? null : SolutionChains.Display(density), density),
            ], "A derivation (align* with one step per line), ending with the density of g(z0).", map: "\\mu + \\sigma \\odot z_0"),
            Make("q2.2", [BigOField(jDiag, SolutionAnswers.Require<BigOAnswer>(solutionPart("q2.2"), "q2.2", "cost"), "the Jacobian is diagonal: |det J| is the product of its K diagonal entries")], [],
                "A complexity class in K, such as O(K^2), written $O(K^2)$."),
            Make("q2.3", [DensityField(solutionPart("q2.3"))],
                [
                    new("invert the map: z0 = S^{-1}(z - mu), which needs S non-singular", 1m),
                    new("the Jacobian of g is S, so |det J|^{-1} = |det S|^{-1}", 1m),
                    new("substitute and simplify the quadratic form to (z - mu)^T (S S^T)^{-1} (z - mu)", 1m),
                ], "First a derivation (align*); then, on a line of its own, 'density:' and the final density in LaTeX.", map: "\\mu + S z_0"),
            Make("q2.4", [BigOField(jTri, SolutionAnswers.Require<BigOAnswer>(solutionPart("q2.4"), "q2.4", "cost"), "the Jacobian is triangular: |det J| is the product of its K diagonal entries")], [],
                "A complexity class in K, such as O(K^2), written $O(K^2)$."),
        ];
    }

    private static Matrix Jacobian(Matrix map, Matrix variables) =>
        Differentiation.Jacobian(Enumerable.Range(0, map.Rows).Select(r => map[r, 0]).ToArray(),
            Enumerable.Range(0, variables.Rows).Select(r => (Symbol)variables[r, 0]).ToArray());

    /// <summary>The cost of |det J| read from J's structure: linear when diagonal or triangular, the general bound otherwise.</summary>
    private static FieldKey BigOField(Matrix jacobian, BigOAnswer fromSolution, string why)
    {
        var structured = MatrixStructure.IsDiagonal(jacobian) || MatrixStructure.IsTriangular(jacobian);
        Expr exponent = fromSolution.Exponent;
        var mistakes = new List<Mistake>();
        if (structured)
        {
            mistakes.Add(new Mistake("general determinant", "the cost of a determinant of a general matrix, ignoring the structure",
                new BigOAnswer("K", Number.Of(GeneralDeterminantExponent)), 0m));
            mistakes.Add(new Mistake("Gaussian elimination", "the cost of Gaussian elimination on a general matrix",
                new BigOAnswer("K", Number.Of(3)), 0m));
            if (MatrixStructure.IsTriangular(jacobian) && !MatrixStructure.IsDiagonal(jacobian))
                mistakes.Add(new Mistake("counting the entries", "the number of non-zero entries of the triangular matrix, not the work for its determinant",
                    new BigOAnswer("K", Number.Of(2)), 0m));
        }
        return new FieldKey("cost", AnswerKind.BigO, new BigOAnswer("K", exponent), 1m,
            $"the time complexity of |det J| in big-O of K ({why})", ["O(K), \\mathcal{O}(K), O(K^1); constants inside are ignored"], mistakes);
    }

    /// <summary>The density in general form, for display: (2 pi)^(-K/2) |det S|^(-1) exp(-Q/2), Q the quadratic form.</summary>
    private static MathItem GeneralDensity(bool invert, bool absolute)
    {
        var det = Apply.Of("det", Symbol.Of("S"));
        var k = Symbol.Of("K", Symbolic.Assumptions.Facts.Positive | Symbolic.Assumptions.Facts.Integer);
        return new ExprItem(Build.Mul(
            Build.Pow(Build.Mul(Number.Two, Constant.Pi), Build.Mul(Number.Of(new BigRational(-1, 2)), k)),
            Build.Pow(absolute ? Build.Abs(det) : det, invert ? Number.MinusOne : Number.One),
            Build.Exp(Build.Mul(Number.Of(new BigRational(-1, 2)), Symbol.Of("Q")))));
    }

    /// <summary>
    /// The declarations of question 2 with K x K instantiated at <paramref name="size"/>, and K given that value: (2 pi)^{-K/2} of a
    /// density of 2-vectors was refuted at K = -1 with K left free.
    /// </summary>
    private static IReadOnlyList<string> DeclarationsAt(int size) =>
        [$"% matrix: S {size}x{size}", $"% vector: z, \\mu, z_0, \\sigma {size}", "% assume: \\sigma_k > 0", "% symbol: K", $"% given: K = {size}"];

    /// <summary>
    /// 2.3: the density N(z; mean, covariance) with the mean and covariance the solution derived (at its worked
    /// dimension), so a variant changes it with the solutions. The mistakes put det S where |det S| belongs, or
    /// multiply by |det S| instead of dividing.
    /// </summary>
    private static FieldKey DensityField(Part? part)
    {
        var mean = SolutionAnswers.Require<MatrixAnswer>(part, "q2.3", "mean").Value;
        var covariance = SolutionAnswers.Require<MatrixAnswer>(part, "q2.3", "covariance").Value;
        var n = covariance.Rows;
        var state = AnswerContext.Read(DeclarationsAt(n));
        var z = LatexLowering.ParseValue("z", state.Context).Matrix!;
        var expected = Gaussian(mean, covariance, z);
        var s = MatrixOf(covariance, "S", n) ?? throw new KitException("q2.3: the solution's covariance is not written with the entries of S");
        var det = Determinant.Of(s);
        // det(S S^T)^(1/2) = |det S|: the right density times |det S| / det S, or times |det S|^2.
        var root = Build.Pow(Determinant.Of(covariance), Number.Of(new BigRational(1, 2)));
        return new FieldKey("density", AnswerKind.Expression, new ExprAnswer(expected), 0.5m,
            "the density of g(z0) at z, in terms of z, mu and S (Q below is the quadratic form (z - mu)^T (S S^T)^{-1} (z - mu)); compared at K = " + n,
            ["any equivalent expression: (S S^T)^{-1} or S^{-T} S^{-1}, |det S|^{-1} or 1/|det S|, N(z; mu, S S^T) written out"],
            [
                new Mistake("absolute value forgotten", "det S where the formula has |det S|", new ExprAnswer(Build.Mul(expected, root, Build.Pow(det, Number.MinusOne))), 0.25m, GeneralDensity(invert: true, absolute: false)),
                new Mistake("det J not inverted", "|det S| multiplied instead of divided", new ExprAnswer(Build.Mul(expected, root, root)), 0.25m, GeneralDensity(invert: false, absolute: true)),
            ], Display: GeneralDensity(invert: true, absolute: true), Size: n);
    }

    /// <summary>The n x n matrix of the symbols name_{r,c} that occur in the entries of <paramref name="m"/>; null when one is missing.</summary>
    private static Matrix? MatrixOf(Matrix m, string name, int n)
    {
        var symbols = m.Entries.SelectMany(Substitution.FreeSymbols).Where(x => x.Name == name && x.Indices.Count == 2)
            .GroupBy(x => (x.Indices[0].ToString(), x.Indices[1].ToString())).ToDictionary(g => g.Key, g => g.First());
        var entries = new Expr[n, n];
        for (var r = 0; r < n; r++)
            for (var c = 0; c < n; c++)
            {
                if (!symbols.TryGetValue(((r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), out var x)) return null;
                entries[r, c] = x;
            }
        return Matrix.Of(n, n, (r, c) => entries[r, c]);
    }

    /// <summary>The density of N(mean, covariance) at z: (2 pi)^(-n/2) det(covariance)^(-1/2) exp(-(z - mean)^T covariance^(-1) (z - mean) / 2).</summary>
    private static Expr Gaussian(Matrix mean, Matrix covariance, Matrix z)
    {
        var centered = MatrixOps.Subtract(z, mean);
        var quadratic = MatrixOps.Multiply(MatrixOps.Transpose(centered), MatrixOps.Multiply(Inverse.Of(covariance), centered))[0, 0];
        return Build.Mul(
            Build.Pow(Build.Mul(Number.Two, Constant.Pi), Number.Of(new BigRational(-covariance.Rows, 2))),
            Build.Pow(Determinant.Of(covariance), Number.Of(new BigRational(-1, 2))),
            Build.Exp(Build.Mul(Number.Of(new BigRational(-1, 2)), quadratic)));
    }
}
