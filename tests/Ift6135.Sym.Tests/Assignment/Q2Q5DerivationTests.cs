using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Assignment.Q2;
using Ift6135.Sym.Assignment.Q5;
using Ift6135.Sym.Assignment.Verification;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Equivalence;
using Ift6135.Sym.Symbolic.Expressions;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Assignment;

public class Q2Q5DerivationTests
{
    private static Answer AnswerOf(Question q, string id) => q.Parts.Single(p => p.Id == id).Blocks.OfType<Result>().Single().Machine;

    private static Answer Field(Answer a, string name) => ((CompositeAnswer)a).Parts.Single(p => p.Name == name).Value;

    [Fact]
    public void DiagonalMapHasTheProductOfScalesAsDeterminant()
    {
        var q = new Q2Derivation(AssignmentParameters.Default, new EngineStepVerifier(), new DerivationLog()).Derive();
        // By hand: g_i = mu_i + sigma_i u_i, so J = diag(sigma_1, sigma_2, sigma_3) and |det J| = sigma_1 sigma_2 sigma_3.
        var s = Enumerable.Range(1, 3).Select(i => (Expr)Symbol.Indexed("sigma", Facts.Positive, Number.Of(i))).ToArray();
        var det = ((ExprAnswer)Field(AnswerOf(q, "q2.1"), "absdet")).Value;
        Assert.True(EquivalenceChecker.Decide(Build.Mul(s), det, AssumptionSet.None).IsValid, det.ToString());
    }

    [Fact]
    public void CostsAreLinearInK()
    {
        var log = new DerivationLog();
        var q = new Q2Derivation(AssignmentParameters.Default, new EngineStepVerifier(), log).Derive();
        Assert.Equal("O(K^1)", AnswerOf(q, "q2.2").Canonical);
        Assert.Equal("O(K^1)", AnswerOf(q, "q2.4").Canonical);
        Assert.All(log.SanityChecks, c => Assert.True(c.Passed, c.Detail));
    }

    [Fact]
    public void FullMatrixGivesCovarianceSTimesItsTranspose()
    {
        var q = new Q2Derivation(AssignmentParameters.Default, new EngineStepVerifier(), new DerivationLog()).Derive();
        var cov = ((MatrixAnswer)Field(AnswerOf(q, "q2.3"), "covariance")).Value;
        Symbol S(int r, int c) => Symbol.Indexed("S", Facts.Real, Number.Of(r), Number.Of(c));
        // By hand, (S S^T)_12 = S11 S21 + S12 S22 and (S S^T)_22 = S21^2 + S22^2.
        Assert.True(EquivalenceChecker.Decide(S(1, 1) * S(2, 1) + S(1, 2) * S(2, 2), cov[0, 1], AssumptionSet.None).IsValid);
        Assert.True(EquivalenceChecker.Decide(S(2, 1) * S(2, 1) + S(2, 2) * S(2, 2), cov[1, 1], AssumptionSet.None).IsValid);
    }

    [Fact]
    public void ReluIsNotInvertibleAndResidualMapIs()
    {
        var q = new Q5Derivation(AssignmentParameters.Default, new EngineStepVerifier(), new DerivationLog()).Derive();
        Assert.Equal("false", AnswerOf(q, "q5.1").Canonical);
        Assert.Equal("true", AnswerOf(q, "q5.3").Canonical);
        Assert.Equal("true", AnswerOf(q, "q5.2").Canonical);
        Assert.Equal("true", AnswerOf(q, "q5.4").Canonical);
    }

    [Theory]
    // By hand, from F(r) = r (1 + beta/(alpha + r)) = d:
    //   alpha = 1, beta = 0: F(r) = r, so d = 2 gives r = 2;
    //   alpha = 1, beta = 1: F(1) = 1 (1 + 1/2) = 3/2, so d = 3/2 gives r = 1;
    //   alpha = 2, beta = -2 (the boundary beta = -alpha): F(r) = r^2/(2 + r), F(2) = 1, so d = 1 gives r = 2.
    [InlineData(1.0, 0.0, 2.0, 2.0)]
    [InlineData(1.0, 1.0, 1.5, 1.0)]
    [InlineData(2.0, -2.0, 1.0, 2.0)]
    public void RadialFlowRadiusIsTheNonnegativeRoot(double alpha, double beta, double d, double expected)
    {
        var log = new DerivationLog();
        var q = new Q5Derivation(AssignmentParameters.Default, new EngineStepVerifier(), log).Derive();
        var part = q.Parts.Single(p => p.Id == "q5.4");
        var root = part.Blocks.OfType<Formula>().Select(f => f.Math).OfType<RelationItem>()
            .Single(r => r.Relation.Left is Symbol { Name: "r" }).Relation.Right;
        var point = Symbolic.Expressions.Substitution.FreeSymbols(root).ToDictionary(
            s => s, s => s.Name switch { "alpha" => alpha, "beta" => beta, _ => d });
        Assert.Equal(expected, Symbolic.Numeric.Evaluator.EvaluateReal(root, point), 9);
        Assert.All(log.SanityChecks.Where(c => c.PartId == "q5.4"), c => Assert.True(c.Passed, c.Detail));
    }

