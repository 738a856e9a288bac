using System.Globalization;
using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// \int f(z) \, dz is read as a linear functional of its body over z, never evaluated (an input error before): a sum splits,
/// factors free of z come out, a conditional density is its quotient. Verdicts by hand.
/// </summary>
public sealed class IntegralTests
{
    private static StepReport Step(string step) =>
        Checker.CheckText("% function: f, g, p, q, r\n\\[ " + step + " \\]\n", "t.tex").Chains.Single().Steps.Single();

    [Theory]
    [InlineData(@"\int r(z) \log \frac{p(x, z)}{r(z)} \, dz = \int r(z) \log p(x, z) \, dz - \int r(z) \log r(z) \, dz")]
    [InlineData(@"\int p(x \mid z) p(z) \, dz = \int p(x, z) \, dz")]
    [InlineData(@"\int_{-\infty}^{\infty} 2 a q(z) \, dz = 2 a \int_{-\infty}^{\infty} q(z) \, dz")]
    [InlineData(@"\int (f(z) + g(z)) \, dz = \int f(z) dz + \int g(z) \, \mathrm{d}z")]
    [InlineData(@"\int p(z \mid x) \, dz = \frac{1}{p(x)} \int p(x, z) \, dz")]
    // A constant comes out times the integral of 1, written \int_0^1 dz; integrals nest, the first differential the inner's.
    [InlineData(@"\int_0^1 3 a \, dz = 3 a \int_0^1 dz")]
    [InlineData(@"\int \int 2 f(x) g(y) \, dx \, dy = 2 \int \int f(x) g(y) \, dx \, dy")]
    public void Linearity_holds(string step) => Assert.Equal(StepStatus.Valid, Step(step).Status);

    /// <summary>E[c] = c holds for a probability, not for an integral: \int x \, d\alpha = x was valid.</summary>
    [Theory]
    [InlineData(@"\int 2 \, dz = 2")]
    [InlineData(@"\int x \, d\alpha = x")]
    public void The_integral_of_a_constant_is_not_the_constant(string step) =>
        Assert.NotEqual(StepStatus.Valid, Step(step).Status);

    [Theory]
    // z is the variable: it does not come out; other bounds, another integral.
    [InlineData(@"\int a z \, dz = a z \int 1 \, dz")]
    [InlineData(@"\int_0^1 f(z) \, dz = \int_0^2 f(z) \, dz")]
    public void What_depends_on_the_variable_or_the_bounds_is_not_merged(string step) =>
        Assert.NotEqual(StepStatus.Valid, Step(step).Status);

    /// <summary>Over a declared vector (z in R^2), dz and z \sim q range over all its entries; a was read as a scalar error before.</summary>
    [Fact]
    public void A_vector_variable_is_all_its_entries()
    {
        var steps = Checker.CheckText("% vector: z 2\n% function: q, f\n\\[ \\mathbb{E}_{z \\sim q}[a] = a \\]\n"
            + "\\[ \\int a f(z) \\, dz = a \\int f(z) \\, d z \\]\n\\[ \\mathbb{E}_{z \\sim q}[z_1] = z_1 \\]\n", "t.tex");
        Assert.Empty(steps.Errors);
        var statuses = steps.Chains.Select(c => c.Steps.Single().Status).ToList();
        Assert.Equal([StepStatus.Valid, StepStatus.Valid, StepStatus.Unknown], statuses);
    }

