using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Symbolic.Assumptions;
using Ift6135.Sym.Symbolic.Construction;
using Ift6135.Sym.Symbolic.Expressions;
using Ift6135.Sym.Symbolic.Matrices;
using AssumptionSet = Ift6135.Sym.Symbolic.Assumptions.Assumptions;

namespace Ift6135.Sym.Tests.Assignment.Variants;

/// <summary>Question 2 with another K and question 5 with another N, through the parameter JSON.</summary>
public class Q2Q5VariantTests
{
    private static readonly AssumptionSet None = AssumptionSet.Of();

    private static Symbol Mu(int i) => Symbol.Indexed("mu", Facts.Real, Number.Of(i));
    private static Symbol Sigma(int i) => Symbol.Indexed("sigma", Facts.Positive, Number.Of(i));
    private static Symbol Z(int i) => Symbol.Indexed("z", Facts.Real, Number.Of(i));
    private static Symbol S(int r, int c) => Symbol.Indexed("S", Facts.Real, Number.Of(r), Number.Of(c));

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void AnotherWorkedDimensionK(int k)
    {
        var q = VariantFile.Derive($$"""{ "q2": { "workedDimension": {{k}} } }""", 2);
        var diagonal = VariantFile.AnswerOf(q, "q2.1");
        // |det J| = sigma_1 ... sigma_K, and the density is the product of K normal densities N(z_i; mu_i, sigma_i^2).
        VariantFile.Same(Build.Mul(Enumerable.Range(1, k).Select(i => (Expr)Sigma(i)).ToArray()),
            ((ExprAnswer)VariantFile.Field(diagonal, "absdet")).Value, None);
        var density = Build.Mul(Enumerable.Range(1, k).Select(i =>
            Build.Div(Build.Exp(Build.Neg(Build.Div(Build.Pow(Z(i) - Mu(i), 2), Build.Mul(2, Build.Pow(Sigma(i), 2))))),
                Build.Mul(Build.Sqrt(Build.Mul(2, Constant.Pi)), Sigma(i)))).ToArray());
        VariantFile.Same(density, ((ExprAnswer)VariantFile.Field(diagonal, "density")).Value, None);
    }

    [Fact]
    public void TheCovarianceOfMuPlusSZIsSSTransposedForK2()
    {
        // (S S^T)_ij = sum_k S_ik S_jk.
        var q = VariantFile.Derive("""{ "q2": { "workedDimension": 2 } }""", 2);
        var covariance = ((MatrixAnswer)VariantFile.Field(VariantFile.AnswerOf(q, "q2.3"), "covariance")).Value;
        var expected = Matrix.Of(2, 2, (r, c) => Build.Add(S(r + 1, 1) * S(c + 1, 1), S(r + 1, 2) * S(c + 1, 2)));
        VariantFile.Same(expected, covariance, None);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]    // beyond 5, the weights' sampler must draw w1..w7 so that w8 = 1 - (w1 + ... + w7) > 0
    [InlineData(20)]
    [InlineData(50)]   // the largest N the parameters accept
    public void AnotherNumberOfSigmoidComponentsN(int n)
    {
        var q = VariantFile.Derive($$"""{ "q5": { "sigmoidComponents": {{n}} } }""", 5);
        Assert.True(((BooleanAnswer)VariantFile.AnswerOf(q, "q5.2")).Value);
        // g = logit(m), m = sum w_i sigmoid(a_i z + b_i): g' = m' / (m (1 - m)), m' = sum w_i a_i s_i (1 - s_i).
        var z = Symbol.Of("z");
        var s = Enumerable.Range(1, n).Select(i => Build.Sigmoid(Symbol.Indexed("a", Facts.Positive, Number.Of(i)) * z + Symbol.Indexed("b", Facts.Real, Number.Of(i)))).ToArray();
        var w = Enumerable.Range(1, n).Select(i => (Expr)Symbol.Indexed("w", Facts.Positive, Number.Of(i))).ToArray();
        var a = Enumerable.Range(1, n).Select(i => (Expr)Symbol.Indexed("a", Facts.Positive, Number.Of(i))).ToArray();
        var m = Build.Add(Enumerable.Range(0, n).Select(i => w[i] * s[i]).ToArray());
        var slope = Build.Add(Enumerable.Range(0, n).Select(i => w[i] * a[i] * s[i] * (1 - s[i])).ToArray());
        var chains = q.Parts.Single(p => p.Id == "q5.2").Blocks.OfType<Chain>().ToArray();
        VariantFile.Same(m, ((ExprItem)chains.Single(c => c.Id == "lower").Start).Expr, None);
        VariantFile.Same(Build.Div(slope, m * (1 - m)), ((ExprItem)chains.Single(c => c.Id == "slope").Start).Expr, None);
    }
}