    [Fact]
    public void TheRadiusIsWrittenWithTheDiscriminantAsASquarePlusAProduct()
    {
        // By hand: r^2 + (alpha + beta - d) r - alpha d = 0 has discriminant (alpha + beta - d)^2 + 4 alpha d (review item 17:
        // it was printed expanded, alpha^2 + 2 alpha beta + 2 alpha d + beta^2 - 2 beta d + d^2).
        var q = new Q5Derivation(AssignmentParameters.Default, new EngineStepVerifier(), new DerivationLog()).Derive();
        var part = q.Parts.Single(p => p.Id == "q5.4");
        var root = part.Blocks.OfType<Formula>().Select(f => f.Math).OfType<RelationItem>()
            .Single(r => r.Relation.Left is Symbol { Name: "r" }).Relation.Right;
        var names = Symbolic.Expressions.Substitution.FreeSymbols(root).ToDictionary(s => s.Name);
        Expr alpha = names["alpha"], beta = names["beta"], d = names["d"];
        var square = Build.Pow(Build.Sub(Build.Add(alpha, beta), d), Number.Two);
        var discriminant = Build.Add(square, Build.Mul(Number.Of(4), alpha, d));
        Assert.Contains(Build.Sqrt(discriminant), Subexpressions(root));
        // And the root is (d - alpha - beta + sqrt(discriminant)) / 2 (the quadratic formula, by hand).
        var byHand = Build.Div(Build.Add(Build.Sub(d, Build.Add(alpha, beta)), Build.Sqrt(discriminant)), Number.Two);
        Assert.True(new EngineStepVerifier().Verify(Relation.Eq(root, byHand), AssumptionSet.None).IsValid);
    }

    private static IEnumerable<Expr> Subexpressions(Expr e) => e.Args.SelectMany(Subexpressions).Prepend(e);

    [Fact]
    public void TheResidualFlowNamesItsDerivative()
    {
        // Review item 29: the display 'f'(z) + 1 > 0' never said it is g'(z). By hand, g = z + f(z) gives g'(z) = 1 + f'(z).
        var q = new Q5Derivation(AssignmentParameters.Default, new EngineStepVerifier(), new DerivationLog()).Derive();
        var z = Symbol.Of("z");
        var shown = q.Parts.Single(p => p.Id == "q5.3").Blocks.OfType<Formula>().Select(f => f.Math).OfType<RelationItem>().Single().Relation;
        Assert.Equal(Symbolic.Calculus.Differentiation.Diff(Apply.Of("g", z), z), shown.Left);
        Assert.True(new EngineStepVerifier().Verify(Relation.Eq(shown.Right, Build.Add(Number.One, Symbolic.Calculus.Differentiation.Diff(Apply.Of("f", z), z))), AssumptionSet.None).IsValid);
    }

    [Fact]
    public void Question2NamesTheBaseSampleAsTheStatementDoes()
    {
        // Review item 27: the base sample z_0 of the statement was renamed u (u_1, u_2, g(u)).
        var tex = Ift6135.Sym.Render.LatexDocument.Render(Ift6135.Sym.Assignment.SolutionDeriver.Derive(AssignmentParameters.Default, new EngineStepVerifier()));
        var from = tex.IndexOf(@"\section*{Question 2:", StringComparison.Ordinal);
        var q2 = tex[from..tex.IndexOf(@"\section*{Question 3:", from, StringComparison.Ordinal)];
        Assert.DoesNotMatch(@"(?<![A-Za-z\\])u_\{", q2);
        Assert.DoesNotContain("(u)", q2);
        Assert.Contains("g(z_{0})", q2);
        Assert.Contains("p_{0}(z_{0,1})", q2);
    }

    [Fact]
    public void TheRadialFlowNamesTheDirectionAsTheStatementDoes()
    {
        // The statement writes z = z0 + r z~ with ||z~|| = 1; the direction was called u for want of an accented name.
        var q = new Q5Derivation(AssignmentParameters.Default, new EngineStepVerifier(), new DerivationLog()).Derive();
        var symbols = q.Parts.Single(p => p.Id == "q5.4").Blocks.OfType<Prose>()
            .SelectMany(p => p.Text.Flat).OfType<MathPiece>().Select(m => m.Math).OfType<ExprItem>()
            .SelectMany(e => Symbolic.Expressions.Substitution.FreeSymbols(e.Expr)).ToList();
        Assert.Contains(Symbol.Accented(Accent.Tilde, "z"), symbols);
        Assert.DoesNotContain(symbols, s => s.Name == "u");
        var tex = Ift6135.Sym.Render.LatexDocument.Render(Ift6135.Sym.Assignment.SolutionDeriver.Derive(AssignmentParameters.Default, new EngineStepVerifier()));
        Assert.Contains(@"and $\tilde{z}$ a unit vector", tex);
    }

    [Fact]
    public void TheFullAffineDensityCollectsItsQuadraticForm()
    {
        // Issue 3: for K = 2 the exponent was printed as the matrix product nests it, v1(v1(..) + v2(..)) + v2(..). Collected by
        // hand, v^T adj(S S^T) v = (S21^2 + S22^2) v1^2 - 2 (S11 S21 + S12 S22) v1 v2 + (S11^2 + S12^2) v2^2: one cross term.
        var tex = Ift6135.Sym.Render.LatexDocument.Render(Ift6135.Sym.Assignment.SolutionDeriver.Derive(AssignmentParameters.Default, new EngineStepVerifier()));
        var from = tex.IndexOf(@"\subsection*{2.3.", StringComparison.Ordinal);
        var line = tex[from..].Split('\n').First(l => l.StartsWith("&= ", StringComparison.Ordinal) && l.Contains(@"\Delta^{2}", StringComparison.Ordinal));
        Assert.Equal(1, line.Split(@"v_{1} v_{2}").Length - 1);
        Assert.Contains(@"v_{1}^{2}(S_{21}^{2} + S_{22}^{2})", line);
        Assert.Contains(@"v_{2}^{2}(S_{11}^{2} + S_{12}^{2})", line);
        Assert.Contains(@"- 2v_{1} v_{2}(S_{11} S_{21} + S_{12} S_{22})", line);
    }
}
