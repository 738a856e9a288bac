using Ift6135.Sym.Assignment.Model;
using Ift6135.Sym.Assignment.Parameters;
using Ift6135.Sym.Grading.Kit;
using Ift6135.Sym.Grading.Scoring;
using Ift6135.Sym.Symbolic.Expressions;

using static Ift6135.Sym.Tests.Grading.OneAnswer;

namespace Ift6135.Sym.Tests.Grading;

/// <summary>
/// The automatic fields of 3.2, 5.1-5.4 and 6.3's key steps, on hand-written answers. By hand: 5.1 g(z) = a ReLU(b z + c);
/// z = (-1 - c)/b and (-2 - c)/b give b z + c = -1 and -2, so g = 0 at both for every b != 0; -c/b - 1 and -c/b - 2
/// give b z + c = -b and -2b, below 0 only when b > 0. 5.4: r (1 + beta/(alpha + r)) = d is r^2 + (alpha + beta - d) r - alpha d = 0,
/// roots (d - alpha - beta +- sqrt((alpha + beta - d)^2 + 4 alpha d)) / 2, the + root the nonnegative one.
/// </summary>
public sealed class ComputedFieldTests
{
    [Fact]
    public void A_counterexample_pair_is_checked_by_evaluation()
    {
        var f = Field("q5.1", @"inputs: $\left(\frac{-1-c}{b}, \frac{-2-c}{b}\right)$");
        Assert.Equal(FieldStatus.Correct, f.Status);
        // Another valid pair than the solution's: b z + c = -3 and -7.
        Assert.Equal(FieldStatus.Correct, Field("q5.1", @"inputs: $\left(\frac{-3-c}{b}, \frac{-7-c}{b}\right)$").Status);
    }

    /// <summary>Each input in a formula of its own, named ("$z_1 = ..$, $z_2 = ..$"): the '$' between them was a parse error.</summary>
    [Theory]
    [InlineData(@"inputs: $z_1 = \frac{-1-c}{b}$, $z_2 = \frac{-2-c}{b}$")]
    [InlineData(@"inputs: $-\frac{1+c}{b}$, $-\frac{2+c}{b}$")]
    public void A_pair_written_as_two_formulas_is_read(string answer) =>
        Assert.Equal(FieldStatus.Correct, Field("q5.1", answer).Status);

    [Fact]
    public void A_pair_that_works_only_for_positive_b_is_the_known_mistake()
    {
        var f = Field("q5.1", @"inputs: $\left(-\frac{c}{b} - 1, -\frac{c}{b} - 2\right)$");
        Assert.Equal("only for b > 0", f.Mistake);
        // Half of the field's 0.4 x 5 = 2 points.
        Assert.Equal(1m, f.Points);
    }

    [Fact]
    public void Equal_inputs_or_different_outputs_are_not_a_counterexample()
    {
        Assert.Equal(FieldStatus.Wrong, Field("q5.1", @"inputs: $\left(\frac{-1-c}{b}, \frac{-1-c}{b}\right)$").Status);
        // b z + c = 1 and 2: above the kink, g = a and 2a.
        Assert.Equal(FieldStatus.Wrong, Field("q5.1", @"inputs: $\left(\frac{1-c}{b}, \frac{2-c}{b}\right)$").Status);
    }

    [Fact]
    public void The_derivatives_of_5_2_and_5_3_are_graded_by_equivalence()
    {
        // d/dz logit(u) = u' / (u (1 - u)), u = w_1 s_1 + w_2 s_2, s_i = sigma(a_i z + b_i), s_i' = a_i s_i (1 - s_i).
        var u = @"(w_1 \sigma(a_1 z + b_1) + w_2 \sigma(a_2 z + b_2))";
        var du = @"(w_1 a_1 \sigma(a_1 z + b_1)(1 - \sigma(a_1 z + b_1)) + w_2 a_2 \sigma(a_2 z + b_2)(1 - \sigma(a_2 z + b_2)))";
        Assert.Equal(FieldStatus.Correct, Grade("q5.2", $@"derivative: $\frac{{{du}}}{{{u}(1 - {u})}}$").Fields.Single().Status);
        Assert.Equal("chain rule stopped at the mixture", Grade("q5.2", $"derivative: ${du}$").Fields.Single().Mistake);
        Assert.Equal(FieldStatus.Correct, Field("q5.3", "derivative: $f'(z) + 1$").Status);
        Assert.Equal(FieldStatus.Wrong, Field("q5.3", "derivative: $f'(z)$").Status);
    }

