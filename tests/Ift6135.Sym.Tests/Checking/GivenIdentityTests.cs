using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>"% given:" identities about undefined functions are used as rewriting rules, in both directions.</summary>
public sealed class GivenIdentityTests
{
    private const string Bayes = "% function: p\n% given: p(x,z) = p(z|x) p(x)\n% given: p(x,z) = p(x|z) p(z)\n";

    private static StepStatus Verdict(string declarations, string step) =>
        Assert.Single(Assert.Single(Checker.CheckText(declarations + $"\\[ {step} \\]\n", "t.tex").Chains).Steps).Status;

    [Theory]
    [InlineData(@"p(z|x) p(x) = p(x,z)")]
    [InlineData(@"p(x,z) = p(z|x) p(x)")]
    [InlineData(@"p(x,z) = p(x|z) p(z)")]
    [InlineData(@"p(x|z) p(z) = p(z|x) p(x)")]
    public void Bayes_rule_from_two_factorizations(string step) => Assert.Equal(StepStatus.Valid, Verdict(Bayes, step));

    [Fact]
    public void A_chain_through_the_joint_density_is_valid()
    {
        var report = Checker.CheckText(Bayes + "\\begin{align*}\np(z|x) p(x) &= p(x,z) \\\\\n&= p(x|z) p(z)\n\\end{align*}\n", "t.tex");
        var chain = Assert.Single(report.Chains);
        Assert.All(chain.Steps, s => Assert.Equal(StepStatus.Valid, s.Status));
        Assert.Equal(StepStatus.Valid, chain.Conclusion!.Status);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Identical_applications_are_equal_and_different_conditionals_differ()
    {
        Assert.Equal(StepStatus.Valid, Verdict("% function: p\n", "p(z|x) = p(z|x)"));
        // Without a given, p(z|x) and p(x|z) are two conditional densities, each a positive value of its own at a point
        // (p(z|x) = 1/2 and p(x|z) = 2 come from a joint with p(x) = 4 p(z) there): the step fails.
        Assert.Equal(StepStatus.Invalid, Verdict("% function: p\n", "p(z|x) = p(x|z)"));
        // With Bayes' rule given, p(z|x) = p(x|z) p(z) / p(x): the step holds only where p(z) = p(x), so it fails
        // for densities with p(z) ≠ p(x) at the point (their values are free positive numbers there).
        Assert.Equal(StepStatus.Invalid, Verdict(Bayes, "p(z|x) = p(x|z)"));
    }

    private const string Affine = "% matrix: S 2x2\n% vector: z, \\mu, z_0 2\n";

    /// <summary>
    /// The base density given as the normal density of a vector: \mathcal{N}(z_0; 0, I) in two dimensions is (2\pi)^{-1} e^{-z_0^T z_0 / 2}
    /// by hand. \mathcal{N} was declared a function by the given (as any name applied in one is), so it was any function of the entries
    /// and the step was refuted at a point giving it 1.8125.
    /// </summary>
    [Theory]
    [InlineData(@"\frac{1}{2\pi}", StepStatus.Valid)]
    [InlineData(@"\frac{1}{\sqrt{2\pi}}", StepStatus.Invalid)]
    public void A_given_density_written_as_the_normal_density_is_read_by_its_formula(string constant, StepStatus expected) =>
        Assert.Equal(expected, Verdict(Affine + "% given: q(z_0) = \\mathcal{N}(z_0; 0, I)\n", $@"q(z_0) = {constant} \exp\left(-\frac{{1}}{{2}} z_0^T z_0\right)"));

    /// <summary>
    /// A map of vectors given by its value, g(z_0) = \mu + S z_0: defined as g(z_0) := .. would be, since the identities rewrite scalars
    /// (g(z_0) was a scalar, and z = g(z_0) compared a scalar with a vector). By hand: the Jacobian of \mu + S z_0 by z_0 is S, and
    /// g(z_0) - \mu = S z_0; g(z_0) = S z_0 fails wherever \mu is not 0.
    /// </summary>
    [Theory]
    [InlineData(@"J_{z_0} g(z_0) = S", StepStatus.Valid)]
    [InlineData(@"g(z_0) - \mu = S z_0", StepStatus.Valid)]
    [InlineData(@"g(z_0) = S z_0", StepStatus.Invalid)]
    public void A_given_map_of_vectors_is_its_definition(string step, StepStatus expected) =>
        Assert.Equal(expected, Verdict(Affine + "% given: g(z_0) = \\mu + S z_0\n", step));

    /// <summary>
    /// A given about a marginal, p_\theta(z) = p(z), applies to the marginal that reading a conditional brings in: p_\theta(x | z) is
    /// p_\theta(x, z) / p_\theta(z), so p_\theta(x | z) p(z) = p_\theta(x, z) by hand. The given was applied before that reading only,
    /// and the step was refuted with p(z) and p_\theta(z) drawn apart. With p(x) for p(z) it fails.
    /// </summary>
    [Theory]
    [InlineData(@"p_\theta(x, z) = p_\theta(x \mid z) p(z)", StepStatus.Valid)]
    [InlineData(@"p_\theta(x \mid z) p(z) = p_\theta(z \mid x) p_\theta(x)", StepStatus.Valid)]
    [InlineData(@"p_\theta(x, z) = p_\theta(x \mid z) p(x)", StepStatus.Invalid)]
    public void A_given_marginal_applies_to_the_marginal_a_conditional_brings_in(string step, StepStatus expected) =>
        Assert.Equal(expected, Verdict("% function: p\n% given: p_\\theta(z) = p(z)\n", step));
    /// <summary>
    /// "% given: \|\tilde{z}\| = 1" (the radial flow's unit direction, a scalar here): "no symbol appears linearly" left every step unknown.
    /// Read as \tilde{z} = sign(u) for a fresh nonzero u, both roots 1 and -1 are drawn: a claim true at one of them only is refuted.
    /// </summary>
    [Theory]
    [InlineData(@"\tilde{z}^2 = 1", StepStatus.Valid)]
    [InlineData(@"\tilde{z}^3 = \tilde{z}", StepStatus.Valid)]
    [InlineData(@"|3 \tilde{z}| = 3", StepStatus.Valid)]
    [InlineData(@"\tilde{z} = 1", StepStatus.Invalid)]
    [InlineData(@"\tilde{z} = -1", StepStatus.Invalid)]
    [InlineData(@"\tilde{z}^2 = \tilde{z}", StepStatus.Invalid)]
    public void A_unit_norm_given_draws_both_signs(string step, StepStatus expected)
    {
        const string unit = "% given: \\|\\tilde{z}\\| = 1\n";
        Assert.Equal(expected, Verdict(unit, step));
        // The same given twice (the template's line, copied again by a student) is the same assumption, not an unsolvable one.
        Assert.Equal(expected, Verdict(unit + unit, step));
    }

    /// <summary>
    /// |x| = y^2 - 1 (no symbol linear in it) cannot be drawn by its roots x = +-(y^2 - 1), which is negative for |y| &lt; 1: it stays
    /// unknown, never a verdict drawn at points that break the assumption. (|x| = y - 1 is solved for y, and checked.)
    /// </summary>
    [Fact]
    public void An_absolute_value_equal_to_a_quantity_of_unknown_sign_is_not_drawn()
    {
        Assert.Equal(StepStatus.Unknown, Verdict("% given: |x| = y^2 - 1\n", "x^2 = (y^2 - 1)^2"));
        Assert.Equal(StepStatus.Valid, Verdict("% given: |x| = y - 1\n", "x^2 = (y - 1)^2"));
    }
    /// <summary>
    /// A name given its value through a function given after it: y = z + \beta h(\alpha, r)(z - z_0), then h(\alpha, r) = 1/(\alpha + r).
    /// The first given became a rule for h (solved from y), the second then rewrote that rule, and y stayed free: refuted. By hand,
    /// y - z_0 = (1 + \beta/(\alpha + r))(z - z_0) in either order.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_name_given_through_a_function_given_later_keeps_its_value(bool mapFirst)
    {
        const string map = "% given: y = z + \\beta h(\\alpha, r)(z - z_0)\n", h = "% given: h(\\alpha, r) = \\frac{1}{\\alpha + r}\n";
        var declarations = "% function: h\n" + (mapFirst ? map + h : h + map);
        Assert.Equal(StepStatus.Valid, Verdict(declarations, @"y - z_0 = \left(1 + \frac{\beta}{\alpha + r}\right)(z - z_0)"));
        Assert.Equal(StepStatus.Invalid, Verdict(declarations, @"y - z_0 = \left(1 - \frac{\beta}{\alpha + r}\right)(z - z_0)"));
    }
    /// <summary>
    /// A function of two variables given by its formula is its definition: "% given: V(d, g) = d g" (q6's template), then \partial V/\partial d = g
    /// (it was unknown: the rule rewrote V(d, g), not its derivatives). By hand \partial(dg)/\partial d = g, \partial(dg)/\partial g = d.
    /// </summary>
    [Theory]
    [InlineData(@"\frac{\partial V}{\partial d} = g", StepStatus.Valid)]
    [InlineData(@"\frac{\partial V(d, g)}{\partial g} = d", StepStatus.Valid)]
    [InlineData(@"\frac{\partial V}{\partial d} = d", StepStatus.Invalid)]
    public void A_function_of_two_variables_given_by_its_formula_is_defined(string step, StepStatus expected) =>
        Assert.Equal(expected, Verdict("% given: V(d, g) = d g\n", step));

    // A given written with := is a definition, as in the answer: g(z) := z + f(z) gives g'(z) = 1 + f'(z) and g(2) = 2 + f(2) (by hand);
    // written with =, a given of one variable is an identity at its own argument, and g(2) was refuted as the product g times 2.
    [Theory]
    [InlineData("g'(z) = 1 + f'(z)", StepStatus.Valid)]
    [InlineData("g(2) = 2 + f(2)", StepStatus.Valid)]
    [InlineData("g(2) = 3 + f(2)", StepStatus.Invalid)]
    public void A_given_written_with_defines_is_a_definition(string step, StepStatus expected) =>
        Assert.Equal(expected, Verdict("% function: f\n% given: g(z) := z + f(z)\n", step));

    [Fact]
    public void A_given_that_is_neither_an_equation_nor_a_definition_says_what_is_expected()
    {
        var report = Checker.CheckText("% given: x < 1\n\\[ x = x \\]\n", "t.tex");
        Assert.Contains(report.Errors, e => e.Message.Contains("g(z) := z + f(z)", StringComparison.Ordinal));
    }
}