    [Fact]
    public void An_integral_is_never_a_free_function()
    {
        // Instantiated as a random function of its value, \int f(z) dz could refute a true step; it stays unknown here.
        var step = Step(@"\int f(z)^2 \, dz = \int f(z) \, dz");
        Assert.Equal(StepStatus.Unknown, step.Status);
        Assert.Contains(@"The integral \int", step.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_integral_without_its_differential_is_an_error_saying_what_to_write()
    {
        var report = Checker.CheckText("% function: q\n\\[ \\int q(z) = 1 \\]\n", "t.tex");
        Assert.Contains(report.Errors, e => e.Message.Contains(@"\int f(z) \, dz", StringComparison.Ordinal));
    }

    /// <summary>
    /// A polynomial between finite bounds is integrated: values by hand (z^3/3 from 0 to 1 is 1/3; (z+1)^3/3 from -1 to a is
    /// (a+1)^3/3; a z from 0 to b is a b^2/2). The differential's variable may carry a subscript (dz_1 was an input error).
    /// </summary>
    [Theory]
    [InlineData(@"\int_0^1 z^2 \, dz = \frac{1}{3}")]
    [InlineData(@"\int_0^1 z_1^2 \, dz_1 = \frac{1}{3}")]
    [InlineData(@"\int_{0}^{1} t_{1}^2 \, \mathrm{d}t_{1} = \frac{1}{3}")]
    [InlineData(@"\int_{-1}^{a} (z + 1)^2 \, dz = \frac{(a+1)^3}{3}")]
    [InlineData(@"\int_0^b a z \, dz = \frac{a b^2}{2}")]
    public void A_polynomial_between_finite_bounds_is_integrated(string step) => Assert.Equal(StepStatus.Valid, Step(step).Status);

    /// <summary>The integral of z^2 over [0, 1] is 1/3, not 1/2: two numbers, refuted.</summary>
    [Fact]
    public void A_wrong_value_of_a_polynomial_integral_is_refuted()
    {
        var step = Step(@"\int_0^1 z^2 \, dz = \frac{1}{2}");
        Assert.Equal(StepStatus.Invalid, step.Status);
        Assert.Equal(1 / 3.0, double.Parse(step.Counterexample!.Left, CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal(1 / 2.0, double.Parse(step.Counterexample.Right, CultureInfo.InvariantCulture), 1e-9);
        Assert.StartsWith("the sides are different numbers", step.Detail, StringComparison.Ordinal);
    }

    /// <summary>Over an infinite range, or with an undefined function in the body, the integral stays unevaluated.</summary>
    [Theory]
    [InlineData(@"\int_{-\infty}^{1} z^2 \, dz = \frac{1}{2}")]
    [InlineData(@"\int_0^1 z f(z) \, dz = \frac{1}{2}")]
    public void Other_integrals_are_not_evaluated(string step) => Assert.Equal(StepStatus.Unknown, Step(step).Status);

    /// <summary>
    /// L_K[q] (the statement's L_1[r]): a name before brackets holding a density alone is a functional of it. It was an
    /// input error (q is a function written without its argument); a product of a name and a bracket stays one.
    /// </summary>
    [Fact]
    public void A_functional_of_a_density_is_read()
    {
        var report = Checker.CheckText("% function: q\n\\[ L_K[q] = L_K[q] \\]\n\\[ L_1[q(z \\mid x)] + 1 = 1 + L_1[q(z \\mid x)] \\]\n"
            + "\\[ a[b + c] = a b + a c \\]\n\\[ L_K[q] = L_1[q] \\]\n", "t.tex");
        Assert.Empty(report.Errors);
        var statuses = report.Chains.Select(c => c.Steps.Single().Status).ToList();
        Assert.Equal([StepStatus.Valid, StepStatus.Valid, StepStatus.Valid, StepStatus.Unknown], statuses);
    }
    /// <summary>
    /// The fundamental theorem for a function of the variable alone, term by term with polynomials: \int_a^b f'(t) dt = f(b) - f(a) and
    /// \int_{z_1}^{z_2} (1 + f'(t)) dt = z_2 - z_1 + f(z_2) - f(z_1) by hand (they were unknown: q5.3's g(z_2) - g(z_1) = \int g'). Twice the
    /// derivative is not the difference once; a derivative at another argument, f'(2t), is left as a functional, never evaluated wrongly.
    /// </summary>
    [Theory]
    [InlineData(@"\int_{a}^{b} f'(t) \, dt = f(b) - f(a)", StepStatus.Valid)]
    [InlineData(@"\int_{z_1}^{z_2} (1 + f'(t)) \, dt = z_2 - z_1 + f(z_2) - f(z_1)", StepStatus.Valid)]
    [InlineData(@"\int_{0}^{1} 3 x f'(t) \, dt = 3 x (f(1) - f(0))", StepStatus.Valid)]
    [InlineData(@"\int_{a}^{b} 2 f'(t) \, dt = f(b) - f(a)", StepStatus.Invalid)]
    [InlineData(@"\int_{0}^{1} f'(2t) \, dt = f(2) - f(0)", StepStatus.Unknown)]
    public void A_derivative_of_a_function_of_the_variable_integrates_to_its_difference(string step, StepStatus expected) =>
        Assert.Equal(expected, Step(step).Status);
}