    [Fact]
    public void The_radius_is_the_nonnegative_root_and_the_other_root_is_the_known_mistake()
    {
        const string root = @"\frac{d - \alpha - \beta {0} \sqrt{{(\alpha + \beta - d)^2 + 4 \alpha d}}}{{2}}";
        var right = Field("q5.4", "radius: $r = " + root.Replace("{0}", "+").Replace("{{", "{").Replace("}}", "}") + "$");
        Assert.Equal(FieldStatus.Correct, right.Status);
        var negative = Field("q5.4", "radius: $r = " + root.Replace("{0}", "-").Replace("{{", "{").Replace("}}", "}") + "$");
        Assert.Equal("negative root", negative.Mistake);
    }

    [Fact]
    public void The_bigger_divergence_of_3_2_is_a_choice()
    {
        var right = Grade("q3.2", "bigger: amortized");
        Assert.Equal(2m, right.Fields.Single().Points);
        Assert.Equal("inequality reversed", Grade("q3.2", "bigger: instance-wise").Fields.Single().Mistake);
    }

    [Fact]
    public void The_key_steps_of_6_3_are_found_in_the_derivation()
    {
        var g = Grade("q6.3", Submissions.Q6Derivation + "eigenvalues: $\\{1 + i\\alpha, 1 - i\\alpha\\}$\nbehaviour: diverges");
        Assert.Equal(g.ProposedMax, g.Proposed);
        Assert.Equal(6m, g.Points);
        // The modulus step alone: the characteristic polynomial is missing.
        var partial = Grade("q6.3", "\\begin{align*}\n\\sqrt{1 + \\alpha^2} &> 1\n\\end{align*}\neigenvalues: $\\{1 + i\\alpha, 1 - i\\alpha\\}$");
        Assert.True(partial.Proposed > 0 && partial.Proposed < partial.ProposedMax);
    }

    [Fact]
    public void A_variant_changes_the_key_with_the_solution()
    {
        // V = 2 d g: d' = d + 2 alpha g, g' = g - 2 alpha d, so A = [[1, 2 alpha], [-2 alpha, 1]] (by hand).
        var variant = AssignmentParameters.Default with { Q6 = new Q6Parameters("2*d*g"), Q5 = new Q5Parameters(3) };
        var key = AnswerKey.Build(variant);
        var a = ((MatrixAnswer)key.Part("q6.1")!.Field("matrix")!.Expected).Value;
        Assert.Equal("2*alpha", a[0, 1].ToString());
        Assert.Equal("-2*alpha", a[1, 0].ToString());
        // 5.2 with three components: the derivative names w_3, a_3 and b_3.
        var derivative = ((ExprAnswer)key.Part("q5.2")!.Field("derivative")!.Expected).Value;
        Assert.Contains(Substitution.FreeSymbols(derivative), s => s.Name == "w" && s.Indices.Count == 1 && s.Indices[0].ToString() == "3");
    }

    [Fact]
    public void The_density_key_is_the_gaussian_of_the_solutions_mean_and_covariance()
    {
        // At K = 2: N(z; mu, S S^T) = exp(-|S^{-1}(z - mu)|^2 / 2) / (2 pi |det S|), written out by hand.
        const string density = @"\frac{1}{2\pi |S_{11} S_{22} - S_{12} S_{21}|} \exp\left(-\frac{1}{2} \frac{(S_{22}(z_1 - \mu_1) - S_{12}(z_2 - \mu_2))^2 + (S_{11}(z_2 - \mu_2) - S_{21}(z_1 - \mu_1))^2}{(S_{11} S_{22} - S_{12} S_{21})^2}\right)";
        Assert.Equal(FieldStatus.Correct, Grade("q2.3", "density: $" + density + "$").Fields.Single().Status);
    }
}
