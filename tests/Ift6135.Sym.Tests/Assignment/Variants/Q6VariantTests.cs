using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Assignment.Variants;

/// <summary>
/// Question 6 with other value functions, through the parameter JSON. By hand, with M the matrix of
/// second derivatives at the stationary point arranged as the game moves, M = [[Vdd, Vdg], [-Vgd, -Vgg]]:
/// simultaneous A = I + a M; alternating (d first) A = [[1 + a Vdd, a Vdg], [-a Vgd (1 + a Vdd), 1 - a Vgg - a^2 Vgd Vdg]];
/// extragradient A = I + a M (I + a M) = I + a M + a^2 M^2 (the look-ahead's Jacobian is the simultaneous one).
/// </summary>
public class Q6VariantTests
{
    private static readonly Symbol Alpha = Symbol.Positive("alpha");
    private static readonly AssumptionSet Positive = AssumptionSet.Of(new Relation(RelationKind.Greater, Alpha, Number.Zero));
    private static readonly Expr I = Constant.I;

    private static Matrix M(Expr a, Expr b, Expr c, Expr d) => Matrix.FromRows([[a, b], [c, d]]);

    private sealed record Expected(Matrix Simultaneous, Matrix Alternating, Matrix Extragradient, Expr[] Point, Expr[] Eigenvalues, Expr Modulus, string Behaviour);

    private static void Check(string json, Expected e, AssumptionSet assumptions)
    {
        var q = VariantFile.Derive(json, 6);
        VariantFile.Same(e.Simultaneous, ((MatrixAnswer)VariantFile.AnswerOf(q, "q6.1")).Value, assumptions);
        VariantFile.SameSet(e.Point, ((ExprListAnswer)VariantFile.AnswerOf(q, "q6.2")).Values, assumptions);
        var eigen = VariantFile.AnswerOf(q, "q6.3");
        VariantFile.SameSet(e.Eigenvalues, ((ExprListAnswer)VariantFile.Field(eigen, "eigenvalues")).Values, assumptions);
        VariantFile.Same(e.Modulus, ((ExprAnswer)VariantFile.Field(eigen, "modulus")).Value, assumptions);
        Assert.Equal(e.Behaviour, VariantFile.Field(eigen, "behaviour").Canonical);
        foreach (var (name, hand) in new[] { ("alternating", e.Alternating), ("extragradient", e.Extragradient) })
        {
            var matrix = ((MatrixAnswer)VariantFile.Field(eigen, $"{name} matrix")).Value;
            VariantFile.Same(hand, matrix, assumptions);
            // Their eigenvalues: the sum is the trace and the product the determinant of the hand matrix.
            var values = ((ExprListAnswer)VariantFile.Field(eigen, $"{name} eigenvalues")).Values;
            VariantFile.Same(hand[0, 0] + hand[1, 1], Build.Add(values[0], values[1]), assumptions);
            VariantFile.Same(hand[0, 0] * hand[1, 1] - hand[0, 1] * hand[1, 0], Build.Mul(values[0], values[1]), assumptions);
        }
    }

    private static string Variant(string value, string rate = "alpha") =>
        $$"""{ "q6": { "value": "{{value}}", "learningRate": "{{rate}}", "optimizers": ["Simultaneous", "Alternating", "Extragradient"] } }""";

    [Fact]
    public void TheUpdateMatricesAreWrittenInExpandedForm()
    {
        // V = d g + d^2/2 by extragradient, by hand: I + a M + a^2 M^2 = [[1 + a, a + a^2], [-a - a^2, 1 - a^2]]; it was
        // written with a(a + 1) beside 1 - a^2 (a product where the next entry is a sum). Every entry of every
        // optimizer's matrix is now a polynomial in a, expanded.
        var eigen = VariantFile.AnswerOf(VariantFile.Derive(Variant("d*g + d^2/2"), 6), "q6.3");
        foreach (var name in new[] { "alternating", "extragradient" })
        {
            var m = ((MatrixAnswer)VariantFile.Field(eigen, $"{name} matrix")).Value;
            for (var r = 0; r < 2; r++)
                for (var c = 0; c < 2; c++)
                    Assert.True(Symbolic.Rewriting.Rewrite.Expand(m[r, c]).Equals(m[r, c]), $"{name} [{r}, {c}] = {m[r, c]} is not expanded");
        }
    }

