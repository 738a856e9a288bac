using Ift6135.Sym.Checking;
using Ift6135.Sym.Checking.Reports;

namespace Ift6135.Sym.Tests.Checking;

/// <summary>
/// A function the document defines by a pattern with a vector parameter, g(z_0) := \mu + S z_0 (Question 2's map), has the
/// value of its body: a vector, whose Jacobian J_{z_0} g(z_0) or \partial g(z_0) / \partial z_0 is a matrix. It once was an
/// input error ("a scalar here, but this is a 2×1 matrix").
/// </summary>
public sealed class VectorPatternFunctionTests
{
    private const string Declarations =
        "% vector: \\mu, z_0, w 2\n% matrix: S 2x2 lowertriangular\n% define:\n\\[ g(z_0) = \\mu + S z_0 \\]\n";

    private static StepReport Step(string step)
    {
        var report = Checker.CheckText(Declarations + $"\\[ {step} \\]\n", "t.tex");
        Assert.Empty(report.Errors);
        return Assert.Single(report.Chains[^1].Steps);
    }

    // By hand: entry (i, j) of the Jacobian of \mu + S z_0 is S_{ij}; S is lower triangular, so det = S_11 S_22.
    [Theory]
    [InlineData(@"J_{z_0} g(z_0) = S")]
    [InlineData(@"\frac{\partial g(z_0)}{\partial z_0} = S")]
    [InlineData(@"\det J_{z_0} g(z_0) = S_{11} S_{22}")]
    [InlineData(@"g(w) = \mu + S w")]
    [InlineData(@"g(z_0) - \mu = S z_0")]
    public void The_body_is_the_value(string step) => Assert.Equal(StepStatus.Valid, Step(step).Status);

    [Theory]
    [InlineData(@"J_{z_0} g(z_0) = S^\top")]
    [InlineData(@"g(w) = \mu + S z_0")]
    public void A_wrong_step_is_refuted(string step) => Assert.Equal(StepStatus.Invalid, Step(step).Status);

    [Fact]
    public void An_argument_of_the_wrong_size_is_an_input_error_at_its_place()
    {
        var report = Checker.CheckText(Declarations + "\\[ g(2) = \\mu \\]\n", "t.tex");
        var error = Assert.Single(report.Errors);
        Assert.Contains("a 2×1 matrix for the parameter z_0 of g", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, error.Line);
    }

    /// <summary>
    /// Question 6: after V(d, g) := d g, the bare V under a derivative is that body (∂V/∂d = g). It was an undefined V of d
    /// alone, instantiated as V(t) = 0, and the step was refuted.
    /// </summary>
    [Theory]
    [InlineData(@"\frac{\partial V}{\partial d} = g", true)]
    [InlineData(@"\frac{\partial V}{\partial g} = d", true)]
    [InlineData(@"\frac{\partial^2 V}{\partial d \partial g} = 1", true)]
    [InlineData(@"\frac{\partial V}{\partial g} = g", false)]
    public void A_defined_function_named_alone_under_a_derivative_is_its_body(string step, bool holds)
    {
        var report = Checker.CheckText($"% define:\n\\[ V(d, g) = d g \\]\n\\[ {step} \\]\n", "t.tex");
        Assert.Equal(holds ? StepStatus.Valid : StepStatus.Invalid, Assert.Single(report.Chains[^1].Steps).Status);
    }

    [Fact]
    public void A_scalar_pattern_function_is_unchanged() =>
        Assert.Equal(StepStatus.Valid, Assert.Single(Checker.CheckText("% define:\n\\[ h(t) = t^2 + 1 \\]\n\\[ h(3) = 10 \\]\n", "t.tex").Chains[^1].Steps).Status);
}
