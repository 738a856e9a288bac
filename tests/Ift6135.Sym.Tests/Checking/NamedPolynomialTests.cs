using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// Question 6.3 as students write it in prose: "The characteristic polynomial is $P$" (no "= 0", no determinant), then the
/// eigenvalues, their modulus through the conjugate (|λ|² = λ \bar{λ}), a discriminant argued between the polynomial and its roots.
/// The eigenvalues of [[1, α], [-α, 1]] are 1 ± iα (λ² - 2λ + 1 + α² = (λ - 1)² + α²), |λ|² = (1 + iα)(1 - iα) = 1 + α²; each
/// verdict below is worked out by hand from these.
/// </summary>
public sealed class NamedPolynomialTests
{
    private static CheckReport Run(string doc) => Checker.CheckText(doc, "t.tex");

    private static StepStatus[] Statuses(CheckReport r) => r.Chains.SelectMany(c => c.Steps).Select(s => s.Status).ToArray();

    private const string Assume = "% assume: \\alpha > 0\n";

    [Theory]
    [InlineData("The characteristic polynomial is $\\lambda^2 - 2\\lambda + 1 + \\alpha^2$, so $\\lambda = 1 \\pm i\\alpha$.")]
    [InlineData("The characteristic polynomial of $A$ is $\\lambda^2 - 2\\lambda + 1 + \\alpha^2$ and $\\lambda = 1 \\pm i\\alpha$.")]
    [InlineData("The eigenvalues are the roots of $\\lambda^2 - 2\\lambda + 1 + \\alpha^2$, so $\\lambda = 1 \\pm i\\alpha$.")]
    [InlineData("The characteristic polynomial is\n\\[ \\lambda^2 - 2\\lambda + 1 + \\alpha^2 \\]\nso $\\lambda = 1 \\pm i\\alpha$.")]
    public void A_polynomial_the_prose_names_opens_the_equation_its_roots_solve(string text)
    {
        var report = Run(Assume + text + "\n");
        Assert.Empty(report.Errors);
        // The polynomial: no claim (not checked); the roots: checked against P = 0.
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid], Statuses(report));
        Assert.Contains("solves the equation of line", report.Chains[1].Steps[0].Detail);
        Assert.Contains("solved on line", report.Chains[0].Steps[0].Detail);
        // 1 ± α are not roots: (1 + α)² - 2(1 + α) + 1 + α² = 2α² ≠ 0.
        var wrong = Run(Assume + text.Replace("1 \\pm i\\alpha", "1 \\pm \\alpha") + "\n");
        Assert.Equal(StepStatus.Invalid, wrong.Chains[1].Steps[0].Status);
        Assert.Contains("does not solve the equation", wrong.Chains[1].Steps[0].Detail);
    }

    [Fact]
    public void Without_the_prose_a_lone_polynomial_is_no_equation_and_the_roots_are_claims()
    {
        // "We get $P$, so $\lambda = 1 \pm i\alpha$": nothing says P is set to 0, so λ = 1 ± iα is a claim about a free λ, refuted.
        var report = Run(Assume + "We get $\\lambda^2 - 2\\lambda + 1 + \\alpha^2$, so $\\lambda = 1 \\pm i\\alpha$.\n");
        Assert.Equal([StepStatus.Invalid], Statuses(report));
    }

    [Fact]
    public void A_definition_of_the_characteristic_polynomial_opens_its_equation()
    {
        var report = Run(Assume + "The characteristic polynomial of $A$ is $p(\\lambda) = \\lambda^2 - 2\\lambda + 1 + \\alpha^2$, whose roots are $\\lambda = 1 \\pm i\\alpha$.\n");
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Definition, StepStatus.Valid], Statuses(report));
        Assert.Contains("solves the equation of line 2", report.Chains[1].Steps[0].Detail);
    }

    [Fact]
    public void A_discriminant_argued_between_the_polynomial_and_its_roots_leaves_the_equation_open()
    {
        // 4 - 4(1 + α²) = -4α² < 0 holds; the roots after it still solve λ² - 2λ + 1 + α² = 0.
        var doc = Assume + "The characteristic polynomial is $\\lambda^2 - 2\\lambda + 1 + \\alpha^2$, with discriminant $4 - 4(1 + \\alpha^2) = -4\\alpha^2 < 0$, so\n"
            + "\\begin{align*}\n\\lambda &= \\frac{2 \\pm \\sqrt{-4\\alpha^2}}{2} = 1 \\pm i \\alpha\n\\end{align*}\n";
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid, StepStatus.Valid, StepStatus.Valid], Statuses(report));
        Assert.Contains("solves the equation of line 2", report.Chains[2].Steps[0].Detail);
    }

    [Theory]
    [InlineData("\\bar{\\lambda}")]
    [InlineData("\\overline{\\lambda}")]
    public void A_bar_over_a_name_for_complex_roots_is_their_conjugate(string conjugate)
    {
        var doc = Assume + "The characteristic polynomial is $\\lambda^2 - 2\\lambda + 1 + \\alpha^2$, so $\\lambda = 1 \\pm i\\alpha$ and\n"
            + $"\\[ |\\lambda|^2 = \\lambda {conjugate} = (1 + i\\alpha)(1 - i\\alpha) = 1 + \\alpha^2 \\]\n";
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid, StepStatus.Valid, StepStatus.Valid], Statuses(report));
        // λ \bar{λ} = 1 + α², not 1 - α² (at α = 1: 2 against 0).
        var wrong = Run(doc.Replace("(1 + i\\alpha)(1 - i\\alpha) = 1 + \\alpha^2", "1 - \\alpha^2"));
        Assert.Equal(StepStatus.Invalid, wrong.Chains[2].Steps[1].Status);
        // λ² is not |λ|² for a complex λ: (1 + iα)² = 1 - α² + 2iα.
        var square = Run(doc.Replace($"\\lambda {conjugate}", "\\lambda^2"));
        Assert.Equal(StepStatus.Invalid, square.Chains[2].Steps[0].Status);
    }

    [Fact]
    public void A_bar_over_a_name_with_a_single_complex_value_is_its_conjugate()
    {
        // z := 2 + 3i: z \bar{z} = 4 + 9 = 13; \bar{z} = 2 - 3i, not 2 + 3i.
        var report = Run("\\[ z := 2 + 3i \\]\n\\[ z \\bar{z} = 13 \\]\n\\[ \\bar{z} = 2 - 3i \\]\n\\[ \\bar{z} = 2 + 3i \\]\n");
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Definition, StepStatus.Valid, StepStatus.Valid, StepStatus.Invalid], Statuses(report));
    }

    [Fact]
    public void A_bar_over_a_name_without_a_complex_value_stays_a_name_of_its_own()
    {
        // The sample mean: \bar{x} is defined by its first equation, not read as the conjugate of a free x.
        var report = Run("The sample mean is $\\bar{x} = (x_1 + x_2)/2$, so $2\\bar{x} = x_1 + x_2$.\n");
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.Definition, StepStatus.Valid], Statuses(report));
        // A real value: \bar{y} is another name, which its first equation defines (y = 3 gives \bar{y} no reading).
        var real = Run("\\[ y := 3 \\]\n\\[ \\bar{y} = 5 \\]\n\\[ \\bar{y} + y = 8 \\]\n");
        Assert.Equal([StepStatus.Definition, StepStatus.Definition, StepStatus.Valid], Statuses(real));
    }

    [Fact]
    public void A_name_for_two_roots_equals_a_pair_written_in_the_other_order()
    {
        // λ = 1 ± iα: 1 - λ is ∓iα branch by branch, and as a pair {-iα, iα} it is also ±iα; ±2iα is another pair (2α ≠ α).
        var doc = "% assume: \\alpha > 0\n\\[ (1 - \\lambda)^2 + \\alpha^2 = 0 \\]\nso $\\lambda = 1 \\pm i\\alpha$, i.e. $1 - \\lambda = \\mp i\\alpha$, "
            + "$1 - \\lambda = \\pm i\\alpha$, $\\lambda = 1 \\mp i\\alpha$ and $1 - \\lambda = \\pm 2i\\alpha$.\n";
        var report = Run(doc);
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid, StepStatus.Valid, StepStatus.Valid, StepStatus.Invalid], Statuses(report));
        Assert.Contains("agree as pairs", report.Chains[3].Steps[0].Detail);
        // Signs written on both sides are linked as written: (a + b)^2 = a^2 - 2ab + b^2 fails (a = b = 1: 4 against 0).
        Assert.Equal([StepStatus.Invalid], Statuses(Run("\\[ (a \\pm b)^2 = a^2 \\mp 2ab + b^2 \\]\n")));
        Assert.Equal([StepStatus.Valid], Statuses(Run("\\[ (a \\pm b)^2 = a^2 \\pm 2ab + b^2 \\]\n")));
    }

    [Fact]
    public void A_leading_plus_minus_gives_both_signs()
    {
        // μ² - 4 = 0 at μ = ±2; ±3 gives 5 ≠ 0. \bar{\mu} = \mu: the roots are real, each its own conjugate.
        var report = Run("The eigenvalues are the roots of $\\mu^2 - 4$, that is $\\mu = \\pm 2$, and $\\bar{\\mu} = \\mu$.\n");
        Assert.Empty(report.Errors);
        Assert.Equal([StepStatus.NotChecked, StepStatus.Valid, StepStatus.Valid], Statuses(report));
        var wrong = Run("The eigenvalues are the roots of $\\mu^2 - 4$, that is $\\mu = \\pm 3$.\n");
        Assert.Equal([StepStatus.NotChecked, StepStatus.Invalid], Statuses(wrong));
    }
}