    [Fact]
    public void AQuadraticTermInD()
    {
        // V = d g + d^2/2: Vd = g + d, Vg = d, zero only at (0, 0); M = [[1, 1], [-1, 0]], M^2 = [[0, 1], [-1, -1]].
        // det(l I - A) = l^2 - (2 + a) l + 1 + a + a^2, discriminant -3 a^2: l = (2 + a +- sqrt(3) a i)/2,
        // |l|^2 = ((2 + a)^2 + 3 a^2)/4 = 1 + a + a^2 > 1.
        var a = Alpha;
        Check(Variant("d*g + d^2/2"), new Expected(
            M(1 + a, a, -a, 1),
            M(1 + a, a, -a - a * a, 1 - a * a),
            M(1 + a, a + a * a, -a - a * a, 1 - a * a),
            [0, 0],
            [(2 + a + Build.Sqrt(3) * a * I) / 2, (2 + a - Build.Sqrt(3) * a * I) / 2],
            Build.Sqrt(1 + a + a * a), "diverges"), Positive);
    }

    [Fact]
    public void ACubicValueAtASymbolicRateWhoseEigenvaluesCarryARoot()
    {
        // V = d^3 + d g - g - 2d: Vd = 3d^2 + g - 2, Vg = d - 1, zero only at (1, -1). The linearization there is
        // A = [[1 + 6a, a], [-a, 1]]: trace 2 + 6a, det 1 + 6a + a^2, discriminant 32 a^2, so l = 1 + (3 +- 2 sqrt(2)) a,
        // both above 1 for a > 0 since 3 - 2 sqrt(2) = 0.17.. > 0 (checked with SymPy). It was refused, asking for a
        // numeric rate, while sign reasoning bounded sqrt(2) only from below.
        var a = Alpha;
        var q = VariantFile.Derive(Variant("d^3 + d*g - g - 2*d"), 6);
        VariantFile.Same(M(1 + 6 * a, a, -a, 1), ((MatrixAnswer)VariantFile.AnswerOf(q, "q6.1")).Value, Positive);
        VariantFile.SameSet([1, -1], ((ExprListAnswer)VariantFile.AnswerOf(q, "q6.2")).Values, Positive);
        var eigen = VariantFile.AnswerOf(q, "q6.3");
        var root2 = Build.Sqrt(2);
        VariantFile.SameSet([1 + (3 + 2 * root2) * a, 1 + (3 - 2 * root2) * a], ((ExprListAnswer)VariantFile.Field(eigen, "eigenvalues")).Values, Positive);
        Assert.Equal("diverges", VariantFile.Field(eigen, "behaviour").Canonical);
        VariantFile.Same(M(1 + 6 * a + 35 * a * a, a + 6 * a * a, -a - 6 * a * a, 1 - a * a), ((MatrixAnswer)VariantFile.Field(eigen, "extragradient matrix")).Value, Positive);
        // Its det is 1 + 6a + 35a^2 + 6a^3 + a^4 > 1 for every a > 0, so it converges for no rate; the cubic factor of
        // 1 - det A has one real root, negative, which the derivation could not write and so gave no rates at all.
        Assert.Equal("none", VariantFile.Field(eigen, "extragradient stable rates").Canonical);
    }

    [Fact]
    public void ABilinearGameWithAnotherCoupling()
    {
        // V = 2 d g: M = [[0, 2], [-2, 0]], M^2 = -4 I; l = 1 +- 2 a i, |l| = sqrt(1 + 4 a^2).
        var a = Alpha;
        Check(Variant("2*d*g"), new Expected(
            M(1, 2 * a, -2 * a, 1),
            M(1, 2 * a, -2 * a, 1 - 4 * a * a),
            M(1 - 4 * a * a, 2 * a, -2 * a, 1 - 4 * a * a),
            [0, 0],
            [1 + 2 * a * I, 1 - 2 * a * I],
            Build.Sqrt(1 + 4 * a * a), "diverges"), Positive);
    }

    [Fact]
    public void AStationaryPointAwayFromTheOrigin()
    {
        // V = (d - 1)(g - 2): Vd = g - 2, Vg = d - 1, so the point is (1, 2); the update is affine and
        // its Jacobian is the one of d g: M = [[0, 1], [-1, 0]], l = 1 +- a i.
        var a = Alpha;
        Check(Variant("(d-1)*(g-2)"), new Expected(
            M(1, a, -a, 1), M(1, a, -a, 1 - a * a), M(1 - a * a, a, -a, 1 - a * a),
            [1, 2], [1 + a * I, 1 - a * I], Build.Sqrt(1 + a * a), "diverges"), Positive);
    }

    [Fact]
    public void ARepeatedRealEigenvalue()
    {
        // V = d g + d^2: M = [[2, 1], [-1, 0]], M^2 = [[3, 2], [-2, -1]]; det(l I - A) = (l - 1 - a)^2.
        var a = Alpha;
        Check(Variant("d*g + d^2"), new Expected(
            M(1 + 2 * a, a, -a, 1),
            M(1 + 2 * a, a, -a * (1 + 2 * a), 1 - a * a),
            M(1 + 2 * a + 3 * a * a, a + 2 * a * a, -a - 2 * a * a, 1 - a * a),
            [0, 0], [1 + a, 1 + a], 1 + a, "diverges"), Positive);
    }

    [Fact]
    public void ANonQuadraticValueIsLinearizedAtItsStationaryPoint()
    {
        // V = d g + d^3 at a = 1/10: Vd = g + 3 d^2, Vg = d, zero only at (0, 0). The Jacobian of the
        // simultaneous update is [[1 + 6 a d, a], [-a, 1]]; at (0, 0), M = [[0, 1], [-1, 0]], so
        // A = [[1, 1/10], [-1/10, 1]], l = 1 +- i/10, |l| = sqrt(101)/10 > 1.
        var t = Number.Of(1, 10);
        var q = VariantFile.Derive(Variant("d*g + d^3", "1/10"), 6);
        Check(Variant("d*g + d^3", "1/10"), new Expected(
            M(1, t, -t, 1), M(1, t, -t, 1 - t * t), M(1 - t * t, t, -t, 1 - t * t),
            [0, 0], [1 + t * I, 1 - t * I], Build.Sqrt(101) / 10, "diverges"), AssumptionSet.Of());
        Assert.Contains(q.Parts.Single(p => p.Id == "q6.1").Blocks.OfType<Prose>(), b => b.Text.ToString()!.Contains("not quadratic"));
    }

    [Fact]
    public void ANumericRateOnAConvergingGame()
    {
        // V = d g - d^2/2 at a = 1/10: M = [[-1, 1], [-1, 0]], M^2 = [[0, -1], [1, -1]].
        // A = [[9/10, 1/10], [-1/10, 1]], det(l I - A) = l^2 - 19/10 l + 91/100, l = 19/20 +- sqrt(3)/20 i,
        // |l|^2 = 91/100 < 1: the iterates converge.
        var t = Number.Of(1, 10);
        Check(Variant("d*g - d^2/2", "1/10"), new Expected(
            M(1 - t, t, -t, 1),
            M(1 - t, t, -t * (1 - t), 1 - t * t),
            M(1 - t, t - t * t, -t + t * t, 1 - t * t),
            [0, 0], [Number.Of(19, 20) + Build.Sqrt(3) / 20 * I, Number.Of(19, 20) - Build.Sqrt(3) / 20 * I],
            Build.Sqrt(91) / 10, "converges"), AssumptionSet.Of());
    }

    [Fact]
    public void ASymbolicRateOnAConvergingGameNeedsASmallRate()
    {
        // V = d g - d^2/2: |l|^2 = det A = (1 - a) + a^2 = 1 - a (1 - a) < 1 exactly when 0 < a < 1.
        var a = Alpha;
        var q = VariantFile.Derive(Variant("d*g - d^2/2"), 6);
        var eigen = VariantFile.AnswerOf(q, "q6.3");
        VariantFile.Same(Build.Sqrt(1 - a + a * a), ((ExprAnswer)VariantFile.Field(eigen, "modulus")).Value, Positive);
        Assert.Equal("converges", VariantFile.Field(eigen, "behaviour").Canonical);
        Assert.Contains("alpha < 1", q.Parts.Single(p => p.Id == "q6.3").Blocks.OfType<Result>().Single().Statement.ToString());
    }

    [Fact]
    public void ACoupledNonlinearSystemWithOneStationaryPoint()
    {
        // V = d g + d^3 g + d g^3: Vd = g (1 + 3 d^2 + g^2), Vg = d (1 + d^2 + 3 g^2). The brackets are
        // positive, so neither partial derivative holds one unknown only and the only zero is (0, 0)
        // (found by the resultant in g). The second derivatives there: Vdd = Vgg = 6 d g = 0 and
        // Vdg = 1 + 3 d^2 + 3 g^2 = 1, so M = [[0, 1], [-1, 0]] as for d g: l = 1 +- i/10 at a = 1/10.
        var t = Number.Of(1, 10);
        Check(Variant("d*g + d^3*g + d*g^3", "1/10"), new Expected(
            M(1, t, -t, 1), M(1, t, -t, 1 - t * t), M(1 - t * t, t, -t, 1 - t * t),
            [0, 0], [1 + t * I, 1 - t * I], Build.Sqrt(101) / 10, "diverges"), AssumptionSet.Of());
    }

    [Fact]
    public void TheStationaryPointOfAShiftedBilinearGame()
    {
        // V = (d - 1)(g + 2): Vd = g + 2, Vg = d - 1, so (d, g) = (1, -2).
        var a = Alpha;
        Check(Variant("(d-1)*(g+2)"), new Expected(
            M(1, a, -a, 1), M(1, a, -a, 1 - a * a), M(1 - a * a, a, -a, 1 - a * a),
            [1, -2], [1 + a * I, 1 - a * I], Build.Sqrt(1 + a * a), "diverges"), Positive);
    }

    [Theory]
    // Vd = 2 d g, Vg = d^2 - 1: d = +-1, then g = 0.
    [InlineData("d^2*g - g", "V has 2 stationary points", "d = 1, g = 0", "d = -1, g = 0")]
    // Vd = g (2 d + g - 1), Vg = d (d + 2 g - 1): (0, 0), (1, 0), (0, 1) and (1/3, 1/3).
    [InlineData("d^2*g + d*g^2 - d*g", "V has 4 stationary points", "d = 1/3, g = 1/3", "d = 0, g = 1")]
    // Vd = g + d^2, Vg = d + g^2: g = -d^2, d (1 + d^3) = 0, so (0, 0) and (-1, -1).
    [InlineData("d*g + d^3/3 + g^3/3", "V has 2 stationary points", "d = -1, g = -1", "d = 0, g = 0")]
    // Vd = g (1 + 2 d g), Vg = d (1 + 2 d g): zero on the whole hyperbola d g = -1/2.
    [InlineData("d*g + d^2*g^2/2", "whole curve of points", "share a factor", "not isolated")]
    // Vd = 3 d^2 g, Vg = d^3: zero at every (0, g), though the resultant in g, d^6 up to a constant, is not zero ("no real zero" was said).
    [InlineData("d^3*g", "whole curve of points", "every point with d = 0", "")]
    // Vd = 2 d + 2 = 0 and Vg = 3 g^2 + 1 > 0: no real zero.
    [InlineData("d^2 + 2*d + g^3 + g", "no real zero", "", "")]
    public void AValueWithoutASingleStationaryPointIsAnExplainedParameterError(string value, string reason, string detail1, string detail2)
    {
        // The loader reports it against the file: variant.json:1:20: $.q6.value: ...
        var e = Assert.Throws<Ift6135.Sym.Assignment.Parameters.ParametersException>(() => VariantFile.Derive(Variant(value), 6));
        Assert.Contains("variant.json:1:20: $.q6.value: ", e.Message);
        foreach (var part in new[] { reason, detail1, detail2 }) Assert.Contains(part, e.Message);
    }
}
